package com.breakeven.ingestion.quality;

import java.math.BigDecimal;

/**
 * One score read from an evaluation result, before its model is resolved.
 *
 * @param rawModel the model as the file names it, or {@code null}
 * @param benchmark benchmark and setting, as stored
 * @param score the score
 * @param scaleMax the best possible score, or {@code null} when unbounded (perplexity)
 * @param source where it comes from
 */
public record EvaluationScore(String rawModel, String benchmark, BigDecimal score, BigDecimal scaleMax, String source) {

}
