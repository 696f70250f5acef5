package com.breakeven.pricing.feed;

/**
 * A feed file that cannot be read at all: malformed or truncated JSON, a missing
 * top-level structure.
 */
public class FeedFormatException extends RuntimeException {

	public FeedFormatException(String message, Throwable cause) {
		super(message, cause);
	}

}
