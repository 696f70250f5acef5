package com.breakeven.ingestion;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

import com.breakeven.db.testing.BothDatabasesTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spend summed in the database at the grain a page shows, on H2 and PostgreSQL: the same
 * figures as the stored days give under the one billing rule, and exchange rates read
 * once per currency giving what one look-up per amount gives.
 */
class SpendAnalysisDatabaseTest extends BothDatabasesTest {

	private static final Currency USD = Currency.getInstance("USD");

	private static final Currency EUR = Currency.getInstance("EUR");

	private static final Currency GBP = Currency.getInstance("GBP");

	private static final LocalDate JULY_1 = LocalDate.of(2026, 7, 1);

	private static final LocalDate AUGUST_31 = LocalDate.of(2026, 8, 31);

	private SpendAnalysis spend;

	private FxRates rates;

	@BeforeEach
	void ledger() {
		JdbcClient jdbc = JdbcClient.create(this.database.dataSource());
		this.spend = new SpendAnalysis(jdbc);
		this.rates = new FxRates(jdbc, new ImportRunRepository(jdbc, Clock.systemUTC()),
				new JdbcTransactionManager(this.database.dataSource()));
		UsageRepository usage = new UsageRepository(jdbc);
		for (LocalDate day = JULY_1; !day.isAfter(AUGUST_31); day = day.plusDays(1)) {
			// the gateway's estimates: team a 10.00 + day of month / 100, team b 20.00
			usage.add(day(day, "gpt-4o", "a", "assistant",
					BigDecimal.TEN.add(BigDecimal.valueOf(day.getDayOfMonth(), 2)), USD, UsageKind.ESTIMATE, "gateway"),
					null, null, null);
			usage.add(day(day, "gpt-4o", "b", "search", new BigDecimal("20.00"), USD, UsageKind.ESTIMATE, "gateway"),
					null, null, null);
			if (day.getMonthValue() == 8) {
				// August's invoice for gpt-4o, without team: it counts, the estimates not
				usage.add(day(day, "gpt-4o", null, null, new BigDecimal("15.000001"), USD, UsageKind.BILLED, "invoice"),
						null, null, null);
			}
			else {
				usage.add(day(day, "mistral-large", "a", "assistant", new BigDecimal("5.50"), EUR, UsageKind.BILLED,
						"mistral"), null, null, null);
			}
		}
		for (int dayOfMonth : new int[] { 10, 11 }) {
			usage.add(day(JULY_1.withDayOfMonth(dayOfMonth), "claude", "b", "search", new BigDecimal("3.00"), GBP,
					UsageKind.ESTIMATE, "gateway"), null, null, null);
		}
		// USD per euro; no GBP rate at all
		rate(LocalDate.of(2026, 6, 30), "1.10");
		rate(LocalDate.of(2026, 7, 15), "1.12");
		rate(LocalDate.of(2026, 8, 3), "1.15");
	}

	@Test
	void report_sumsMonthsInTheDatabaseUnderTheBillingRule() {
		SpendAnalysis.SpendReport report = this.spend.report(JULY_1, AUGUST_31, USD,
				this.rates.forPeriod(JULY_1, AUGUST_31));

		// July: team a 31 × 10 + (1 + … + 31) / 100 = 314.96; team b 31 × 20 = 620;
		// mistral 5.50 EUR × 1.10 × 14 days + 5.50 × 1.12 × 17 days = 84.70 + 104.72
		// = 189.42; total 1,124.38 (the 6.00 GBP lack a rate)
		assertThat(report.byMonth().get(YearMonth.of(2026, 7))).isEqualByComparingTo("1124.38");
		// August: gpt-4o's invoice 31 × 15.000001 = 465.000031, never its estimates too
		assertThat(report.byMonth().get(YearMonth.of(2026, 8))).isEqualByComparingTo("465.000031");
		assertThat(report.byTeam().get("a")).isEqualByComparingTo("504.38");
		assertThat(report.byTeam().get("b")).isEqualByComparingTo("620");
		assertThat(report.byTeam().get("(none)")).isEqualByComparingTo("465.000031");
		assertThat(report.missingRates()).singleElement().satisfies(missing -> {
			assertThat(missing.currency()).isEqualTo(GBP);
			assertThat(missing.amount()).isEqualByComparingTo("6.00");
			assertThat(missing.firstDay()).isEqualTo(LocalDate.of(2026, 7, 10));
			assertThat(missing.days()).isEqualTo(2);
		});
	}

	@Test
	void report_andDayTotals_agreeWithTheStoredDays() {
		UsageReconciliation.Conversion conversion = this.rates::convert;
		SpendAnalysis.SpendReport report = this.spend.report(JULY_1, AUGUST_31, USD, conversion);
		SpendAnalysis.DailySpend days = this.spend.daily(JULY_1, AUGUST_31, USD, conversion, SpendAnalysis.Scope.ALL);

		Map<YearMonth, BigDecimal> byMonth = new TreeMap<>();
		days.byDay().forEach((day, amount) -> byMonth.merge(YearMonth.from(day), amount, BigDecimal::add));
		assertSameAmounts(report.byMonth(), byMonth);
		assertSameAmounts(report.byModel(), sum(days.byDayAndModel()));
		assertSameAmounts(report.byTeam(), sum(days.byDayAndTeam()));
		assertSameAmounts(report.byWorkload(), sum(days.byDayAndWorkload()));

		SpendAnalysis.DailyTotals totals = this.spend.dailyTotals(JULY_1, AUGUST_31, USD, conversion,
				SpendAnalysis.Scope.ALL);
		assertSameAmounts(totals.byDay(), days.byDay());
		assertThat(totals.unconvertedDays()).isEqualTo(days.unconvertedDays());
		SpendAnalysis.Scope teamA = new SpendAnalysis.Scope(SpendAnalysis.Scope.Kind.TEAM, "a");
		assertSameAmounts(this.spend.dailyTotals(JULY_1, AUGUST_31, USD, conversion, teamA).byDay(),
				this.spend.daily(JULY_1, AUGUST_31, USD, conversion, teamA).byDay());
	}

	/** The same keys with the same amounts, whatever their scale. */
	private static void assertSameAmounts(Map<?, BigDecimal> actual, Map<?, BigDecimal> expected) {
		assertThat(actual).isNotEmpty().hasSameSizeAs(expected);
		expected.forEach((key, amount) -> assertThat(actual.get(key)).as("%s", key).isEqualByComparingTo(amount));
	}

	@Test
	void forPeriod_convertsAsOneLookUpPerAmountDoes() {
		UsageReconciliation.Conversion period = this.rates.forPeriod(JULY_1, AUGUST_31);
		BigDecimal amount = new BigDecimal("123.456789");
		for (LocalDate day = JULY_1.minusDays(3); !day.isAfter(AUGUST_31.plusDays(3)); day = day.plusDays(1)) {
			for (Currency[] pair : new Currency[][] { { EUR, USD }, { USD, EUR }, { GBP, USD }, { USD, USD } }) {
				Optional<BigDecimal> converted = period.convert(amount, pair[0], pair[1], day);
				assertThat(converted).as("%s to %s on %s", pair[0], pair[1], day)
					.isEqualTo(this.rates.convert(amount, pair[0], pair[1], day));
			}
		}
		// 123.456789 EUR × 1.12 USD per euro on 20 July (the rate of 15 July)
		assertThat(period.convert(amount, EUR, USD, LocalDate.of(2026, 7, 20)))
			.hasValueSatisfying(usd -> assertThat(usd).isEqualByComparingTo(amount.multiply(new BigDecimal("1.12"))));
	}

	private static Map<String, BigDecimal> sum(Map<LocalDate, Map<String, BigDecimal>> byDay) {
		Map<String, BigDecimal> sums = new TreeMap<>();
		byDay.values().forEach(day -> day.forEach((key, amount) -> sums.merge(key, amount, BigDecimal::add)));
		return sums;
	}

	private void rate(LocalDate day, String usdPerEuro) {
		JdbcClient.create(this.database.dataSource())
			.sql("INSERT INTO fx_rate (rate_date, base_currency, quote_currency, rate, source)"
					+ " VALUES (:day, 'EUR', 'USD', :rate, 'ECB')")
			.param("day", day)
			.param("rate", new BigDecimal(usdPerEuro))
			.update();
	}

	private static UsageDay day(LocalDate day, String model, String team, String project, BigDecimal cost,
			Currency currency, UsageKind kind, String source) {
		return new UsageDay(day, null, "provider", null, model, null, project, team, null, null, null, null, null, null,
				1L, false, cost, null, null, currency, kind, "generic", source, team + "|" + model);
	}

}
