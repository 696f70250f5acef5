package com.breakeven.pricing.feed;

import java.io.InputStream;

/**
 * A source format of prices. A new feed is one implementation of this plus one line in
 * {@link PriceFeeds}; the import job stays generic.
 */
public interface PriceFeed {

	/**
	 * @return the feed's code, as job parameters and import runs name it
	 */
	String code();

	/**
	 * Reads a whole feed document.
	 * @param in the document
	 * @param sourceName file name or URL, for messages
	 * @return the entries, refusals and classifications
	 * @throws FeedFormatException when the document as a whole is unreadable
	 */
	FeedReading read(InputStream in, String sourceName);

}
