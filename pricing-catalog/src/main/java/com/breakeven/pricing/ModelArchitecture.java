package com.breakeven.pricing;

import java.math.BigDecimal;

/**
 * What the model-fits-hardware check needs of an open model: its weights (parameters) and
 * its KV cache per token (layers × KV heads × head dimension) up to its context window.
 *
 * @param parametersBillions total parameters, billions, &gt; 0
 * @param activeParametersBillions parameters active per token (mixture-of-experts),
 * billions, at most {@code parametersBillions}; {@code null} for a dense model
 * @param layers transformer layers, &gt; 0
 * @param kvHeads key/value attention heads, &gt; 0
 * @param headDim dimension of one attention head, &gt; 0
 * @param contextWindowTokens longest prompt and answer, tokens, &gt; 0
 */
public record ModelArchitecture(BigDecimal parametersBillions, BigDecimal activeParametersBillions, int layers,
		int kvHeads, int headDim, int contextWindowTokens) {

	public ModelArchitecture {
		if (parametersBillions == null || parametersBillions.signum() <= 0) {
			throw new IllegalArgumentException("parametersBillions must be > 0, was " + parametersBillions);
		}
		if (activeParametersBillions != null && (activeParametersBillions.signum() <= 0
				|| activeParametersBillions.compareTo(parametersBillions) > 0)) {
			throw new IllegalArgumentException("activeParametersBillions must be > 0 and <= parametersBillions "
					+ parametersBillions.toPlainString() + ", was " + activeParametersBillions.toPlainString());
		}
		Checks.requirePositiveIfPresent("layers", layers);
		Checks.requirePositiveIfPresent("kvHeads", kvHeads);
		Checks.requirePositiveIfPresent("headDim", headDim);
		Checks.requirePositiveIfPresent("contextWindowTokens", contextWindowTokens);
	}

}
