package com.breakeven.pricing.feed;

import java.util.Set;

/**
 * Who a feed key names: the canonical model, the region the price applies to, and every
 * spelling that should resolve to the model.
 *
 * @param canonicalName {@code creator/model}, lower case
 * @param creatorCode the creator's provider code
 * @param region the seller's region or deployment scope ({@code global} when the key
 * names none)
 * @param aliases every spelling seen for the model, the raw key included, normalised
 * @param variant 0 for the model's own name, 1 for a suffix variant ({@code :free},
 * {@code :beta}), 2 for a dated snapshot; when several keys price the same model, the
 * lowest wins
 * @param snapshotDate the date a dated snapshot carries ({@code 20250929}), or empty
 */
public record ModelIdentity(String canonicalName, String creatorCode, String region, Set<String> aliases, int variant,
		String snapshotDate) {

	public ModelIdentity {
		aliases = Set.copyOf(aliases);
	}

}
