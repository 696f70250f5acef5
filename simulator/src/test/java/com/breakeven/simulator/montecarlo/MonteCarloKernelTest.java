package com.breakeven.simulator.montecarlo;

import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.breakeven.simulator.projection.ApiOption;
import com.breakeven.simulator.projection.DemandPath;
import com.breakeven.simulator.projection.OwnHardware;
import com.breakeven.simulator.projection.Projection;
import com.breakeven.simulator.projection.ProjectionInputs;
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
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * The Monte Carlo runs the projection's own arithmetic on plain numbers: a trial whose
 * every input is fixed is the deterministic projection to the cent, and a drawn value
 * means what the same value entered in the records means.
 */
class MonteCarloKernelTest {

	private static final Currency USD = Currency.getInstance("USD");

	/** Money to the cent. */
	private static final double CENT = 0.005;

	private static final Set<Strategy> ALL = EnumSet.allOf(Strategy.class);

	/**
	 * 20 G input, 1 G cached, 4 G output and 0.5 G cache-write tokens a month, peak 2 ×
	 * average, growing 2 % a month, against GPT-4o-like prices with a 20 % batch share at
	 * half price and 5 % negotiated; 8 × H100 nodes at 80 % target utilisation, 48-month
	 * life, 10 % residual, 3 months' lead time, power 3 % dearer a year, rented at $2.99
	 * a GPU-hour, 30 % kept in-house in the hybrid, 8 % cost of capital.
	 */
	private static final ProjectionInputs BASE = new ProjectionInputs(USD, 36,
			DemandPath.growing(new Demand(20e9, 1e9, 4e9, 2, 0.5e9), 0.02),
			new ApiOption("openai/gpt-4o", new ApiPricing(USD, 2.5, 1.25, 10, 0.2, 0.5, 0.05, 3.125), 0.3),
			new ApiOption("deepseek/deepseek-chat", ApiPricing.listPrices(USD, 0.27, 0.07, 1.1), 0.25),
			new OwnHardware(new Node(new Gpu("H100 SXM5 80GB", 80, 700, 70, 27_500), 8, 50_000, 24_000, 5_000, 4_600),
					new ThroughputMeasurement("llama-3.3-70b", "FP8", "vLLM", 64, 1000, 200, 4000, 24_000d, 350d, 800d,
							30d, 40d),
					new Hosting(0.0895, 1.58, ColocationBasis.PER_KW_MONTH, 184.06, 0, 0.1, 200_000, 0.08, 120), 0.8,
					48, 0.1, 3, 0.03, 2.99),
			0.3, 0.08);

	@Test
	void run_atZeroVarianceEveryTrialOfEveryStrategyIsTheDeterministicProjectionToTheCent() {
		Map<UncertainInput, Distribution> fixedAtBase = new EnumMap<>(UncertainInput.class);
		for (UncertainInput input : UncertainInput.values()) {
			fixedAtBase.put(input, new Distribution.Fixed(baseValue(input)));
		}

		MonteCarloResult result = MonteCarlo.run(BASE, fixedAtBase, ALL, 300, 11);

		assertTrialsAreTheProjection(result, Projector.project(BASE));
	}

	/**
	 * Each input fixed away from its base value (multipliers × 1.3 or 0.7, rates moved),
	 * against the records built with that value as a user would enter it: the parameter
	 * path and the record path are one definition of what each input means.
	 */
	@ParameterizedTest
	@EnumSource(UncertainInput.class)
	void run_aFixedDrawMeansWhatTheSameValueInTheRecordsMeans(UncertainInput input) {
		double value = movedValue(input);

		MonteCarloResult result = MonteCarlo.run(BASE, Map.of(input, new Distribution.Fixed(value)), ALL, 3, 5);

		assertTrialsAreTheProjection(result, Projector.project(withValue(BASE, input, value)));
	}

	@Test
	void run_givesTheSameTrialsWhateverTheNumberOfCores() throws Exception {
		Map<UncertainInput, Distribution> uncertain = Map.of(UncertainInput.DEMAND_GROWTH_PER_MONTH,
				new Distribution.Triangular(0, 0.02, 0.06), UncertainInput.THROUGHPUT_MULTIPLIER,
				new Distribution.LogNormal(1, 0.2), UncertainInput.GPU_PRICE_MULTIPLIER,
				new Distribution.Normal(1, 0.1));

		MonteCarloResult oneCore = inPool(1, () -> MonteCarlo.run(BASE, uncertain, ALL, 2_000, 42));
		MonteCarloResult fourCores = inPool(4, () -> MonteCarlo.run(BASE, uncertain, ALL, 2_000, 42));

		for (Strategy strategy : oneCore.strategies()) {
			assertThat(fourCores.npv().get(strategy)).containsExactly(oneCore.npv().get(strategy));
			assertThat(fourCores.paybackMonth().get(strategy)).containsExactly(oneCore.paybackMonth().get(strategy));
			assertThat(fourCores.totalCost().get(strategy)).containsExactly(oneCore.totalCost().get(strategy));
		}
		assertThat(fourCores.currentApiTotalCost()).containsExactly(oneCore.currentApiTotalCost());
	}

	@Test
	void run_refusesADrawOutsideTheInputsRangeNamingTheInput() {
		// a normal GPU price of sd 2 × the catalogue's draws negative prices
		Map<UncertainInput, Distribution> wild = Map.of(UncertainInput.GPU_PRICE_MULTIPLIER,
				new Distribution.Normal(1, 2));

		assertThatIllegalArgumentException().isThrownBy(() -> MonteCarlo.run(BASE, wild, ALL, 1_000, 1))
			.withMessageStartingWith("GPU price (× catalogue): GPU price factor must be >= 0, was -");
	}

	private static void assertTrialsAreTheProjection(MonteCarloResult result, Projection projection) {
		for (int trial = 0; trial < result.trials(); trial++) {
			assertThat(result.currentApiTotalCost()[trial]).isCloseTo(projection.of(Strategy.ALL_API).totalCost(),
					within(CENT));
			for (Strategy strategy : result.strategies()) {
				assertThat(result.npv().get(strategy)[trial]).as("%s NPV", strategy)
					.isCloseTo(projection.npv(strategy), within(CENT));
				assertThat(result.totalCost().get(strategy)[trial]).as("%s total cost", strategy)
					.isCloseTo(projection.of(strategy).totalCost(), within(CENT));
				OptionalInt payback = projection.paybackMonth(strategy);
				assertThat(result.paybackMonth().get(strategy)[trial]).as("%s payback", strategy)
					.isEqualTo(payback.isPresent() ? payback.getAsInt() : MonteCarloResult.NEVER);
			}
		}
		// every strategy projected, and one of them pays back, so the check has teeth
		assertThat(result.strategies()).containsExactlyInAnyOrder(Strategy.CHEAPEST_API, Strategy.SELF_HOSTED,
				Strategy.HYBRID, Strategy.RENTED_GPUS);
		assertThat(result.probabilityOfPayback(Strategy.SELF_HOSTED)).isEqualTo(1.0);
	}

	private static MonteCarloResult inPool(int cores, java.util.concurrent.Callable<MonteCarloResult> run)
			throws Exception {
		ForkJoinPool pool = new ForkJoinPool(cores);
		try {
			return pool.submit(run).get();
		}
		finally {
			pool.shutdown();
		}
	}

	/** The value BASE holds (1 for a multiplier). */
	private static double baseValue(UncertainInput input) {
		OwnHardware own = BASE.own();
		return switch (input) {
			case VOLUME_MULTIPLIER, THROUGHPUT_MULTIPLIER, GPU_PRICE_MULTIPLIER, ENERGY_PRICE_MULTIPLIER,
					STAFF_COST_MULTIPLIER ->
				1;
			case DEMAND_GROWTH_PER_MONTH -> BASE.demand().growthPerMonth();
			case CURRENT_API_PRICE_DECLINE -> BASE.currentApi().priceDeclinePerYear();
			case CHEAPEST_API_PRICE_DECLINE -> BASE.cheapestApi().priceDeclinePerYear();
			case POWER_PRICE_CHANGE_PER_YEAR -> own.powerPriceChangePerYear();
			case PUE -> own.hosting().pue();
			case PEAK_TO_AVERAGE -> BASE.demand().today().peakToAverage();
			case TARGET_UTILISATION -> own.targetUtilisation();
			case RESIDUAL_FRACTION -> own.residualFraction();
			case LEAD_TIME_MONTHS -> own.leadTimeMonths();
			case OWN_SHARE -> BASE.ownShare();
			case RENTED_GPU_HOURLY -> own.rentedGpuHourly();
			case DISCOUNT_RATE -> BASE.annualDiscountRate();
		};
	}

	/** A value away from the base that still lets self-hosting pay back. */
	private static double movedValue(UncertainInput input) {
		return switch (input) {
			case VOLUME_MULTIPLIER, STAFF_COST_MULTIPLIER, ENERGY_PRICE_MULTIPLIER -> 1.3;
			case THROUGHPUT_MULTIPLIER, GPU_PRICE_MULTIPLIER -> 0.7;
			case DEMAND_GROWTH_PER_MONTH -> 0.05;
			case CURRENT_API_PRICE_DECLINE, CHEAPEST_API_PRICE_DECLINE -> 0.45;
			case POWER_PRICE_CHANGE_PER_YEAR -> 0.12;
			case PUE -> 1.2;
			case PEAK_TO_AVERAGE -> 3.5;
			case TARGET_UTILISATION -> 0.55;
			case RESIDUAL_FRACTION -> 0.25;
			case LEAD_TIME_MONTHS -> 5.4;
			case OWN_SHARE -> 0.65;
			case RENTED_GPU_HOURLY -> 1.75;
			case DISCOUNT_RATE -> 0.15;
		};
	}

	/** The records with the input set to the value, as a user would enter them. */
	private static ProjectionInputs withValue(ProjectionInputs in, UncertainInput input, double v) {
		DemandPath demand = in.demand();
		Demand today = demand.today();
		ApiOption current = in.currentApi();
		ApiOption cheapest = in.cheapestApi();
		OwnHardware o = in.own();
		Node n = o.node();
		Gpu g = n.gpu();
		Hosting h = o.hosting();
		ThroughputMeasurement m = o.measurement();
		double share = in.ownShare();
		double discount = in.annualDiscountRate();
		switch (input) {
			case VOLUME_MULTIPLIER -> demand = new DemandPath(today.scaledBy(v), demand.growthPerMonth(), null);
			case DEMAND_GROWTH_PER_MONTH -> demand = DemandPath.growing(today, v);
			case PEAK_TO_AVERAGE -> demand = DemandPath.growing(today.withPeakToAverage(v), demand.growthPerMonth());
			case CURRENT_API_PRICE_DECLINE -> current = new ApiOption(current.name(), current.pricing(), v);
			case CHEAPEST_API_PRICE_DECLINE -> cheapest = new ApiOption(cheapest.name(), cheapest.pricing(), v);
			case THROUGHPUT_MULTIPLIER -> m = new ThroughputMeasurement(m.model(), m.quantisation(), m.engine(),
					m.concurrency(), m.inputTokens(), m.outputTokens(), m.outputTokensPerSecond() * v,
					m.totalTokensPerSecond() * v, m.ttftP50Ms(), m.ttftP99Ms(), m.itlP50Ms(), m.itlP99Ms());
			case GPU_PRICE_MULTIPLIER ->
				n = new Node(new Gpu(g.name(), g.memoryGb(), g.tdpWatts(), g.idleWatts(), g.unitPrice() * v),
						n.gpusPerNode(), n.chassisCapex(), n.networkingCapex(), n.installationCapex(),
						n.overheadWatts());
			case ENERGY_PRICE_MULTIPLIER, PUE, STAFF_COST_MULTIPLIER ->
				h = new Hosting(h.pricePerKwh() * ((input == UncertainInput.ENERGY_PRICE_MULTIPLIER) ? v : 1),
						(input == UncertainInput.PUE) ? v : h.pue(), h.colocationBasis(), h.colocationPrice(),
						h.rackPowerKw(), h.staffFtePerNode(),
						h.staffLoadedCostPerYear() * ((input == UncertainInput.STAFF_COST_MULTIPLIER) ? v : 1),
						h.supportFractionOfCapexPerYear(), h.softwarePerNodePerYear());
			case OWN_SHARE -> share = v;
			case DISCOUNT_RATE -> discount = v;
			default -> {
			}
		}
		OwnHardware own = new OwnHardware(n, m, h,
				(input == UncertainInput.TARGET_UTILISATION) ? v : o.targetUtilisation(), o.lifeMonths(),
				(input == UncertainInput.RESIDUAL_FRACTION) ? v : o.residualFraction(),
				(input == UncertainInput.LEAD_TIME_MONTHS) ? (int) Math.round(v) : o.leadTimeMonths(),
				(input == UncertainInput.POWER_PRICE_CHANGE_PER_YEAR) ? v : o.powerPriceChangePerYear(),
				(input == UncertainInput.RENTED_GPU_HOURLY) ? v : o.rentedGpuHourly());
		return new ProjectionInputs(in.currency(), in.horizonMonths(), demand, current, cheapest, own, share, discount);
	}

}
