package com.breakeven.simulator.montecarlo;

import java.util.Arrays;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.breakeven.simulator.projection.ApiOption;
import com.breakeven.simulator.projection.DemandPath;
import com.breakeven.simulator.projection.OwnHardware;
import com.breakeven.simulator.projection.ProjectionInputs;
import com.breakeven.simulator.projection.ProjectionKernel;
import com.breakeven.simulator.projection.ProjectionParameters;
import com.breakeven.simulator.projection.Projector;
import com.breakeven.simulator.projection.Strategy;
import com.breakeven.tco.ApiPricing;
import com.breakeven.tco.ColocationBasis;
import com.breakeven.tco.Demand;
import com.breakeven.tco.Gpu;
import com.breakeven.tco.Hosting;
import com.breakeven.tco.Node;
import com.breakeven.tco.ThroughputMeasurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MonteCarloTest {

	private static final Currency USD = Currency.getInstance("USD");

	private static final Set<Strategy> SELF_HOSTED = EnumSet.of(Strategy.SELF_HOSTED);

	/**
	 * 100 billion input and 10 billion output tokens a month against $2/$8 per million:
	 * $280,000 a month on the API; five $100,000 one-GPU nodes serve it.
	 */
	private static final ProjectionInputs BASE = new ProjectionInputs(USD, 36,
			DemandPath.growing(new Demand(1e11, 0, 1e10, 1), 0.01),
			new ApiOption("current", ApiPricing.listPrices(USD, 2, 0, 8), 0.3),
			new ApiOption("cheapest", ApiPricing.listPrices(USD, 0.5, 0, 2), 0.3),
			new OwnHardware(new Node(new Gpu("GPU", 80, 700, 100, 100_000), 1, 0, 0, 0, 0),
					new ThroughputMeasurement("m", "FP8", "vLLM", 32, 1000, 100, 1000, null, null, null, null, null),
					new Hosting(0.10, 1.3, ColocationBasis.PER_KW_MONTH, 150, 0, 0.1, 200_000, 0.08, 0), 0.8, 36, 0.1,
					2, 0.03, 2.5),
			0.5, 0.08);

	@Test
	void run_withEveryInputFixedEachTrialIsTheDeterministicProjection() {
		Map<UncertainInput, Distribution> fixed = Map.of(UncertainInput.GPU_PRICE_MULTIPLIER,
				new Distribution.Fixed(1));

		MonteCarloResult result = MonteCarlo.run(BASE, fixed, SELF_HOSTED, 500, 7);

		double npv = Projector.project(BASE).npvAgainstCurrentApi(Strategy.SELF_HOSTED);
		MonteCarloResult.Percentiles percentiles = result.npvPercentiles(Strategy.SELF_HOSTED);
		assertThat(percentiles.p10()).isCloseTo(npv, within(1e-6));
		assertThat(percentiles.p90()).isCloseTo(npv, within(1e-6));
		assertThat(result.probabilityOfPayback(Strategy.SELF_HOSTED)).isIn(0.0, 1.0);
	}

	@Test
	void run_theSameSeedGivesTheSameTrialsAndAnotherSeedOthers() {
		Map<UncertainInput, Distribution> uncertain = uncertain();

		MonteCarloResult first = MonteCarlo.run(BASE, uncertain, SELF_HOSTED, 2_000, 42);
		MonteCarloResult again = MonteCarlo.run(BASE, uncertain, SELF_HOSTED, 2_000, 42);
		MonteCarloResult other = MonteCarlo.run(BASE, uncertain, SELF_HOSTED, 2_000, 43);

		assertThat(again.npv().get(Strategy.SELF_HOSTED)).containsExactly(first.npv().get(Strategy.SELF_HOSTED));
		assertThat(other.npv().get(Strategy.SELF_HOSTED)).isNotEqualTo(first.npv().get(Strategy.SELF_HOSTED));
	}

	@Test
	void run_spreadsTheOutcomeAndCountsTheTrialsThatPayBack() {
		MonteCarloResult result = MonteCarlo.run(BASE, uncertain(), SELF_HOSTED, 2_000, 1);

		MonteCarloResult.Percentiles npv = result.npvPercentiles(Strategy.SELF_HOSTED);
		assertThat(npv.p10()).isLessThan(npv.p50());
		assertThat(npv.p50()).isLessThan(npv.p90());
		int[] months = result.paybackMonth().get(Strategy.SELF_HOSTED);
		long paidBack = Arrays.stream(months).filter(m -> m != MonteCarloResult.NEVER).count();
		assertThat(result.probabilityOfPayback(Strategy.SELF_HOSTED)).isEqualTo(paidBack / 2_000.0);
		MonteCarloResult.Histogram histogram = result.npvHistogram(Strategy.SELF_HOSTED, 20);
		assertThat(Arrays.stream(histogram.counts()).sum()).isEqualTo(2_000);
	}

	@Test
	void sample_eachDistributionDrawsWhatItsParametersSay() {
		Well19937c random = new Well19937c(3);
		int n = 200_000;
		// triangle (0, 1, 5): mean (0 + 1 + 5) / 3 = 2
		assertThat(mean(new Distribution.Triangular(0, 1, 5), random, n)).isCloseTo(2, within(0.02));
		assertThat(mean(new Distribution.Uniform(10, 20), random, n)).isCloseTo(15, within(0.05));
		assertThat(mean(new Distribution.Normal(3, 2), random, n)).isCloseTo(3, within(0.02));
		// lognormal: median 100, sigma 0.5 → mean 100 x e^(0.125) = 113.31
		assertThat(mean(new Distribution.LogNormal(100, 0.5), random, n)).isCloseTo(113.31, within(0.5));
		assertThat(mean(new Distribution.Empirical(new double[] { 1, 2, 6 }), random, n)).isCloseTo(3, within(0.02));
		// P10 / P90 of a normal: mean ± 1.2816 sd
		assertThat(new Distribution.Normal(3, 2).high()).isCloseTo(3 + 2 * 1.28155, within(1e-4));
	}

	@Test
	void tornado_ranksInputsByHowFarTheyMoveTheNpv() {
		Map<UncertainInput, Distribution> uncertain = new LinkedHashMap<>(uncertain());
		uncertain.put(UncertainInput.DISCOUNT_RATE, new Distribution.Fixed(0.08));

		Sensitivity.Tornado tornado = Sensitivity.of(BASE, uncertain, Strategy.SELF_HOSTED);

		assertThat(tornado.bars()).extracting(Sensitivity.Bar::swing)
			.isSortedAccordingTo((a, b) -> Double.compare(b, a));
		assertThat(tornado.bars().get(tornado.bars().size() - 1).input()).isEqualTo(UncertainInput.DISCOUNT_RATE);
		Sensitivity.Bar gpuPrice = tornado.bars()
			.stream()
			.filter(bar -> bar.input() == UncertainInput.GPU_PRICE_MULTIPLIER)
			.findFirst()
			.orElseThrow();
		// dearer GPUs, lower NPV of buying them
		assertThat(gpuPrice.npvAtHigh()).isLessThan(gpuPrice.npvAtLow());
	}

	@ParameterizedTest
	@EnumSource(UncertainInput.class)
	void apply_everyUncertainInputMovesTheProjection(UncertainInput input) {
		double[] values = switch (input) {
			case VOLUME_MULTIPLIER, THROUGHPUT_MULTIPLIER, GPU_PRICE_MULTIPLIER, ENERGY_PRICE_MULTIPLIER,
					STAFF_COST_MULTIPLIER ->
				new double[] { 0.5, 2 };
			case DEMAND_GROWTH_PER_MONTH -> new double[] { 0, 0.05 };
			case CURRENT_API_PRICE_DECLINE, CHEAPEST_API_PRICE_DECLINE -> new double[] { 0, 0.5 };
			case POWER_PRICE_CHANGE_PER_YEAR -> new double[] { -0.2, 0.3 };
			case PUE -> new double[] { 1.1, 1.8 };
			case PEAK_TO_AVERAGE -> new double[] { 1, 4 };
			case TARGET_UTILISATION -> new double[] { 0.3, 0.9 };
			case RESIDUAL_FRACTION -> new double[] { 0, 0.3 };
			case LEAD_TIME_MONTHS -> new double[] { 0, 6 };
			case OWN_SHARE -> new double[] { 0.1, 0.9 };
			case RENTED_GPU_HOURLY -> new double[] { 1, 4 };
			case DISCOUNT_RATE -> new double[] { 0, 0.2 };
		};

		assertThat(costAndWorthOfAllStrategies(input, values[0]))
			.isNotCloseTo(costAndWorthOfAllStrategies(input, values[1]), within(1.0));
	}

	/**
	 * Σ total cost of every strategy + Σ NPV of every move, with the input set to the
	 * value: moves when any line of any strategy, or the discounting, moves.
	 */
	private static double costAndWorthOfAllStrategies(UncertainInput input, double value) {
		ProjectionParameters parameters = ProjectionParameters.of(BASE);
		input.apply(parameters, value);
		ProjectionKernel kernel = new ProjectionKernel(BASE.horizonMonths());
		kernel.run(parameters, EnumSet.allOf(Strategy.class));
		double sum = 0;
		for (Strategy strategy : Strategy.values()) {
			sum += kernel.totalCost(strategy) + kernel.npv(strategy);
		}
		return sum;
	}

	private static Map<UncertainInput, Distribution> uncertain() {
		Map<UncertainInput, Distribution> uncertain = new LinkedHashMap<>();
		uncertain.put(UncertainInput.DEMAND_GROWTH_PER_MONTH, new Distribution.Triangular(-0.01, 0.01, 0.05));
		uncertain.put(UncertainInput.CURRENT_API_PRICE_DECLINE, new Distribution.Uniform(0.1, 0.6));
		uncertain.put(UncertainInput.THROUGHPUT_MULTIPLIER, new Distribution.LogNormal(1, 0.25));
		uncertain.put(UncertainInput.GPU_PRICE_MULTIPLIER, new Distribution.Normal(1, 0.1));
		return uncertain;
	}

	private static double mean(Distribution distribution, Well19937c random, int n) {
		double sum = 0;
		for (int i = 0; i < n; i++) {
			sum += distribution.sample(random);
		}
		return sum / n;
	}

}
