package com.breakeven.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A model's score on a named benchmark, as published or measured. Scores compare only
 * within one benchmark name, which carries the setting ("MMLU (0-shot CoT)" and "MMLU
 * (EM)" are different benchmarks; so are "LMArena text: coding" and "LMArena text: coding
 * (thinking 32k)").
 * <p>
 * A score may carry its uncertainty: a 95 % interval from {@code lowerBound} to
 * {@code upperBound} (an LMArena rating of 1339 is "between 1331 and 1347"; two models
 * whose intervals overlap are not told apart on that benchmark).
 *
 * @param id stored id, {@code null} before storing
 * @param modelId the model scored
 * @param benchmark benchmark and setting, at most {@value #BENCHMARK_LENGTH} characters
 * @param category the part of the benchmark scored ({@code coding}, {@code full}), or
 * {@code null} when the benchmark has no parts
 * @param score the score (a percentage, a perplexity, a rating: see {@code scaleMax})
 * @param scaleMax the best possible score (100 for percentages), when bounded; a relative
 * rating (Elo, Bradley-Terry) has none
 * @param lowerBound the lower end of the score's 95 % interval, or {@code null}
 * @param upperBound the upper end of the score's 95 % interval, or {@code null}
 * @param asOf the day the score was recorded: the data's own date where it has one
 * @param source where it comes from: document and commit, or the evaluation run, and the
 * name the source gives the model
 */
public record QualityScore(Long id, long modelId, String benchmark, String category, BigDecimal score,
		BigDecimal scaleMax, BigDecimal lowerBound, BigDecimal upperBound, LocalDate asOf, String source) {

	/** The longest benchmark name stored. */
	public static final int BENCHMARK_LENGTH = 200;

	/** The longest category stored. */
	public static final int CATEGORY_LENGTH = 100;

	public QualityScore {
		Objects.requireNonNull(benchmark, "benchmark must not be null");
		Objects.requireNonNull(score, "score must not be null");
		Objects.requireNonNull(asOf, "asOf must not be null");
		Objects.requireNonNull(source, "source must not be null");
		if (benchmark.isBlank()) {
			throw new IllegalArgumentException("benchmark must not be blank");
		}
		if (benchmark.length() > BENCHMARK_LENGTH) {
			throw new IllegalArgumentException("benchmark has at most " + BENCHMARK_LENGTH + " characters, was "
					+ benchmark.length() + " ('" + benchmark.substring(0, 40) + "…')");
		}
		if (category != null && (category.isBlank() || category.length() > CATEGORY_LENGTH)) {
			throw new IllegalArgumentException(
					"category must be 1 to " + CATEGORY_LENGTH + " characters when given, was '" + category + "'");
		}
		if (scaleMax != null && score.compareTo(scaleMax) > 0) {
			throw new IllegalArgumentException(
					"score " + score.toPlainString() + " exceeds the scale's maximum " + scaleMax.toPlainString());
		}
		if ((lowerBound == null) != (upperBound == null)) {
			throw new IllegalArgumentException(
					"an interval needs both bounds, was " + lowerBound + " to " + upperBound);
		}
		if (lowerBound != null && (lowerBound.compareTo(score) > 0 || score.compareTo(upperBound) > 0)) {
			throw new IllegalArgumentException("score " + score.toPlainString() + " lies outside its interval "
					+ lowerBound.toPlainString() + " to " + upperBound.toPlainString());
		}
	}

	/**
	 * A score without category or interval, as benchmark tables publish it.
	 */
	public QualityScore(Long id, long modelId, String benchmark, BigDecimal score, BigDecimal scaleMax, LocalDate asOf,
			String source) {
		this(id, modelId, benchmark, null, score, scaleMax, null, null, asOf, source);
	}

	/**
	 * @return whether the score comes with its 95 % interval
	 */
	public boolean hasInterval() {
		return this.lowerBound != null;
	}

}
