package com.breakeven.ingestion.evaluation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One model's result in an evaluation run. Percentages are of answered tasks; costs are
 * in the run's currency; each figure is {@code null} when it does not exist (no answer
 * scored, no correct answer, no price, answers without token counts).
 *
 * @param modelId the catalogue model
 * @param model its canonical name
 * @param modelAsSent the name the endpoint was asked for
 * @param answers what came back, counted
 * @param accuracyPercent correct ÷ answered × 100
 * @param lowerPercent lower end of the Wilson 95 % interval, percent
 * @param upperPercent upper end of the Wilson 95 % interval, percent
 * @param cost the answered tasks together
 * @param costPerTask per answered task
 * @param costPerCorrect per correct answer
 * @param price the price the costs were taken at, in words, or why there is none
 */
public record EvaluationResult(long modelId, String model, String modelAsSent, ModelAnswers answers,
		BigDecimal accuracyPercent, BigDecimal lowerPercent, BigDecimal upperPercent, BigDecimal cost,
		BigDecimal costPerTask, BigDecimal costPerCorrect, String price) {

	public EvaluationResult {
		Objects.requireNonNull(modelAsSent, "modelAsSent must not be null");
		Objects.requireNonNull(answers, "answers must not be null");
	}

}
