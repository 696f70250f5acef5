package com.breakeven.tco;

/**
 * The monthly volume at which own GPUs cost the same as the API, or never, with the
 * reason.
 */
public sealed interface BreakEven permits BreakEven.AtVolume, BreakEven.Never {

	/**
	 * @param monthlyTokens total tokens per month (input + cached input + output, in the
	 * workload's mix)
	 * @param nodes nodes needed at that volume
	 */
	record AtVolume(double monthlyTokens, int nodes) implements BreakEven {

	}

	/**
	 * @param reason why no volume makes own GPUs cheaper
	 */
	record Never(String reason) implements BreakEven {

	}

}
