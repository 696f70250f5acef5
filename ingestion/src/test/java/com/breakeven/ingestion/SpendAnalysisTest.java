package com.breakeven.ingestion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpendAnalysisTest {

	private static final Currency USD = Currency.getInstance("USD");

	private static final Currency EUR = Currency.getInstance("EUR");

	private static final Currency GBP = Currency.getInstance("GBP");

	/** EUR converts at 1.10 USD, GBP has no rate. */
	private static final UsageReconciliation.Conversion RATES = (amount, from, to, day) -> {
		if (from.equals(to)) {
			return Optional.of(amount);
		}
		return from.equals(EUR) ? Optional.of(amount.multiply(new BigDecimal("1.10"))) : Optional.empty();
	};

	@Test
	void of_countsBillingLinesWhereAModelHasThemThatMonthAndEstimatesElsewhere() {
		List<SpendAnalysis.Line> lines = List.of(
				// July gpt-4o: billed 1,000 and estimated 950 → 1,000 counts
				line("2026-07-03", "Microsoft", "openai/gpt-4o", "support", USD, true, "1000"),
				line("2026-07-04", "openai", "openai/gpt-4o", "support", USD, false, "950"),
				// August gpt-4o: estimate only → 400
				line("2026-08-02", "openai", "openai/gpt-4o", "support", USD, false, "400"),
				// July Claude in EUR: 200 EUR x 1.10 = 220 USD
				line("2026-07-10", "anthropic", "anthropic/claude-sonnet-4-5", "legal", EUR, false, "200"),
				// no GBP rate: kept apart
				line("2026-07-11", "mistral", "mistral/mistral-large-latest", null, GBP, false, "50"));

		SpendAnalysis.SpendReport report = SpendAnalysis.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 31), USD,
				lines, RATES);

		// July 1,000 + 220 = 1,220; August 400; total 1,620
		assertThat(report.byMonth().get(YearMonth.of(2026, 7))).isEqualByComparingTo("1220");
		assertThat(report.byMonth().get(YearMonth.of(2026, 8))).isEqualByComparingTo("400");
		assertThat(report.total()).isEqualByComparingTo("1620");
		assertThat(report.byModel().get("openai/gpt-4o")).isEqualByComparingTo("1400");
		// the billing line came through Microsoft (Azure), the estimate from OpenAI's API
		assertThat(report.byProvider().get("Microsoft")).isEqualByComparingTo("1000");
		assertThat(report.byProvider().get("openai")).isEqualByComparingTo("400");
		assertThat(report.byTeam().get("legal")).isEqualByComparingTo("220");
		assertThat(report.unconverted().get(GBP)).isEqualByComparingTo("50");
		// which amounts lack a rate: 50 GBP on one day, 2026-07-11
		assertThat(report.missingRates()).singleElement().satisfies(missing -> {
			assertThat(missing.currency()).isEqualTo(GBP);
			assertThat(missing.reporting()).isEqualTo(USD);
			assertThat(missing.firstDay()).isEqualTo(LocalDate.of(2026, 7, 11));
			assertThat(missing.lastDay()).isEqualTo(LocalDate.of(2026, 7, 11));
			assertThat(missing.days()).isEqualTo(1);
		});
		assertThat(report.nothingConverted()).isFalse();
		assertThat(report.byTeam()).doesNotContainKey("(none)");
		assertThat(report.providersBySpend()).startsWith("Microsoft", "openai");
		// workloads: (none) on gpt-4o 1,400, (none) on Claude 220 — no project was given
		assertThat(report.topWorkloads(1)).singleElement()
			.satisfies(top -> assertThat(top.getKey()).isEqualTo("(none) on openai/gpt-4o"));
	}

	@Test
	void of_withNoRateAtAllHasNoTotalButNamesEachCurrencyAndItsDays() {
		List<SpendAnalysis.Line> lines = List.of(
				line("2026-07-11", "mistral", "mistral/mistral-large", null, GBP, false, "50"),
				line("2026-07-01", "mistral", "mistral/mistral-large", null, GBP, false, "20"),
				line("2026-07-11", "mistral", "mistral/mistral-small", null, GBP, false, "5"));

		SpendAnalysis.SpendReport report = SpendAnalysis.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31), USD,
				lines, RATES);

		assertThat(report.nothingConverted()).isTrue();
		assertThat(report.byMonth()).isEmpty();
		// 50 + 20 + 5 = 75 GBP on two days, 2026-07-01 and 2026-07-11
		assertThat(report.missingRates()).singleElement().satisfies(missing -> {
			assertThat(missing.amount()).isEqualByComparingTo("75");
			assertThat(missing.firstDay()).isEqualTo(LocalDate.of(2026, 7, 1));
			assertThat(missing.lastDay()).isEqualTo(LocalDate.of(2026, 7, 11));
			assertThat(missing.days()).isEqualTo(2);
		});
	}

	private static SpendAnalysis.Line line(String day, String provider, String model, String team, Currency currency,
			boolean billed, String cost) {
		return new SpendAnalysis.Line(LocalDate.parse(day), provider, model, team, null, currency, billed,
				new BigDecimal(cost));
	}

}
