package com.breakeven.ingestion.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Each shape the ECB publishes its reference rates in reads to the same rates: the
 * history CSV, its zip, the daily CSV (fixtures in {@code fx/README.md}).
 */
class EcbReferenceRatesTest {

	private static final LocalDate APRIL_13 = LocalDate.of(2026, 4, 13);

	/** Currencies quoted on each day of 2026 (BGN and the retired ones are N/A). */
	private static final int CURRENCIES_QUOTED = 29;

	@Test
	void read_historyCsvSkipsNotAvailableAndKeepsEachRateAsPublished() throws IOException {
		List<EcbReferenceRates.Rate> rates = EcbReferenceRates.read(fixture("eurofxref-hist-two-days.csv"),
				"eurofxref-hist-two-days.csv");

		assertThat(rates).hasSize(2 * CURRENCIES_QUOTED);
		// line 2: 2026-04-13, USD 1.1684, GBP 0.87058 (column 9)
		assertThat(rates).contains(rate(APRIL_13, "USD", "1.1684"), rate(APRIL_13, "GBP", "0.87058"),
				rate(LocalDate.of(2026, 4, 10), "GBP", "0.87105"));
		assertThat(rates).noneMatch(rate -> rate.currency().getCurrencyCode().equals("BGN"));
	}

	@Test
	void read_zipAndDailyCsvGiveTheSameRatesAsTheHistory() throws IOException {
		List<EcbReferenceRates.Rate> history = EcbReferenceRates.read(fixture("eurofxref-hist-two-days.csv"), "csv");

		assertThat(EcbReferenceRates.read(fixture("eurofxref-hist-two-days.zip"), "zip"))
			.containsExactlyElementsOf(history);
		// the daily file of the same day: "13 April 2026, 1.1684, …" with a space after
		// each comma and trailing zeros ("366.90" where the history writes "366.9")
		assertThat(EcbReferenceRates.read(fixture("eurofxref-daily.csv"), "daily")
			.stream()
			.map(EcbReferenceRatesTest::plain))
			.containsExactlyInAnyOrderElementsOf(history.stream()
				.filter(rate -> rate.day().equals(APRIL_13))
				.map(EcbReferenceRatesTest::plain)
				.toList());
	}

	@Test
	void read_badRateNamesTheFileLineAndCurrency() {
		assertThatThrownBy(() -> EcbReferenceRates.read(fixture("eurofxref-hist-rate-not-a-number.csv"),
				"eurofxref-hist-rate-not-a-number.csv"))
			.isInstanceOf(EcbReferenceRates.UnreadableRates.class)
			.hasMessage("eurofxref-hist-rate-not-a-number.csv line 3, column GBP: rate is not a number:"
					+ " zero point eight seven");
	}

	@Test
	void read_csvWithoutTheDateColumnIsRefused() {
		assertThatThrownBy(() -> EcbReferenceRates.read("Day,USD\n2026-04-13,1.1684\n".getBytes(), "rates.csv"))
			.hasMessage("rates.csv line 1: the first column must be 'Date' (an ECB eurofxref CSV), was 'Day'");
		assertThatThrownBy(() -> EcbReferenceRates.read("Date,USD\n13/04/2026,1.1684\n".getBytes(), "rates.csv"))
			.hasMessage("rates.csv line 2, column Date: '13/04/2026' is not a date (2026-04-13 or 13 April 2026)");
	}

	private static EcbReferenceRates.Rate rate(LocalDate day, String currency, String perEuro) {
		return new EcbReferenceRates.Rate(day, Currency.getInstance(currency), new java.math.BigDecimal(perEuro));
	}

	private static EcbReferenceRates.Rate plain(EcbReferenceRates.Rate rate) {
		return new EcbReferenceRates.Rate(rate.day(), rate.currency(), rate.perEuro().stripTrailingZeros());
	}

	private static byte[] fixture(String name) throws IOException {
		try (InputStream in = EcbReferenceRatesTest.class.getClassLoader().getResourceAsStream("fx/" + name)) {
			return in.readAllBytes();
		}
	}

}
