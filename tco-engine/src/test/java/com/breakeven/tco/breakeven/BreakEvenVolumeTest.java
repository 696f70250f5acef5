package com.breakeven.tco.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import com.breakeven.tco.ApiPricing;
import com.breakeven.tco.BreakEven;
import com.breakeven.tco.Capacity;
import com.breakeven.tco.ColocationBasis;
import com.breakeven.tco.Demand;
import com.breakeven.tco.Finance;
import com.breakeven.tco.Gpu;
import com.breakeven.tco.Hosting;
import com.breakeven.tco.Node;
import com.breakeven.tco.Payback;
import com.breakeven.tco.ReferenceScenario;
import com.breakeven.tco.ThroughputMeasurement;
import com.breakeven.tco.api.ApiCost;
import com.breakeven.tco.capacity.CapacityPlanner;
import com.breakeven.tco.finance.PaybackPeriod;
import com.breakeven.tco.selfhosted.SelfHostedCost;

class BreakEvenVolumeTest {

	/** Token volumes are checked to a token. */
	private static final double ONE_TOKEN = 1.0;

	/** Money to the cent. */
	private static final double CENT = 0.005;

	/** A one-GPU node bought for 36,000 that draws no priced power. */
	private static final Node STEP_NODE = new Node(new Gpu("step GPU", 80, 700, 700, 36_000), 1, 0, 0, 0, 0);

	/** No electricity price, space, staff, support or licences: only capital. */
	private static final Hosting CAPITAL_ONLY = new Hosting(0, 1, ColocationBasis.PER_KW_MONTH, 0, 0, 0, 0, 0, 0);

	/**
	 * 3-year life, no residual, capital free: capital recovery = 36,000 ÷ 36 = 1,000 a
	 * month a node.
	 */
	private static final Finance STRAIGHT = new Finance(ReferenceScenario.USD, 3, 0, 0, 36);

	/** Output tokens only, flat (peak = average). */
	private static final Demand OUTPUT_ONLY = new Demand(0, 0, 1e9, 1);

	/**
	 * 600 output tokens/s a node: 600 × 2,629,800 s = 1,577,880,000 tokens a month at 100
	 * %.
	 */
	private static final ThroughputMeasurement AT_600 = ThroughputMeasurement.throughputOnly("m", "FP8", "vLLM", 8, 100,
			100, 600, null);

	/** $1 per million output tokens. */
	private static final ApiPricing ONE_DOLLAR = ApiPricing.listPrices(ReferenceScenario.USD, 0, 0, 1);

	@Test
	void monthlyVolume_accountsForTheSecondNodeStep() {
		BreakEven breakEven = BreakEvenVolume.monthlyVolume(ONE_DOLLAR, OUTPUT_ONLY, STEP_NODE, AT_600, 1.0,
				CAPITAL_ONLY, STRAIGHT);

		// own n nodes = 1,000 n a month; API = $1 per 10^6 tokens, so they meet at n ×
		// 10^9
		// tokens. One node serves c = 1,577,880,000 tokens a month.
		// step 1 (0, 1.578e9]: own dearer below 1.0e9
		// step 2 (1.578e9, 3.156e9]: 2,000 vs 1,578 at its start, dearer below 2.0e9
		// step 3 (3.156e9, 4.734e9]: 3,000 < 3,156 already at its start: never dearer
		// and later steps neither: n ≥ m c ÷ (m c − f) = 1,577.88 ÷ 577.88 = 2.73
		// → V* = 2,000,000,000 tokens a month on 2 nodes (the old rule said 1e9 on 1)
		assertThat(breakEven).isInstanceOfSatisfying(BreakEven.AtVolume.class, at -> {
			assertThat(at.monthlyTokens()).isCloseTo(2e9, within(ONE_TOKEN));
			assertThat(at.nodes()).isEqualTo(2);
		});
		// the old answer was wrong: at 1.6e9 tokens (past 1e9) two nodes are needed and
		// own hardware costs 2,000.00 against the API's 1,600.00
		assertThat(ownMonthly(1.6e9)).isCloseTo(2_000.00, within(CENT));
		assertThat(apiMonthly(1.6e9)).isCloseTo(1_600.00, within(CENT));
		// independent cross-check with the calculators: no dearer at every volume from
		// V* to 20 × V* in steps of 10 million tokens, dearer just below V*
		for (double volume = 2e9; volume <= 40e9; volume += 1e7) {
			assertThat(ownMonthly(volume)).as("own at %.0f", volume).isLessThanOrEqualTo(apiMonthly(volume) + CENT);
		}
		assertThat(ownMonthly(1.99e9)).isGreaterThan(apiMonthly(1.99e9));
	}

	@Test
	void monthlyVolume_saysItAlternatesWhenAFullNodeSavesAlmostNothing() {
		// break-even per step at n × 1,000 ÷ m; with m × c only 1,000.005 a node, a step
		// n is dearer at its start while 1,000 n > 1,000.005 (n − 1), up to n = 200,001
		double pricePerMillion = 1_000.005 / 1_577.88;

		BreakEven breakEven = BreakEvenVolume.monthlyVolume(pricePerMillion, OUTPUT_ONLY, STEP_NODE, AT_600, 1.0,
				CAPITAL_ONLY, STRAIGHT);

		assertThat(breakEven).isInstanceOfSatisfying(BreakEven.Never.class,
				never -> assertThat(never.reason()).startsWith("own hardware alternates: up to 100,000 nodes it turns"
						+ " dearer than the API again just past each node step"));
	}

	@Test
	void rentedMonthlyVolume_climbsFourNodeSteps() {
		// rented node: 1 GPU × 730.5 h × $1 = 730.50 a month, no staff; API $0.60 per
		// million → they meet at n × 730.5 ÷ 0.6e-6 = n × 1.2175e9 tokens
		// step 1 (0, 1.578e9]: meet 1.2175e9; step 2 (1.578e9, 3.156e9]: 2.435e9;
		// step 3 (3.156e9, 4.734e9]: 3.6525e9; step 4 (4.734e9, 6.312e9]: 4.87e9;
		// step 5 starts at 6.3115e9 > 6.0875e9: never dearer (n ≥ 946.728 ÷ 216.228 =
		// 4.38)
		BreakEven breakEven = BreakEvenVolume.rentedMonthlyVolume(0.60, OUTPUT_ONLY, STEP_NODE, AT_600, 1.0, 1.0,
				CAPITAL_ONLY, ReferenceScenario.USD);

		assertThat(breakEven).isInstanceOfSatisfying(BreakEven.AtVolume.class, at -> {
			assertThat(at.monthlyTokens()).isCloseTo(4.87e9, within(ONE_TOKEN));
			assertThat(at.nodes()).isEqualTo(4);
		});
		// cross-check at 4.8e9 (4 nodes, 2,922.00 rented vs 2,880.00 API: still dearer)
		// and at 6.32e9 (5 nodes, 3,652.50 vs 3,792.00)
		assertThat(SelfHostedCost.rentalCost(STEP_NODE, 4, 1.0)).isCloseTo(2_922.00, within(CENT));
		assertThat(CapacityPlanner.nodesRequired(OUTPUT_ONLY.scaledTo(4.8e9), AT_600, 1.0).nodes()).isEqualTo(4);
		assertThat(CapacityPlanner.nodesRequired(OUTPUT_ONLY.scaledTo(6.32e9), AT_600, 1.0).nodes()).isEqualTo(5);
	}

	private static double ownMonthly(double volume) {
		Demand demand = OUTPUT_ONLY.scaledTo(volume);
		Capacity capacity = CapacityPlanner.nodesRequired(demand, AT_600, 1.0);
		return SelfHostedCost.monthlyCost(STEP_NODE, capacity.nodes(), capacity.utilisation(), CAPITAL_ONLY, STRAIGHT)
			.total();
	}

	private static double apiMonthly(double volume) {
		return ApiCost.monthlyCost(ONE_DOLLAR, OUTPUT_ONLY.scaledTo(volume)).total();
	}

	@Test
	void monthlyVolumeToPayBackWithin_enterpriseVolumeFor200kDeployment() {
		// $200,000 capex, $50,000 a year of operations = 4,166.67 a month, $5 per million
		// blended, 24 months:
		// (200,000 ÷ 24 + 4,166.67) ÷ 5 × 10^6 = (8,333.33 + 4,166.67) ÷ 5 × 10^6 =
		// 2,500,000,000 tokens a month
		double volume = BreakEvenVolume.monthlyVolumeToPayBackWithin(24, 200_000, 50_000.0 / 12, 5.0);

		assertThat(volume).isCloseTo(2.5e9, within(1.0));
		// cross-check: at that volume savings are 12,500 − 4,166.67 = 8,333.33 a month →
		// paid back in month 24
		double[] capital = new double[37];
		double[] running = new double[37];
		double[] avoided = new double[37];
		capital[0] = 200_000;
		java.util.Arrays.fill(running, 1, 37, 50_000.0 / 12);
		java.util.Arrays.fill(avoided, 1, 37, volume / 1e6 * 5.0);
		assertThat(PaybackPeriod.paybackMonth(ReferenceScenario.USD, capital, running, avoided, 0))
			.isEqualTo(Payback.inMonth(24));
	}

	@Test
	void monthlyVolume_ofTheReferenceScenarioIsWhereBothSidesCostTheSame() {
		BreakEven breakEven = BreakEvenVolume.monthlyVolume(ReferenceScenario.GPT_4O, ReferenceScenario.DEMAND,
				ReferenceScenario.HGX_H100, ReferenceScenario.AT_64, 0.8, ReferenceScenario.COLO_VIRGINIA,
				ReferenceScenario.FINANCE);

		// API: a = 90,000 ÷ 24e9 = $3.75 per million. One node idle: capital 6,726.69 +
		// idle power 533.03 +
		// colocation 1,877.41 + staff 1,666.67 + support 1,993.33 = 12,797.13. Power per
		// token above idle:
		// 8 × 630 W ÷ 63,115.2 M tokens at full load × 1.58 × 730.5 × 0.0895 = $0.0082489
		// per million.
		// V = 12,797.13 ÷ (3.75 − 0.0082489) × 10^6 = 3,420,090,975 tokens a month,
		// within one node's 25.2 billion.
		assertThat(breakEven).isInstanceOfSatisfying(BreakEven.AtVolume.class, at -> {
			assertThat(at.monthlyTokens()).isCloseTo(3_420_090_975.1, within(1.0));
			assertThat(at.nodes()).isEqualTo(1);
			// independent cross-check: price both sides at that volume with the
			// calculators
			Demand atBreakEven = ReferenceScenario.DEMAND.scaledTo(at.monthlyTokens());
			Capacity capacity = CapacityPlanner.nodesRequired(atBreakEven, ReferenceScenario.AT_64, 0.8);
			double selfHosted = SelfHostedCost
				.monthlyCost(ReferenceScenario.HGX_H100, capacity.nodes(), capacity.utilisation(),
						ReferenceScenario.COLO_VIRGINIA, ReferenceScenario.FINANCE)
				.total();
			assertThat(ApiCost.monthlyCost(ReferenceScenario.GPT_4O, atBreakEven).total()).isCloseTo(selfHosted,
					within(0.005));
		});
	}

	@Test
	void monthlyVolume_neverWhenTheApiIsCheaperThanAFullNode() {
		// at $0.10 per million, one node at the most it serves (25.2 billion tokens a
		// month): (12,797.13 idle +
		// 208.25 power) ÷ 25,246.08 M = 0.5151 per million, five times the API; both at
		// two decimals, which tell 0.52 from 0.10
		ApiPricing cheap = ApiPricing.listPrices(ReferenceScenario.USD, 0.10, 0.05, 0.10);

		BreakEven breakEven = BreakEvenVolume.monthlyVolume(cheap, ReferenceScenario.DEMAND, ReferenceScenario.HGX_H100,
				ReferenceScenario.AT_64, 0.8, ReferenceScenario.COLO_VIRGINIA, ReferenceScenario.FINANCE);

		assertThat(breakEven).isInstanceOfSatisfying(BreakEven.Never.class,
				never -> assertThat(never.reason())
					.isEqualTo("even at the most one node serves (80 % of its throughput at"
							+ " peak), a full node costs 0.52 USD per million tokens, more than the API's price today,"
							+ " 0.10 USD per million tokens (blended over the workload's token mix)"));
	}

}
