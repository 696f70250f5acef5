package com.breakeven.pricing.feed;

import java.util.Comparator;
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

	/**
	 * Which of several spellings of one model speaks for it: the model's own name, then a
	 * suffix variant, then the latest dated snapshot (the undated name points at it). The
	 * one rule for prices of a feed and ratings of a leaderboard alike.
	 */
	public static final Comparator<ModelIdentity> PREFERENCE = Comparator.comparingInt(ModelIdentity::variant)
		.thenComparing(ModelIdentity::snapshotDate, Comparator.reverseOrder());

	public ModelIdentity {
		aliases = Set.copyOf(aliases);
	}

}
