package com.breakeven.tco.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import com.breakeven.tco.ApiPricing;
import com.breakeven.tco.BreakEven;
import com.breakeven.tco.Capacity;
import com.breakeven.tco.Demand;
import com.breakeven.tco.Payback;
import com.breakeven.tco.ReferenceScenario;
import com.breakeven.tco.api.ApiCost;
import com.breakeven.tco.capacity.CapacityPlanner;
import com.breakeven.tco.finance.PaybackPeriod;
import com.breakeven.tco.selfhosted.SelfHostedCost;

class BreakEvenVolumeTest {

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
		double[] savings = new double[36];
		java.util.Arrays.fill(savings, volume / 1e6 * 5.0 - 50_000.0 / 12);
		assertThat(PaybackPeriod.paybackMonth(200_000, savings)).isEqualTo(Payback.inMonth(24));
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
		// 208.25 power) ÷ 25,246.08 M = 0.5151 per million, five times the API
		ApiPricing cheap = ApiPricing.listPrices(ReferenceScenario.USD, 0.10, 0.05, 0.10);

		BreakEven breakEven = BreakEvenVolume.monthlyVolume(cheap, ReferenceScenario.DEMAND, ReferenceScenario.HGX_H100,
				ReferenceScenario.AT_64, 0.8, ReferenceScenario.COLO_VIRGINIA, ReferenceScenario.FINANCE);

		assertThat(breakEven).isInstanceOfSatisfying(BreakEven.Never.class,
				never -> assertThat(never.reason())
					.isEqualTo("even at the most one node serves (80 % of its throughput at"
							+ " peak), it costs 0.5151 per million tokens, more than the API's 0.1000"));
	}

}
