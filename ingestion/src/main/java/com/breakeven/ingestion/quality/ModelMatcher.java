package com.breakeven.ingestion.quality;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongFunction;

import com.breakeven.pricing.Names;
import com.breakeven.pricing.feed.ModelNames;

/**
 * Finds the catalogued model a name from outside the catalogue means, without guessing:
 * the name as an alias first; else every spelling {@link ModelNames#spellings} allows,
 * which must all lead to one model. Two models reached is no answer: the name is
 * reported, never settled by a choice.
 */
final class ModelMatcher {

	/** How a name was matched, for the run report. */
	enum Rule {

		/** The name is a catalogue alias as written. */
		ALIAS,

		/** An alias file says which catalogued name the key means. */
		ALIAS_FILE,

		/** A spelling rule of {@link ModelNames#spellings}. */
		SPELLING

	}

	/**
	 * @param modelId the model, or {@code null} when none or more than one was found
	 * @param rule how it was found, or {@code null}
	 * @param reason why none was found, or {@code null}
	 */
	record Match(Long modelId, Rule rule, String reason) {

		boolean found() {
			return this.modelId != null;
		}

		static Match none(String reason) {
			return new Match(null, null, reason);
		}

	}

	private final Map<String, Long> aliases;

	private final LongFunction<String> modelNames;

	/**
	 * @param aliases every catalogue alias with its model
	 * ({@code ModelRepository.aliasIndex})
	 * @param modelNames the canonical name of a model id, for reasons
	 */
	ModelMatcher(Map<String, Long> aliases, LongFunction<String> modelNames) {
		this.aliases = aliases;
		this.modelNames = modelNames;
	}

	/**
	 * @param name a model name as a file writes it
	 * @return the catalogued model, or why there is none
	 */
	Match match(String name) {
		Long alias = this.aliases.get(Names.normalise(name));
		if (alias != null) {
			return new Match(alias, Rule.ALIAS, null);
		}
		Map<Long, String> reached = new TreeMap<>();
		for (String spelling : ModelNames.spellings(name)) {
			Optional.ofNullable(this.aliases.get(spelling)).ifPresent(id -> reached.putIfAbsent(id, spelling));
		}
		if (reached.size() == 1) {
			return new Match(reached.keySet().iterator().next(), Rule.SPELLING, null);
		}
		if (reached.isEmpty()) {
			return Match.none("'" + name + "' is not in the catalogue, as written or in any spelling of it");
		}
		StringBuilder models = new StringBuilder();
		reached.forEach((id, spelling) -> models.append(models.isEmpty() ? "" : " or ")
			.append(this.modelNames.apply(id))
			.append(" (as '")
			.append(spelling)
			.append("')"));
		return Match.none("'" + name + "' may mean " + models + ": more than one catalogued model");
	}

	/**
	 * @param catalogued a name the catalogue is known to hold, from an alias file
	 * @return its model, or why the catalogue does not hold it
	 */
	Match alias(String catalogued) {
		Long alias = this.aliases.get(Names.normalise(catalogued));
		return (alias != null) ? new Match(alias, Rule.ALIAS_FILE, null)
				: Match.none("the alias file names '" + catalogued + "', which is not in the catalogue");
	}

}
