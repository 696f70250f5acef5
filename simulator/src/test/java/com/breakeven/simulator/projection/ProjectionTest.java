package com.breakeven.simulator.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Currency;

import org.junit.jupiter.api.Test;

import com.breakeven.tco.ApiPricing;
import com.breakeven.tco.BreakEven;
import com.breakeven.tco.ColocationBasis;
import com.breakeven.tco.Demand;
import com.breakeven.tco.Formulas;
import com.breakeven.tco.Gpu;
import com.breakeven.tco.Hosting;
import com.breakeven.tco.Irr;
import com.breakeven.tco.Node;
import com.breakeven.tco.Payback;
import com.breakeven.tco.ThroughputMeasurement;

/**
 * The measures of each strategy, worked by hand on a projection small enough to add up.
 */
class ProjectionTest {

	private static final Currency USD = Currency.getInstance("USD");

	/** Money to the cent. */
	private static final double CENT = 0.005;

	/** Token volumes to a token. */
	private static final double ONE_TOKEN = 1.0;

	/** $2 per million output tokens: 2,000.00 a month for a billion. */
	private static final ApiOption CURRENT = new ApiOption("current", ApiPricing.listPrices(USD, 0, 0, 2), 0);

	/** $1 per million output tokens: 1,000.00 a month for a billion. */
	private static final ApiOption CHEAPEST = new ApiOption("cheapest", ApiPricing.listPrices(USD, 0, 0, 1), 0);

	/** A billion output tokens a month, flat, no growth. */
	private static final DemandPath FLAT = DemandPath.growing(new Demand(0, 0, 1e9, 1), 0);

	/**
	 * One GPU for 12,000 drawing 1 kW idle or busy (power is free here), nothing else.
	 */
	private static final Node NODE = new Node(new Gpu("test GPU", 80, 1000, 1000, 12_000), 1, 0, 0, 0, 0);

	/** 600 output tokens/s: 1,577,880,000 tokens a month at 100 %. */
	private static final ThroughputMeasurement AT_600 = ThroughputMeasurement.throughputOnly("m", "FP8", "vLLM", 8, 100,
			100, 600, null);

	/** Free power, $100 per provisioned kW-month, no staff, support or licences. */
	private static final Hosting SPACE_ONLY = new Hosting(0, 1, ColocationBasis.PER_KW_MONTH, 100, 0, 0, 0, 0, 0);

	@Test
	void measures_selfHostedWorkedByHand() {
		Projection projection = Projector.project(inputs(0, CHEAPEST));

		StrategyMeasures own = projection.measures(Strategy.SELF_HOSTED);

		// one node (1e9 < 1.578e9 tokens) bought up front for 12,000; running 1 kW × $100
		// = 100.00 a month; it saves 2,000 − 100 = 1,900.00 a month against the current
		// API
		assertThat(own.upfrontCapex()).isCloseTo(12_000, within(CENT));
		assertThat(own.capex()).isCloseTo(12_000, within(CENT));
		assertThat(own.opexMonth()).isEqualTo(1);
		assertThat(own.monthlyOpex()).isCloseTo(100, within(CENT));
		// cumulative −12,000 + 1,900 m: −600 after 6 months, +1,300 after 7
		assertThat(own.payback()).isEqualTo(Payback.inMonth(7));
		// book value after 12 of 36 months, 10 % residual: 1 − 0.9 × 12/36 = 0.7 × 12,000
		// = 8,400; at a 0 % cost of capital NPV = −12,000 + 12 × 1,900 + 8,400 = 19,200
		assertThat(own.npv()).isCloseTo(19_200, within(CENT));
		// total cost 12,000 + 12 × 100 − 8,400 = 4,800 over 12,000 M tokens = 0.40 per M
		assertThat(own.costPerMillionTokens()).isCloseTo(0.40, within(1e-9));
		// IRR of −12,000, 1,900 × 11, 1,900 + 8,400: cross-check NPV at it is zero
		assertThat(own.irr()).isInstanceOfSatisfying(Irr.Rate.class, rate -> {
			double[] flows = new double[13];
			java.util.Arrays.fill(flows, 1, 13, 1_900);
			flows[0] = -12_000;
			flows[12] += 8_400;
			assertThat(Formulas.npv(rate.monthly(), flows)).isCloseTo(0, within(1e-6));
		});
		// idle node-month: capital (12,000 − 1,200) ÷ 36 = 300 + space 100 = 400; against
		// $2 per M they meet at 400 ÷ 2e-6 = 200 M tokens, well inside the first node's
		// 1,578 M, and two nodes (800 ÷ 2e-6 = 400 M) are below the second step's start
		assertThat(own.breakEvenVsCurrentApi()).isInstanceOfSatisfying(BreakEven.AtVolume.class, at -> {
			assertThat(at.monthlyTokens()).isCloseTo(2e8, within(ONE_TOKEN));
			assertThat(at.nodes()).isEqualTo(1);
		});
		// against $1 per M: 400 ÷ 1e-6 = 400 M tokens
		assertThat(own.breakEvenVsCheapestApi()).isInstanceOfSatisfying(BreakEven.AtVolume.class,
				at -> assertThat(at.monthlyTokens()).isCloseTo(4e8, within(ONE_TOKEN)));
	}

	@Test
	void measures_npvAtZeroRateIsTheSumOfTheSavings() {
		Projection projection = Projector.project(inputs(0, CHEAPEST));

		// independent cross-check: cumulative cost of the current API minus the
		// strategy's total cost (book value deducted) = 24,000 − 4,800 = 19,200
		double undiscounted = projection.of(Strategy.ALL_API).totalCost()
				- projection.of(Strategy.SELF_HOSTED).totalCost();
		assertThat(projection.npv(Strategy.SELF_HOSTED)).isCloseTo(undiscounted, within(CENT));
		assertThat(undiscounted).isCloseTo(19_200, within(CENT));
	}

	@Test
	void measures_cheapestApiPaysBackAtOnceAndHasNoBreakEven() {
		StrategyMeasures cheapest = Projector.project(inputs(0, CHEAPEST)).measures(Strategy.CHEAPEST_API);

		// saves 1,000.00 from month 1 with nothing invested: NPV at 0 % = 12 × 1,000
		assertThat(cheapest.payback()).isEqualTo(Payback.inMonth(1));
		assertThat(cheapest.npv()).isCloseTo(12_000, within(CENT));
		assertThat(cheapest.costPerMillionTokens()).isCloseTo(1.00, within(1e-9));
		assertThat(cheapest.capex()).isZero();
		assertThat(cheapest.irr()).isInstanceOf(Irr.Undefined.class);
		assertThat(cheapest.breakEvenVsCurrentApi()).isInstanceOfSatisfying(BreakEven.Never.class,
				never -> assertThat(never.reason()).startsWith("not applicable: an API strategy buys no hardware"));
	}

	@Test
	void payback_aCheapestApiThatIsTheCurrentModelIsNotAMove() {
		ApiOption sameModel = new ApiOption("current", ApiPricing.listPrices(USD, 0, 0, 2), 0);

		Projection projection = Projector.project(inputs(0, sameModel));

		// its flows are all zero: formerly "payback month 1"
		assertThat(projection.payback(Strategy.CHEAPEST_API)).isInstanceOfSatisfying(Payback.Never.class, never -> {
			assertThat(never.why()).isEqualTo(Payback.Why.NOT_A_MOVE);
			assertThat(never.reason())
				.isEqualTo("not a move: the cheapest adequate API (current) is what the workload runs on today");
		});
		assertThat(projection.paybackMonth(Strategy.CHEAPEST_API)).isEmpty();
		assertThat(projection.payback(Strategy.ALL_API)).isInstanceOfSatisfying(Payback.Never.class,
				never -> assertThat(never.why()).isEqualTo(Payback.Why.NOT_A_MOVE));
		assertThat(projection.npv(Strategy.ALL_API)).isZero();
	}

	@Test
	void payback_isDelayedByTheLeadTime() {
		Projection projection = Projector.project(inputs(2, CHEAPEST));

		// paid at month 0, serving from month 3: months 1–2 stay on the current API (no
		// saving), then 1,900 a month: −12,000 + 1,900 × 7 = +1,300 in month 9
		StrategyMeasures own = projection.measures(Strategy.SELF_HOSTED);
		assertThat(own.payback()).isEqualTo(new Payback.InMonth(9, 2));
		assertThat(own.payback().reason())
			.isEqualTo("pays back in month 9, delayed by the 2-month lead time before the hardware serves");
		assertThat(projection.of(Strategy.SELF_HOSTED).api()[1]).isCloseTo(2_000, within(CENT));
		assertThat(projection.of(Strategy.SELF_HOSTED).nodesInService()[3]).isEqualTo(1);
		assertThat(own.opexMonth()).isEqualTo(3);
		assertThat(own.monthlyOpex()).isCloseTo(100, within(CENT));
		// the node served 10 months: book value 1 − 0.9 × 10/36 = 0.75 × 12,000 = 9,000;
		// NPV = −12,000 + 10 × 1,900 + 9,000 = 16,000
		assertThat(own.npv()).isCloseTo(16_000, within(CENT));
	}

	@Test
	void measures_hybridBreakEvenCountsTheShareOnTheCheapestApi() {
		Projection projection = Projector.project(inputs(0, CHEAPEST));

		// half in-house: against $2 on all traffic, the in-house half competes with
		// (2 − 0.5 × 1) ÷ 0.5 = $3 per M, so it meets 400 a node-month at 400 ÷ 3e-6 =
		// 133,333,333 in-house tokens, i.e. 266,666,667 in all
		assertThat(projection.measures(Strategy.HYBRID).breakEvenVsCurrentApi()).isInstanceOfSatisfying(
				BreakEven.AtVolume.class, at -> assertThat(at.monthlyTokens()).isCloseTo(8e8 / 3, within(ONE_TOKEN)));
		// cross-check at that volume: hybrid month = 400 + 0.5 × (8e8 ÷ 3) × 1e-6 =
		// 533.33 = all on the current API: (8e8 ÷ 3) × 2e-6
		assertThat(400 + 0.5 * (8e8 / 3) * 1e-6).isCloseTo((8e8 / 3) * 2e-6, within(CENT));
		assertThat(projection.measures()).containsOnlyKeys(Strategy.ALL_API, Strategy.CHEAPEST_API,
				Strategy.SELF_HOSTED, Strategy.HYBRID);
	}

	@Test
	void measures_rentedGpusBreakEvenOnTheRentalStep() {
		OwnHardware rentable = new OwnHardware(NODE, AT_600, SPACE_ONLY, 1.0, 36, 0.1, 0, 0, 1.0);
		Projection projection = Projector
			.project(new ProjectionInputs(USD, 12, FLAT, CURRENT, CHEAPEST, rentable, 0.5, 0));

		StrategyMeasures rented = projection.measures(Strategy.RENTED_GPUS);

		// a rented node: 1 GPU × 730.5 h × $1 = 730.50 a month, no staff; against $2 per
		// M
		// they meet at 730.5 ÷ 2e-6 = 365,250,000 tokens (1 node), against $1 per M at
		// 730,500,000; the second step (1,461 ÷ 2e-6 = 730.5 M) starts at 1,578 M, past
		// it
		assertThat(rented.breakEvenVsCurrentApi()).isInstanceOfSatisfying(BreakEven.AtVolume.class,
				at -> assertThat(at.monthlyTokens()).isCloseTo(3.6525e8, within(ONE_TOKEN)));
		assertThat(rented.breakEvenVsCheapestApi()).isInstanceOfSatisfying(BreakEven.AtVolume.class,
				at -> assertThat(at.monthlyTokens()).isCloseTo(7.305e8, within(ONE_TOKEN)));
		// nothing bought; opex = the rental; cross-check: NPV at 0 % = 12 × (2,000 −
		// 730.50)
		assertThat(rented.capex()).isZero();
		assertThat(rented.monthlyOpex()).isCloseTo(730.50, within(CENT));
		assertThat(rented.npv()).isCloseTo(12 * (2_000 - 730.50), within(CENT));
		assertThat(rented.payback()).isEqualTo(Payback.inMonth(1));
	}

	private static ProjectionInputs inputs(int leadTimeMonths, ApiOption cheapest) {
		// 100 % target utilisation, 36-month life, 10 % residual, power flat, no renting
		OwnHardware own = new OwnHardware(NODE, AT_600, SPACE_ONLY, 1.0, 36, 0.1, leadTimeMonths, 0, Double.NaN);
		return new ProjectionInputs(USD, 12, FLAT, CURRENT, cheapest, own, 0.5, 0);
	}

}
