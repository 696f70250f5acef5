package com.breakeven.pricing.feed;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a feed held: entries to import, entries refused with the reason, and entries
 * classified but not priced.
 *
 * @param feed the feed's code ({@code litellm}, {@code openrouter}, {@code manual})
 * @param entriesRead entries in the feed, documentation entries excluded
 * @param entries entries to import
 * @param problems entries refused
 * @param classified entries of other modes (embedding, image generation…) by mode, kept
 * out of the price catalogue
 * @param statements what each entry, priced or not, says its model takes in and gives
 * out; empty for a feed that says nothing of it
 */
public record FeedReading(String feed, int entriesRead, List<FeedEntry> entries, List<FeedProblem> problems,
		Map<String, Integer> classified, List<ModalityStatement> statements) {

	public FeedReading {
		entries = List.copyOf(entries);
		statements = List.copyOf(statements);
		problems = List.copyOf(problems);
		classified = Map.copyOf(new TreeMap<>(classified));
	}

	/**
	 * @return "image_generation 209, embedding 124" for the run report
	 */
	public String classifiedSummary() {
		StringBuilder text = new StringBuilder();
		new TreeMap<>(this.classified).forEach((mode, count) -> {
			if (!text.isEmpty()) {
				text.append(", ");
			}
			text.append(mode).append(' ').append(count);
		});
		return text.toString();
	}

}
