package com.breakeven.ingestion.throughput;

/** A benchmark result file that cannot be read, with the file and field named. */
public class BenchmarkFileException extends RuntimeException {

	public BenchmarkFileException(String message) {
		super(message);
	}

	public BenchmarkFileException(String message, Throwable cause) {
		super(message, cause);
	}

}
