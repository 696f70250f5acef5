package com.breakeven.ingestion;

/**
 * Shipped sample data that cannot be loaded; names the file, line and field. Nothing of
 * it is kept.
 */
public class SampleDataException extends RuntimeException {

	private final RowFailure failure;

	public SampleDataException(RowFailure failure, Throwable cause) {
		super("Sample data cannot be loaded: " + failure.describe(), cause);
		this.failure = failure;
	}

	public RowFailure failure() {
		return this.failure;
	}

}
