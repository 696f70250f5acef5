package com.breakeven.web.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When two breakdowns are one table: the same amounts, largest first, none tied. */
class BreakdownsTest {

	@Test
	void sameSplit_sameDistinctAmountsInOrder() {
		assertThat(Breakdowns.sameSplit(spend("helpdesk", "100.00", "analytics", "40.50"),
				spend("customer-support", "100.00", "data", "40.5")))
			.isTrue();
	}

	@Test
	void sameSplit_notWhenAnAmountDiffers() {
		assertThat(Breakdowns.sameSplit(spend("helpdesk", "100.00", "analytics", "40.50"),
				spend("customer-support", "100.00", "data", "40.49")))
			.isFalse();
	}

	@Test
	void sameSplit_notWhenAmountsTieAndCouldPairTheWrongNames() {
		assertThat(Breakdowns.sameSplit(spend("a", "50.00", "b", "50.00"), spend("x", "50.00", "y", "50.00")))
			.isFalse();
	}

	@Test
	void sameSplit_notForDifferentCountsOrASingleRow() {
		assertThat(Breakdowns.sameSplit(spend("a", "50.00", "b", "10.00"), spend("x", "50.00"))).isFalse();
		// one row always "matches" one row: that says nothing about the split
		assertThat(Breakdowns.sameSplit(spend("a", "50.00"), spend("x", "50.00"))).isFalse();
	}

	private static List<Map.Entry<String, BigDecimal>> spend(String... namesAndAmounts) {
		List<Map.Entry<String, BigDecimal>> entries = new java.util.ArrayList<>();
		for (int i = 0; i < namesAndAmounts.length; i += 2) {
			entries.add(Map.entry(namesAndAmounts[i], new BigDecimal(namesAndAmounts[i + 1])));
		}
		return entries;
	}

}
