package com.breakeven.simulator.bench;

import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import com.breakeven.simulator.montecarlo.Distribution;
import com.breakeven.simulator.montecarlo.MonteCarlo;
import com.breakeven.simulator.montecarlo.MonteCarloResult;
import com.breakeven.simulator.montecarlo.UncertainInput;
import com.breakeven.simulator.projection.ApiOption;
import com.breakeven.simulator.projection.DemandPath;
import com.breakeven.simulator.projection.OwnHardware;
import com.breakeven.simulator.projection.ProjectionInputs;
import com.breakeven.simulator.projection.Strategy;
import com.breakeven.tco.ApiPricing;
import com.breakeven.tco.ColocationBasis;
import com.breakeven.tco.Demand;
import com.breakeven.tco.Gpu;
import com.breakeven.tco.Hosting;
import com.breakeven.tco.Node;
import com.breakeven.tco.ThroughputMeasurement;

/**
 * Issue 7's target: 10,000 trials × 36 months of a two-strategy scenario (current API
 * against self-hosted) in at most 300 ms on the 2-core machine, using both cores. Four
 * inputs uncertain. Run with {@code ./bench MonteCarloBenchmark}; results go to
 * docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MonteCarloBenchmark {

	private static final Currency USD = Currency.getInstance("USD");

	private static final Set<Strategy> FOUR_STRATEGIES = EnumSet.of(Strategy.ALL_API, Strategy.CHEAPEST_API,
			Strategy.SELF_HOSTED, Strategy.HYBRID);

	/** Llama-3.3-70B-class workload on 8 × H100 nodes against GPT-4o list prices. */
	private final ProjectionInputs base = new ProjectionInputs(USD, 36,
			DemandPath.growing(new Demand(20e9, 0, 4e9, 2), 0.02),
			new ApiOption("openai/gpt-4o", ApiPricing.listPrices(USD, 2.5, 1.25, 10), 0.3),
			new ApiOption("deepseek/deepseek-chat", ApiPricing.listPrices(USD, 0.27, 0.07, 1.1), 0.3),
			new OwnHardware(new Node(new Gpu("H100 SXM5 80GB", 80, 700, 70, 27_500), 8, 50_000, 24_000, 5_000, 4_600),
					new ThroughputMeasurement("llama-3.3-70b", "FP8", "vLLM", 64, 1000, 200, 4000, 24_000d, 350d, 800d,
							30d, 40d),
					new Hosting(0.0895, 1.58, ColocationBasis.PER_KW_MONTH, 184.06, 0, 0.1, 200_000, 0.08, 0), 0.8, 48,
					0.1, 3, 0.03, 2.99),
			0.3, 0.08);

	private final Map<UncertainInput, Distribution> uncertain = new LinkedHashMap<>();

	public MonteCarloBenchmark() {
		this.uncertain.put(UncertainInput.DEMAND_GROWTH_PER_MONTH, new Distribution.Triangular(0, 0.02, 0.06));
		this.uncertain.put(UncertainInput.CURRENT_API_PRICE_DECLINE, new Distribution.Uniform(0.1, 0.5));
		this.uncertain.put(UncertainInput.THROUGHPUT_MULTIPLIER, new Distribution.LogNormal(1, 0.2));
		this.uncertain.put(UncertainInput.GPU_PRICE_MULTIPLIER, new Distribution.Normal(1, 0.1));
	}

	@Benchmark
	public MonteCarloResult tenThousandTrialsOfThirtySixMonths() {
		return MonteCarlo.run(this.base, this.uncertain, EnumSet.of(Strategy.SELF_HOSTED), 10_000, 42);
	}

	/**
	 * Issue 22's row: four strategies (the current API, the cheapest adequate API,
	 * self-hosted and hybrid), as a scenario without a rented price runs them.
	 */
	@Benchmark
	public MonteCarloResult fourStrategies() {
		return MonteCarlo.run(this.base, this.uncertain, FOUR_STRATEGIES, 10_000, 42);
	}

	/**
	 * Prints what {@link #fourStrategies()} finds, beside the NumPy reference's figures
	 * (simulator/src/test/python/montecarlo_numpy.py, run by {@code ./bench-montecarlo}):
	 * the same model drawn by another generator agrees within sampling error.
	 */
	public static void main(String[] args) {
		MonteCarloResult result = new MonteCarloBenchmark().fourStrategies();
		for (Strategy strategy : result.strategies()) {
			MonteCarloResult.Percentiles npv = result.npvPercentiles(strategy);
			System.out.printf(Locale.ROOT,
					"%-12s NPV P10 %14.2f P50 %14.2f P90 %14.2f  P(payback) %.4f  payback P50 %s%n", strategy,
					npv.p10(), npv.p50(), npv.p90(), result.probabilityOfPayback(strategy),
					result.paybackPercentiles(strategy).p50());
		}
	}

}
