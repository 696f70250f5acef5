package com.breakeven.tco.selfhosted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import com.breakeven.tco.ColocationBasis;
import com.breakeven.tco.Hosting;
import com.breakeven.tco.ReferenceScenario;
import com.breakeven.tco.SelfHostedMonthlyCost;

class SelfHostedCostTest {

	@Test
	void monthlyCost_packsNodesIntoWholeRacksByProvisionedPower() {
		// 3 nodes × 10.2 kW = 30.6 kW into 20 kW racks → ⌈1.53⌉ = 2 racks × $2,500 =
		// 5,000.00
		Hosting racks = new Hosting(0.0895, 1.58, ColocationBasis.PER_RACK_MONTH, 2_500, 20, 0.1, 200_000, 0.08, 0);

		SelfHostedMonthlyCost month = SelfHostedCost.monthlyCost(ReferenceScenario.HGX_H100, 3, 0.5, racks,
				ReferenceScenario.FINANCE);

		assertThat(month.colocation()).isCloseTo(5_000.00, within(0.005));
	}

	@Test
	void monthlyCost_powerRunsFromIdleToFullDraw() {
		// idle: 8 × 70 + 4,600 = 5,160 W → 5.16 × 1.58 × 730.5 × 0.0895 = 533.03
		// full: 8 × 700 + 4,600 = 10,200 W → 10.2 × 103.300005 = 1,053.66
		SelfHostedMonthlyCost idle = SelfHostedCost.monthlyCost(ReferenceScenario.HGX_H100, 1, 0,
				ReferenceScenario.COLO_VIRGINIA, ReferenceScenario.FINANCE);
		SelfHostedMonthlyCost full = SelfHostedCost.monthlyCost(ReferenceScenario.HGX_H100, 1, 1,
				ReferenceScenario.COLO_VIRGINIA, ReferenceScenario.FINANCE);

		assertThat(idle.power()).isCloseTo(533.03, within(0.005));
		assertThat(full.power()).isCloseTo(1_053.66, within(0.005));
		assertThat(full.capital()).isCloseTo(idle.capital(), within(1e-9));
	}

	@Test
	void monthlyCost_softwareIsPerNode() {
		// 2 nodes × $6,000 a year ÷ 12 = 1,000.00
		Hosting withLicences = new Hosting(0.0895, 1.58, ColocationBasis.PER_KW_MONTH, 184.06, 0, 0.1, 200_000, 0.08,
				6_000);

		assertThat(
				SelfHostedCost.monthlyCost(ReferenceScenario.HGX_H100, 2, 0.5, withLicences, ReferenceScenario.FINANCE)
					.software())
			.isCloseTo(1_000.00, within(1e-9));
	}

}
