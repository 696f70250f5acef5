package com.breakeven.simulator.projection;

import java.util.Currency;

import org.junit.jupiter.api.Test;

import com.breakeven.tco.ApiPricing;
import com.breakeven.tco.ColocationBasis;
import com.breakeven.tco.Demand;
import com.breakeven.tco.Gpu;
import com.breakeven.tco.Hosting;
import com.breakeven.tco.Node;
import com.breakeven.tco.ThroughputMeasurement;
import com.breakeven.tco.Units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ProjectorTest {

	private static final Currency USD = Currency.getInstance("USD");

	/** $2 input, $8 output per million today, prices flat. */
	private static final ApiOption CURRENT = new ApiOption("current", ApiPricing.listPrices(USD, 2, 0, 8), 0);

	/** $0.50 input, $2 output per million. */
	private static final ApiOption CHEAPEST = new ApiOption("cheapest", ApiPricing.listPrices(USD, 0.5, 0, 2), 0);

	/** 1 billion input and 100 million output tokens a month, flat peak. */
	private static final Demand TODAY = new Demand(1e9, 0, 1e8, 1);

	/** One node: one $10,000 GPU drawing 100 W idle, 500 W busy, nothing else. */
	private static final Node NODE = new Node(new Gpu("test GPU", 80, 500, 100, 10_000), 1, 0, 0, 0, 0);

	/** 1,000 output tokens a second per node. */
	private static final ThroughputMeasurement MEASURED = new ThroughputMeasurement("m", "FP8", "vLLM", 8, 1000, 100,
			1000, null, null, null, null, null);

	/**
	 * $0.10 per kWh, PUE 1, $100 per provisioned kW-month, no staff, support or licences.
	 */
	private static final Hosting HOSTING = new Hosting(0.10, 1.0, ColocationBasis.PER_KW_MONTH, 100, 0, 0, 0, 0, 0);

	@Test
	void project_pricesEachStrategyMonthByMonthOnTheSameDemand() {
		Projection projection = Projector.project(inputs(TODAY, 3, NODE, 0.5));

		// API: 1,000 M input x $2 + 100 M output x $8 = $2,800 a month; cheapest $700
		assertThat(projection.of(Strategy.ALL_API).monthlyTotals()).containsExactly(0, 2800, 2800, 2800);
		assertThat(projection.of(Strategy.CHEAPEST_API).totalCost()).isCloseTo(2100, within(1e-9));
		// own: 100 M output / 2,629,800 s = 38.03 tokens/s at peak, one node at 80 % of
		// 1,000; utilisation 38.03 / 1,000 = 0.038025; watts 100 + 400 x 0.038025 =
		// 115.21; x 730.5 h / 1,000 = 84.16 kWh x $0.10 = $8.416; colocation 0.5 kW x
		// $100
		// = $50
		StrategyProjection own = projection.of(Strategy.SELF_HOSTED);
		double utilisation = 1e8 / Units.SECONDS_PER_MONTH / 1000;
		double power = (100 + 400 * utilisation) * Units.HOURS_PER_MONTH / 1000 * 0.10;
		assertThat(power).isCloseTo(8.416, within(0.001));
		assertThat(own.hardware()[0]).isEqualTo(10_000);
		assertThat(own.power()[1]).isCloseTo(power, within(1e-9));
		assertThat(own.colocation()[1]).isCloseTo(50, within(1e-9));
		// the node served 3 of its 36 months: book value 1 - 0.9 x 3/36 = 0.925 of
		// $10,000
		assertThat(own.bookValueAtEnd()).isCloseTo(9250, within(1e-9));
		assertThat(own.totalCost()).isCloseTo(10_000 + 3 * (power + 50) - 9250, within(1e-9));
		// hybrid: half on the node (utilisation halves), half on the cheapest API: $350
		StrategyProjection hybrid = projection.of(Strategy.HYBRID);
		assertThat(hybrid.api()[1]).isCloseTo(350, within(1e-9));
		assertThat(hybrid.power()[1]).isCloseTo((100 + 400 * utilisation / 2) * Units.HOURS_PER_MONTH / 1000 * 0.10,
				within(1e-9));
		// rented: 1 node x 1 GPU x 730.5 h x $2 = $1,461 a month
		assertThat(projection.of(Strategy.RENTED_GPUS).rental()[2]).isCloseTo(1461, within(1e-9));
		// the cheapest API leads from month 1 to the end
		assertThat(projection.ranking(1).get(0)).isEqualTo(Strategy.CHEAPEST_API);
		assertThat(projection.rankingChangeMonth()).isEmpty();
	}

	@Test
	void project_findsThePaybackAndTheMonthOwnHardwareTakesTheLead() {
		// 100 x the volume: API $280,000 a month, cheapest $70,000; peak 3,802.6 output
		// tokens/s needs 3,802.6 / 800 = 4.75 → 5 nodes; at $100,000 a GPU that is
		// $500,000
		// up front and about $300 a month of power and space
		Demand large = new Demand(1e11, 0, 1e10, 1);
		Node dear = new Node(new Gpu("dear GPU", 80, 500, 100, 100_000), 1, 0, 0, 0, 0);

		// rented GPUs not offered here (at $2 an hour they would lead from month 1)
		Projection projection = Projector.project(new ProjectionInputs(USD, 12, DemandPath.growing(large, 0), CURRENT,
				CHEAPEST, own(dear, Double.NaN), 0.5, 0.08));

		assertThat(projection.of(Strategy.SELF_HOSTED).nodesInService()[1]).isEqualTo(5);
		// cumulative against the current API: month 1 $500,3xx vs $280,000; month 2
		// $500,6xx vs $560,000
		assertThat(projection.paybackMonth(Strategy.SELF_HOSTED)).hasValue(2);
		// against the cheapest API ($70,000 a month) own hardware leads once 70,000 m >
		// 500,000 + ~300 m: month 8 ($560,000 vs $502,4xx)
		assertThat(projection.ranking(1).get(0)).isEqualTo(Strategy.CHEAPEST_API);
		assertThat(projection.rankingChangeMonth()).hasValue(8);
		assertThat(projection.ranking(8).get(0)).isEqualTo(Strategy.SELF_HOSTED);
		assertThat(projection.npvAgainstCurrentApi(Strategy.SELF_HOSTED)).isPositive();
	}

	@Test
	void project_apiPricesFallByTheirYearlyRateAndDemandGrows() {
		ApiOption falling = new ApiOption("falling", ApiPricing.listPrices(USD, 2, 0, 8), 0.36);
		ProjectionInputs inputs = new ProjectionInputs(USD, 13, DemandPath.growing(TODAY, 0.02), falling, CHEAPEST,
				own(NODE), 0.5, 0.08);

		StrategyProjection api = Projector.project(inputs).of(Strategy.ALL_API);

		// month 13: prices x (1 - 0.36)^(12/12) = 0.64; volume x 1.02^12 = 1.26824
		assertThat(api.api()[13]).isCloseTo(2800 * 0.64 * Math.pow(1.02, 12), within(1e-6));
		assertThat(api.api()[13]).isCloseTo(2272.69, within(0.01));
	}

	private static ProjectionInputs inputs(Demand today, int horizon, Node node, double ownShare) {
		return new ProjectionInputs(USD, horizon, DemandPath.growing(today, 0), CURRENT, CHEAPEST, own(node), ownShare,
				0.08);
	}

	/**
	 * 80 % target utilisation, 36-month life, 10 % residual, no lead time, $2 a GPU-hour
	 * rented.
	 */
	private static OwnHardware own(Node node) {
		return own(node, 2.0);
	}

	private static OwnHardware own(Node node, double rentedGpuHourly) {
		return new OwnHardware(node, MEASURED, HOSTING, 0.8, 36, 0.1, 0, 0, rentedGpuHourly);
	}

}
