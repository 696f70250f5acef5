package com.breakeven.tco;

/**
 * The architecture facts the memory check needs.
 *
 * @param name model name
 * @param parametersBillions total parameters, billions (all experts of a
 * mixture-of-experts model stay in memory)
 * @param activeParametersBillions parameters active per token, billions, or {@code null}
 * for a dense model
 * @param layers transformer layers
 * @param kvHeads key/value attention heads (grouped-query attention shares them)
 * @param headDim dimension of one attention head
 * @param contextLength longest supported sequence, tokens
 */
public record ModelSpec(String name, double parametersBillions, Double activeParametersBillions, int layers,
		int kvHeads, int headDim, int contextLength) {

	public ModelSpec {
		Require.notNull("name", name);
		Require.positive("parametersBillions", parametersBillions);
		if (activeParametersBillions != null
				&& !(activeParametersBillions > 0 && activeParametersBillions <= parametersBillions)) {
			throw new IllegalArgumentException("activeParametersBillions must be > 0 and <= parametersBillions "
					+ parametersBillions + ", was " + activeParametersBillions);
		}
		Require.atLeast("layers", layers, 1);
		Require.atLeast("kvHeads", kvHeads, 1);
		Require.atLeast("headDim", headDim, 1);
		Require.atLeast("contextLength", contextLength, 1);
	}

}
