package com.breakeven.ingestion.usage;

import com.breakeven.ingestion.RowFailure;

/**
 * Unwinds the mapping of one line of an export; the format's line reader catches it and
 * quarantines the failure (file, line, field, value, reason).
 */
final class Refusal extends RuntimeException {

	private final transient RowFailure failure;

	Refusal(String fileName, long line, String field, String value, String reason) {
		this(new RowFailure(fileName, line, field, value, reason));
	}

	Refusal(RowFailure failure) {
		super(failure.describe(), null, false, false);
		this.failure = failure;
	}

	RowFailure failure() {
		return this.failure;
	}

}
