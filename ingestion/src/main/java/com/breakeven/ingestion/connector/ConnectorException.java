package com.breakeven.ingestion.connector;

/**
 * A pull that stopped: the provider refused the key, kept failing, answered something
 * that is not a report page, or the import of a page failed. Its message is what the
 * connectors page shows as the last error; it never holds the admin key.
 */
public class ConnectorException extends RuntimeException {

	private final int status;

	public ConnectorException(String message) {
		this(message, 0);
	}

	/**
	 * @param status the HTTP status that ended the pull, else 0
	 */
	public ConnectorException(String message, int status) {
		super(message);
		this.status = status;
	}

	/**
	 * @return the HTTP status that ended the pull, 0 when it was not an HTTP answer
	 */
	public int status() {
		return this.status;
	}

}
