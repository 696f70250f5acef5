package com.breakeven.simulator.montecarlo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;

import com.breakeven.simulator.projection.Projection;
import com.breakeven.simulator.projection.ProjectionInputs;
import com.breakeven.simulator.projection.Projector;
import com.breakeven.simulator.projection.Strategy;

/**
 * Many projections with the uncertain inputs drawn anew for each, spread over every core.
 * Seeded: the trials are cut into fixed blocks, each with its own generator seeded from
 * the run's seed and the block's number, so the same seed gives the same numbers however
 * the blocks are scheduled.
 */
public final class MonteCarlo {

	public static final int DEFAULT_TRIALS = 10_000;

	private static final int BLOCK = 250;

	private MonteCarlo() {
	}

	/**
	 * @param base the projection's inputs, where nothing is uncertain
	 * @param uncertain the inputs drawn per trial, with their distributions
	 * @param strategies the strategies compared with the current API
	 * @param trials how many projections
	 * @param seed makes the run reproducible
	 */
	public static MonteCarloResult run(ProjectionInputs base, Map<UncertainInput, Distribution> uncertain,
			Set<Strategy> strategies, int trials, long seed) {
		if (trials < 1) {
			throw new IllegalArgumentException("trials must be >= 1, was " + trials);
		}
		Set<Strategy> compared = EnumSet.copyOf(strategies);
		compared.remove(Strategy.ALL_API);
		Map<Strategy, double[]> npv = new EnumMap<>(Strategy.class);
		Map<Strategy, int[]> payback = new EnumMap<>(Strategy.class);
		Map<Strategy, double[]> total = new EnumMap<>(Strategy.class);
		for (Strategy strategy : compared) {
			npv.put(strategy, new double[trials]);
			payback.put(strategy, new int[trials]);
			total.put(strategy, new double[trials]);
		}
		double[] currentApiTotal = new double[trials];
		List<Map.Entry<UncertainInput, Distribution>> draws = new ArrayList<>(uncertain.entrySet());
		int blocks = (trials + BLOCK - 1) / BLOCK;
		IntStream.range(0, blocks).parallel().forEach(block -> {
			RandomGenerator random = new Well19937c(new int[] { (int) seed, (int) (seed >>> 32), block });
			int end = Math.min(trials, (block + 1) * BLOCK);
			for (int trial = block * BLOCK; trial < end; trial++) {
				ProjectionInputs inputs = base;
				for (Map.Entry<UncertainInput, Distribution> draw : draws) {
					inputs = draw.getKey().apply(inputs, draw.getValue().sample(random));
				}
				Projection projection = Projector.project(inputs, compared);
				currentApiTotal[trial] = projection.of(Strategy.ALL_API).totalCost();
				for (Strategy strategy : compared) {
					if (!projection.byStrategy().containsKey(strategy)) {
						continue;
					}
					npv.get(strategy)[trial] = projection.npvAgainstCurrentApi(strategy);
					payback.get(strategy)[trial] = projection.paybackMonth(strategy).orElse(MonteCarloResult.NEVER);
					total.get(strategy)[trial] = projection.of(strategy).totalCost();
				}
			}
		});
		return new MonteCarloResult(trials, seed, base.horizonMonths(), npv, payback, total, currentApiTotal);
	}

}
