package com.breakeven.pricing.feed;

import java.util.List;
import java.util.Optional;

/** The registry of price feed formats: one line per feed. */
public final class PriceFeeds {

	private static final List<PriceFeed> ALL = List.of(new LiteLlmFeed(), new OpenRouterFeed(), new ManualPriceList());

	private PriceFeeds() {
	}

	/**
	 * @return the feed with that code
	 */
	public static Optional<PriceFeed> byCode(String code) {
		return ALL.stream().filter(feed -> feed.code().equalsIgnoreCase(code)).findFirst();
	}

	/**
	 * @return the codes of every feed
	 */
	public static List<String> codes() {
		return ALL.stream().map(PriceFeed::code).toList();
	}

}
