package com.breakeven.pricing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A workload's category ("overall", "coding", "legal", "french") and the benchmark name
 * its scores are stored under: the benchmark itself for {@value #OVERALL}, else the
 * benchmark and the board, as the LMArena import names them
 * ({@code LMArena text: coding}, {@code LMArena text: industry_legal_and_government}). A
 * category without a board of its own on a benchmark (GPQA has none) finds no scores
 * there, and its candidates are not judged.
 */
public final class QualityCategories {

	/** The default category: the benchmark's overall board. */
	public static final String OVERALL = "overall";

	/** Plain words for LMArena's boards; any other category is the board's own name. */
	private static final Map<String, String> BOARDS = new LinkedHashMap<>();

	static {
		BOARDS.put("legal", "industry_legal_and_government");
		BOARDS.put("medicine", "industry_medicine_and_healthcare");
		BOARDS.put("finance", "industry_business_and_management_and_financial_operations");
		BOARDS.put("science", "industry_life_and_physical_and_social_science");
		BOARDS.put("software", "industry_software_and_it_services");
		BOARDS.put("media", "industry_entertainment_and_sports_and_media");
		BOARDS.put("writing", "creative_writing");
		BOARDS.put("instruction-following", "if");
	}

	/**
	 * LMArena's text boards without a plain word of their own, as the leaderboard of
	 * 2025-12-11 names them
	 * ({@code ../shared/data/quality/lmarena-leaderboard-text.json}, its keys besides
	 * {@code full} and the boards in {@link #BOARDS}).
	 */
	private static final List<String> OWN_NAMES = List.of("coding", "math", "expert", "hard_6", "hard_english_6",
			"long_user", "multiturn", "no_refusal", "no_short", "no_tie", "industry_mathematical",
			"industry_writing_and_literature_and_language", "english", "chinese", "french", "german", "japanese",
			"korean", "russian", "spanish");

	private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,99}");

	private QualityCategories() {
	}

	/**
	 * The category as stored: lower case, blank or absent as {@value #OVERALL}.
	 * @throws IllegalArgumentException naming the category when it is not a word of
	 * letters, digits, '-' and '_' (at most 100)
	 */
	public static String normalise(String category) {
		if (category == null || category.isBlank()) {
			return OVERALL;
		}
		String name = category.strip().toLowerCase(Locale.ROOT);
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("category must be a word of letters, digits, '-' and '_' (at most 100),"
					+ " like overall, coding, math, legal, medicine, finance or french; was '"
					+ ((name.length() > 40) ? name.substring(0, 40) + "…" : name) + "'");
		}
		return name;
	}

	/**
	 * The benchmark name the category's scores are stored under.
	 * @param benchmark the benchmark ("LMArena text")
	 * @param category the workload's category, normalised
	 */
	public static String benchmarkIn(String benchmark, String category) {
		if (OVERALL.equals(category) || "full".equals(category)) {
			return benchmark;
		}
		return benchmark + ": " + BOARDS.getOrDefault(category, category);
	}

	/**
	 * The categories a person may give a workload: {@value #OVERALL}, the plain words
	 * ("legal"), and the boards without a word of their own by their names ("coding",
	 * "french").
	 */
	public static List<String> accepted() {
		List<String> accepted = new ArrayList<>();
		accepted.add(OVERALL);
		accepted.addAll(BOARDS.keySet());
		accepted.addAll(OWN_NAMES);
		return List.copyOf(accepted);
	}

	/**
	 * A category a person gives a workload, normalised: one of {@link #accepted()}, or a
	 * board's own name that has a plain word (stored as the word; {@code full} as
	 * {@value #OVERALL}).
	 * @throws IllegalArgumentException naming the category and the accepted ones when it
	 * is none of them
	 */
	public static String acceptable(String category) {
		String name = normalise(category);
		if ("full".equals(name)) {
			return OVERALL;
		}
		if (accepted().contains(name)) {
			return name;
		}
		for (Map.Entry<String, String> word : BOARDS.entrySet()) {
			if (word.getValue().equals(name)) {
				return word.getKey();
			}
		}
		throw new IllegalArgumentException(
				"unknown category '" + name + "': use one of " + String.join(", ", accepted()));
	}

	/** The plain words understood, with the board each stands for. */
	public static Map<String, String> words() {
		return Map.copyOf(BOARDS);
	}

}
