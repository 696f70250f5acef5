package com.breakeven.ingestion.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

import com.breakeven.db.testing.BothDatabasesTest;
import com.breakeven.ingestion.FxRates;
import com.breakeven.ingestion.ImportRun;
import com.breakeven.ingestion.ImportRunRepository;
import com.breakeven.ingestion.ImportStatus;

/**
 * ECB reference rates import once and convert amounts through the euro, on H2 and
 * PostgreSQL.
 */
class FxRatesTest extends BothDatabasesTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

	private static final Currency USD = Currency.getInstance("USD");

	private static final Currency GBP = Currency.getInstance("GBP");

	private static final Currency EUR = Currency.getInstance("EUR");

	private FxRates rates;

	private JdbcClient jdbc;

	@BeforeEach
	void rates() {
		this.jdbc = JdbcClient.create(this.database.dataSource());
		this.rates = new FxRates(this.jdbc, new ImportRunRepository(this.jdbc, CLOCK),
				new JdbcTransactionManager(this.database.dataSource()));
	}

	@Test
	void importEcb_storesEachDayAndCurrencyOnce() throws Exception {
		ImportRun first = this.rates.importEcb(fixture("eurofxref-two-days.xml"), Duration.ofSeconds(5));
		ImportRun again = this.rates.importEcb(fixture("eurofxref-two-days.xml"), Duration.ofSeconds(5));

		assertThat(first.status()).isEqualTo(ImportStatus.COMPLETED);
		assertThat(first.counts().added()).isEqualTo(4);
		assertThat(again.counts().added()).isZero();
		assertThat(again.counts().unchanged()).isEqualTo(4);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM fx_rate").query(Long.class).single()).isEqualTo(4);
	}

	@Test
	void convert_goesThroughTheEuroWithTheLatestRateOnOrBeforeTheDay() throws Exception {
		this.rates.importEcb(fixture("eurofxref-two-days.xml"), Duration.ofSeconds(5));

		// 105 USD ÷ 1.05 = 100 EUR; × 0.84 = 84 GBP
		assertThat(this.rates.convert(new BigDecimal("105"), USD, GBP, LocalDate.of(2026, 11, 20))).get()
			.satisfies(gbp -> assertThat(gbp).isEqualByComparingTo("84"));
		// a Saturday uses Friday's rates; Thursday uses its own: 104 USD ÷ 1.04 = 100 EUR
		assertThat(this.rates.convert(new BigDecimal("105"), USD, EUR, LocalDate.of(2026, 11, 21))).get()
			.satisfies(eur -> assertThat(eur).isEqualByComparingTo("100"));
		assertThat(this.rates.convert(new BigDecimal("104"), USD, EUR, LocalDate.of(2026, 11, 19))).get()
			.satisfies(eur -> assertThat(eur).isEqualByComparingTo("100"));
		// before the first published day there is no rate: no answer, never a guess
		assertThat(this.rates.convert(BigDecimal.TEN, USD, EUR, LocalDate.of(2026, 11, 18))).isEmpty();
		assertThat(this.rates.convert(BigDecimal.TEN, USD, USD, LocalDate.of(2000, 1, 1))).contains(BigDecimal.TEN);
	}

	@Test
	void quote_statesTheRateAndTheDayItWasPublished() throws Exception {
		this.rates.importEcb(fixture("eurofxref-two-days.xml"), Duration.ofSeconds(5));

		// a Saturday uses Friday's rate: 1 EUR = 1.05 USD, published 2026-11-20
		FxRates.Quote eurToUsd = this.rates.quote(EUR, USD, LocalDate.of(2026, 11, 21)).orElseThrow();
		assertThat(eurToUsd.rate()).isEqualByComparingTo("1.05");
		assertThat(eurToUsd.publishedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
		// through the euro: 0.84 GBP ÷ 1.05 USD = 0.8 GBP per USD
		assertThat(this.rates.quote(USD, GBP, LocalDate.of(2026, 11, 20)).orElseThrow().rate())
			.isEqualByComparingTo("0.8");
		// the same rate convert() uses: 105 USD × 0.8 = 84 GBP
		assertThat(new BigDecimal("105")
			.multiply(this.rates.quote(USD, GBP, LocalDate.of(2026, 11, 20)).orElseThrow().rate()))
			.isEqualByComparingTo(
					this.rates.convert(new BigDecimal("105"), USD, GBP, LocalDate.of(2026, 11, 20)).orElseThrow());
		assertThat(this.rates.quote(USD, EUR, LocalDate.of(2026, 11, 18))).isEmpty();
	}

	@Test
	void importEcb_failsOnABadRateNamingTheLineAndStoresNothing() throws Exception {
		ImportRun run = this.rates.importEcb(fixture("eurofxref-bad-rate.xml"), Duration.ofSeconds(5));

		assertThat(run.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(run.message())
			.endsWith("eurofxref-bad-rate.xml line 5: rate of USD is not a number: one point oh five");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM fx_rate").query(Long.class).single()).isZero();
	}

	@Test
	void importEcb_readsTheEcbsZippedHistoryCsvAndConvertsWithItsPublishedRate() throws Exception {
		ImportRun run = this.rates.importEcb(fixture("eurofxref-hist-two-days.zip"), Duration.ofSeconds(5),
				"sample-data");

		assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
		// 29 currencies quoted on each of the two days
		assertThat(run.counts().added()).isEqualTo(58);
		// 1 EUR = 1.1684 USD on 2026-04-13, so 1,168.40 USD = 1,000 EUR
		assertThat(this.rates.convert(new BigDecimal("1168.40"), USD, EUR, LocalDate.of(2026, 4, 13))).get()
			.satisfies(eur -> assertThat(eur).isEqualByComparingTo("1000"));
	}

	@Test
	void importEcb_failsOnABadCsvRateNamingTheLineAndCurrencyAndStoresNothing() throws Exception {
		ImportRun run = this.rates.importEcb(fixture("eurofxref-hist-rate-not-a-number.csv"), Duration.ofSeconds(5),
				"cli");

		assertThat(run.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(run.message()).endsWith(
				"eurofxref-hist-rate-not-a-number.csv line 3, column GBP: rate is not a number: zero point eight seven");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM fx_rate").query(Long.class).single()).isZero();
	}

	private static String fixture(String name) throws Exception {
		return Path.of(FxRatesTest.class.getClassLoader().getResource("fx/" + name).toURI()).toString();
	}

}
