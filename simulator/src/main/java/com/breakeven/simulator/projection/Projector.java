package com.breakeven.simulator.projection;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Month-by-month cost of each strategy on the same demand: the API side at prices that
 * fall by their yearly rate, the owned side with a fleet bought in whole nodes as demand
 * grows (the first ones paid up front and serving once the lead time has passed),
 * refreshed at end of life and hosted at a power price that moves by its yearly rate.
 * Pure: the same inputs give the same numbers. The arithmetic is
 * {@link ProjectionKernel}'s, the one the Monte Carlo simulation runs per trial.
 */
public final class Projector {

	private Projector() {
	}

	/** Every strategy the inputs allow (rented GPUs only with an hourly price). */
	public static Projection project(ProjectionInputs inputs) {
		return project(inputs, EnumSet.allOf(Strategy.class));
	}

	/**
	 * Only the strategies asked for, and always the current API, which the others are
	 * measured against (rented GPUs only with an hourly price).
	 */
	public static Projection project(ProjectionInputs inputs, Set<Strategy> strategies) {
		ProjectionKernel kernel = new ProjectionKernel(inputs.horizonMonths());
		kernel.run(ProjectionParameters.of(inputs), strategies);
		Map<Strategy, StrategyProjection> byStrategy = new EnumMap<>(Strategy.class);
		for (Strategy strategy : Strategy.values()) {
			if (kernel.projected(strategy)) {
				byStrategy.put(strategy, kernel.projection(strategy));
			}
		}
		return new Projection(inputs, byStrategy, kernel.tokensOverHorizon());
	}

}
