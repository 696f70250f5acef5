package com.breakeven.ingestion.connector;

/**
 * A connector request that cannot be done as asked, naming the field at fault: a bad name
 * or key, no encryption key set, a pull of a paused connector.
 */
public class ConnectorRefused extends RuntimeException {

	/** Why: the request's content, or the connector's state. */
	public enum Reason {

		/** a field's value cannot be used */
		INVALID,
		/** the request conflicts with the connector's state or the server's setup */
		CONFLICT,
		/** no such connector */
		NOT_FOUND

	}

	private final Reason reason;

	private final String field;

	public ConnectorRefused(Reason reason, String field, String message) {
		super(message);
		this.reason = reason;
		this.field = field;
	}

	public Reason reason() {
		return this.reason;
	}

	/**
	 * @return the request field at fault, else {@code null}
	 */
	public String field() {
		return this.field;
	}

}
