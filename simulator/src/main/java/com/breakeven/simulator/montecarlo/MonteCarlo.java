package com.breakeven.simulator.montecarlo;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;

import com.breakeven.simulator.projection.ProjectionInputs;
import com.breakeven.simulator.projection.ProjectionKernel;
import com.breakeven.simulator.projection.ProjectionParameters;
import com.breakeven.simulator.projection.Projector;
import com.breakeven.simulator.projection.Strategy;

/**
 * Many projections with the uncertain inputs drawn anew for each, spread over every core.
 * The inputs are validated once, as records, and turned into plain numbers
 * ({@link ProjectionParameters}); each trial resets those numbers, sets the drawn ones
 * and runs {@link ProjectionKernel} (the arithmetic {@link Projector} runs) into arrays
 * reused trial after trial, then reads each strategy's NPV, payback month and total cost
 * once. Seeded: the trials are cut into fixed blocks, each with its own generator seeded
 * from the run's seed and the block's number, so the same seed gives the same numbers
 * however many cores run the blocks and in whatever order.
 */
public final class MonteCarlo {

	public static final int DEFAULT_TRIALS = 10_000;

	private static final int BLOCK = 250;

	private MonteCarlo() {
	}

	/**
	 * @param base the projection's inputs, where nothing is uncertain
	 * @param uncertain the inputs drawn per trial, with their distributions, drawn in the
	 * map's order
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
		Strategy[] columns = compared.toArray(new Strategy[0]);
		double[][] npv = new double[columns.length][trials];
		int[][] payback = new int[columns.length][trials];
		double[][] total = new double[columns.length][trials];
		double[] currentApiTotal = new double[trials];
		UncertainInput[] inputs = uncertain.keySet().toArray(new UncertainInput[0]);
		Distribution[] distributions = uncertain.values().toArray(new Distribution[0]);
		ProjectionParameters parameters = ProjectionParameters.of(base);
		int blocks = (trials + BLOCK - 1) / BLOCK;
		try {
			IntStream.range(0, blocks).parallel().forEach(block -> {
				RandomGenerator random = new Well19937c(new int[] { (int) seed, (int) (seed >>> 32), block });
				ProjectionParameters trial = parameters.copy();
				ProjectionKernel kernel = new ProjectionKernel(base.horizonMonths());
				int end = Math.min(trials, (block + 1) * BLOCK);
				for (int t = block * BLOCK; t < end; t++) {
					trial.copyFrom(parameters);
					for (int i = 0; i < inputs.length; i++) {
						inputs[i].apply(trial, distributions[i].sample(random));
					}
					kernel.run(trial, compared);
					currentApiTotal[t] = kernel.totalCost(Strategy.ALL_API);
					for (int c = 0; c < columns.length; c++) {
						Strategy strategy = columns[c];
						if (!kernel.projected(strategy)) {
							continue;
						}
						npv[c][t] = kernel.npv(strategy);
						int month = kernel.paybackMonth(strategy);
						payback[c][t] = (month > 0) ? month : MonteCarloResult.NEVER;
						total[c][t] = kernel.totalCost(strategy);
					}
				}
			});
		}
		catch (IllegalArgumentException ex) {
			// a worker thread's refusal reaches this thread as a copy whose message is
			// the original's toString(); the user reads the original's words
			boolean copy = ex.getCause() instanceof IllegalArgumentException original
					&& original.toString().equals(ex.getMessage());
			throw copy ? (IllegalArgumentException) ex.getCause() : ex;
		}
		Map<Strategy, double[]> npvByStrategy = new EnumMap<>(Strategy.class);
		Map<Strategy, int[]> paybackByStrategy = new EnumMap<>(Strategy.class);
		Map<Strategy, double[]> totalByStrategy = new EnumMap<>(Strategy.class);
		for (int c = 0; c < columns.length; c++) {
			npvByStrategy.put(columns[c], npv[c]);
			paybackByStrategy.put(columns[c], payback[c]);
			totalByStrategy.put(columns[c], total[c]);
		}
		return new MonteCarloResult(trials, seed, base.horizonMonths(), npvByStrategy, paybackByStrategy,
				totalByStrategy, currentApiTotal);
	}

}
