package com.breakeven.ingestion.usage;

/**
 * A usage file that cannot be read at all; the message names the file and what is wrong.
 */
public class UsageFileException extends RuntimeException {

	public UsageFileException(String message, Throwable cause) {
		super(message, cause);
	}

}
