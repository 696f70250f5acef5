package com.breakeven.ingestion.quality;

/** An evaluation result that cannot be read, with the file and field in the message. */
public class QualityFileException extends RuntimeException {

	public QualityFileException(String message, Throwable cause) {
		super(message, cause);
	}

}
