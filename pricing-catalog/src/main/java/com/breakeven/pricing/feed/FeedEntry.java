package com.breakeven.pricing.feed;

import java.util.Currency;
import java.util.List;

import com.breakeven.pricing.ModelMode;
import com.breakeven.pricing.ProviderKind;

/**
 * One model at one seller as a feed lists it, already in canonical units.
 *
 * @param ordinal 1-based position in the feed, for messages
 * @param key the feed's own key for it
 * @param sellerCode who sells it at these prices
 * @param sellerKind what the seller is
 * @param identity the canonical model, region and aliases
 * @param displayName name shown to people, or {@code null}
 * @param mode what the model produces
 * @param contextWindowTokens longest input, when stated
 * @param maxOutputTokens longest output, when stated
 * @param currency currency of every amount
 * @param tiers prices by context tier, base tier first; empty when the feed has no price
 * for it
 * @param dynamic whether the seller prices it dynamically (stored as "unpriced")
 */
public record FeedEntry(int ordinal, String key, String sellerCode, ProviderKind sellerKind, ModelIdentity identity,
		String displayName, ModelMode mode, Integer contextWindowTokens, Integer maxOutputTokens, Currency currency,
		List<TierPrice> tiers, boolean dynamic) {

	public FeedEntry {
		tiers = List.copyOf(tiers);
	}

	/**
	 * @return whether the entry carries amounts or a dynamic price
	 */
	public boolean priced() {
		return this.dynamic || !this.tiers.isEmpty();
	}

}
