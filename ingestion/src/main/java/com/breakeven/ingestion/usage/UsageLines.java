package com.breakeven.ingestion.usage;

import java.util.Iterator;

/**
 * A usage export read one line at a time: memory does not grow with the file. Close it
 * when done.
 */
public interface UsageLines extends Iterator<UsageLine>, AutoCloseable {

	@Override
	void close();

}
