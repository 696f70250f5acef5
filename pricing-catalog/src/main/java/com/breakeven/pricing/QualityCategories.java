package com.breakeven.pricing;

import java.util.LinkedHashMap;
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

	/** The plain words understood, with the board each stands for. */
	public static Map<String, String> words() {
		return Map.copyOf(BOARDS);
	}

}
