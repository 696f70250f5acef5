package com.breakeven.simulator.projection;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FleetTest {

	@Test
	void plan_buysWholeNodesAheadOfDemandAndReplacesThemAtTheEndOfTheirLife() {
		// months 1..6 need 1, 1, 2, 2, 2, 3 nodes; a node serves 4 months, is paid 1
		// month
		// ahead (lead time 1: paid at the end of month m - 2 for service from month m)
		int[] required = { 0, 1, 1, 2, 2, 2, 3 };

		Fleet fleet = Fleet.plan(required, 4, 1, 0.2);

		// month 1's node is paid up front (month 0); month 3's at month 1; month 5
		// replaces
		// month 1's retiring node (paid at month 3); month 6 adds the third (paid at 4)
		assertThat(fleet.bought()).containsExactly(1, 1, 0, 1, 1, 0, 0);
		assertThat(fleet.inService()).containsExactly(0, 1, 1, 2, 2, 2, 3);
		assertThat(fleet.retired()).containsExactly(0, 0, 0, 0, 0, 1, 0);
		// book value at the end of month 6, 20 % residual, straight line over 4 months:
		// started month 3 (4 months served) 0.2 + started month 5 (2 served) 1 - 0.8 x
		// 2/4
		// = 0.6 + started month 6 (1 served) 1 - 0.8 / 4 = 0.8 → 1.6 nodes' capex
		assertThat(fleet.bookValueAtEnd()).isCloseTo(1.6, within(1e-12));
	}

	@Test
	void plan_keepsOwnedNodesWhenDemandFalls() {
		int[] required = { 0, 3, 1, 1 };

		Fleet fleet = Fleet.plan(required, 36, 0, 0.1);

		assertThat(fleet.bought()).containsExactly(3, 0, 0, 0);
		assertThat(fleet.inService()).containsExactly(0, 3, 3, 3);
	}

}
