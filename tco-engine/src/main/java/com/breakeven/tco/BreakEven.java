package com.breakeven.tco;

/**
 * The monthly volume from which own GPUs stay no dearer than the API at every larger
 * volume (node steps included), or never, with the reason. Computed by
 * {@link com.breakeven.tco.breakeven.BreakEvenVolume}.
 */
public sealed interface BreakEven permits BreakEven.AtVolume, BreakEven.Never {

	/**
	 * @param monthlyTokens total tokens per month (input + cached input + output, in the
	 * workload's mix) from which own GPUs are no dearer; when a whole node step is
	 * dearer, the end of that step (no dearer just above it)
	 * @param nodes nodes needed just from that volume
	 */
	record AtVolume(double monthlyTokens, int nodes) implements BreakEven {

	}

	/**
	 * @param reason why no volume keeps own GPUs no dearer (electricity alone costs more,
	 * a full node costs more per token, or it alternates past node steps up to a bound),
	 * or why the measure does not apply
	 */
	record Never(String reason) implements BreakEven {

	}

}
