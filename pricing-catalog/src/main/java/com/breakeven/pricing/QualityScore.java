package com.breakeven.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A model's score on a named benchmark, as published or measured. Scores compare only
 * within one benchmark name, which carries the setting ("MMLU (0-shot CoT)" and "MMLU
 * (EM)" are different benchmarks).
 *
 * @param id stored id, {@code null} before storing
 * @param modelId the model scored
 * @param benchmark benchmark and setting
 * @param score the score
 * @param scaleMax the best possible score (100 for percentages), when known
 * @param asOf the day the score was recorded
 * @param source where it comes from: document and commit, or the evaluation run
 */
public record QualityScore(Long id, long modelId, String benchmark, BigDecimal score, BigDecimal scaleMax,
		LocalDate asOf, String source) {

	public QualityScore {
		Objects.requireNonNull(benchmark, "benchmark must not be null");
		Objects.requireNonNull(score, "score must not be null");
		Objects.requireNonNull(asOf, "asOf must not be null");
		Objects.requireNonNull(source, "source must not be null");
		if (benchmark.isBlank()) {
			throw new IllegalArgumentException("benchmark must not be blank");
		}
		if (scaleMax != null && score.compareTo(scaleMax) > 0) {
			throw new IllegalArgumentException(
					"score " + score.toPlainString() + " exceeds the scale's maximum " + scaleMax.toPlainString());
		}
	}

}
