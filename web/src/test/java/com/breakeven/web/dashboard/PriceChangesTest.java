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
				price(CREATOR, "2026-08-15", "2", "8"), new long[] { 300_000_000, 0, 40_000_000, 0, 0 });

		assertThat(change.effect()).isEqualByComparingTo("-230");
		assertThat(change.day()).isEqualTo(LocalDate.of(2026, 8, 15));
	}

	@Test
	void change_countsAudioTokensAtTheChangeInTheAudioPrice() {
		// gpt-4o-audio-preview's audio input 100 → 40 USD per million (text unchanged):
		// 2 M audio input tokens since the change save 2 × 60 = 120; the bill at the old
		// price was 1 M text input × 2.50 + 2 M audio × 100 = 202.50
		Price before = audio(price(CREATOR, "2026-07-01", "2.5", "10"), "100", "200");
		Price after = audio(price(CREATOR, "2026-08-15", "2.5", "10"), "40", "200");

		PriceChanges.Change change = PriceChanges.Change.of("openai/gpt-4o-audio-preview", before, after,
				new long[] { 1_000_000, 0, 0, 2_000_000, 0 });

		assertThat(PriceChanges.changedWithin(List.of(before, after), CREATOR, LocalDate.of(2026, 8, 1),
				LocalDate.of(2026, 8, 31)))
			.hasSize(1);
		assertThat(change.effect()).isEqualByComparingTo("-120");
		assertThat(change.billAtOldPrice()).isEqualByComparingTo("202.5");
	}

	private static Price audio(Price p, String inputAudio, String outputAudio) {
		return new Price(null, p.modelId(), p.providerId(), p.region(), 0, p.currency(), p.inputPerMtok(), null, null,
				p.outputPerMtok(), null, null, null, p.effectiveFrom(), null, "test", "test", false,
				new BigDecimal(inputAudio), new BigDecimal(outputAudio));
	}

	private static Price price(long provider, String from, String input, String output) {
		return new Price(null, 7, provider, "global", 0, Currency.getInstance("USD"), new BigDecimal(input), null, null,
				new BigDecimal(output), null, null, null, LocalDate.parse(from), null, "test", "test", false);
	}

}
