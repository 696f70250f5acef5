package com.breakeven.web.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.breakeven.pricing.Price;

import static org.assertj.core.api.Assertions.assertThat;

class PriceChangesTest {

	private static final long CREATOR = 1;

	@Test
	void changedWithin_pairsTheCreatorsBasePriceVersionsThatChangedInThePeriod() {
		List<Price> history = List.of(price(CREATOR, "2026-05-01", "5", "15"),
				// a reseller's price is another price and does not count
				price(CREATOR, "2026-07-01", "2.5", "10"), price(2, "2026-08-10", "2", "9"),
				price(CREATOR, "2026-08-15", "2", "8"), price(CREATOR, "2026-12-01", "1", "4"));

		List<Price[]> changes = PriceChanges.changedWithin(history, CREATOR, LocalDate.of(2026, 7, 1),
				LocalDate.of(2026, 10, 31));

		// July 1 (5/15 → 2.5/10) and August 15 (2.5/10 → 2/8); December is outside
		assertThat(changes).hasSize(2);
		assertThat(changes.get(1)[0].inputPerMtok()).isEqualByComparingTo("2.5");
		assertThat(changes.get(1)[1].effectiveFrom()).isEqualTo(LocalDate.of(2026, 8, 15));
	}

	@Test
	void change_effectIsTheTokensSinceTheChangeTimesTheChangeInPrice() {
		// 300 M input at 2.50 → 2.00 saves 150; 40 M output at 10 → 8 saves 80: -230
		PriceChanges.Change change = PriceChanges.Change.of("openai/gpt-4o", price(CREATOR, "2026-07-01", "2.5", "10"),
				price(CREATOR, "2026-08-15", "2", "8"), new long[] { 300_000_000, 0, 40_000_000 });

		assertThat(change.effect()).isEqualByComparingTo("-230");
		assertThat(change.day()).isEqualTo(LocalDate.of(2026, 8, 15));
	}

	private static Price price(long provider, String from, String input, String output) {
		return new Price(null, 7, provider, "global", 0, Currency.getInstance("USD"), new BigDecimal(input), null, null,
				new BigDecimal(output), null, null, null, LocalDate.parse(from), null, "test", "test", false);
	}

}
