package com.breakeven.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.breakeven.db.testing.BothDatabasesTest;

/**
 * Billed and estimated costs of the same traffic are set side by side, never added, on H2
 * and PostgreSQL.
 */
class UsageReconciliationTest extends BothDatabasesTest {

	private static final Currency USD = Currency.getInstance("USD");

	private static final LocalDate OCT_1 = LocalDate.of(2026, 10, 1);

	@Test
	void between_prefersBilledAndReportsTheDifferenceFromTheEstimate() {
		UsageRepository usage = new UsageRepository(JdbcClient.create(this.database.dataSource()));
		// gpt-4o: billed 100.00 + 20.00 by the invoice; the proxy estimated 95.50 for the
		// same traffic
		usage.add(row("gpt-4o", "100.00", UsageKind.BILLED, "focus:a", "1"), null, null, null);
		usage.add(row("gpt-4o", "20.00", UsageKind.BILLED, "focus:a", "2"), null, null, null);
		usage.add(row("gpt-4o", "95.50", UsageKind.ESTIMATE, "litellm-spend", "r1"), null, null, null);
		// llama: only a proxy estimate exists
		usage.add(row("llama-3.3-70b", "7.25", UsageKind.ESTIMATE, "litellm-spend", "r2"), null, null, null);
		// outside the period: ignored
		usage.add(new UsageDay(OCT_1.minusDays(1), null, "openai", null, "gpt-4o", null, null, null, null, null, null,
				null, null, null, null, false, new BigDecimal("999"), null, null, USD, UsageKind.BILLED, "T", "focus:a",
				"3"), null, null, null);

		List<UsageReconciliation.Line> lines = new UsageReconciliation(JdbcClient.create(this.database.dataSource()))
			.between(OCT_1, OCT_1.plusDays(30));

		assertThat(lines).hasSize(2);
		UsageReconciliation.Line gpt4o = lines.get(0);
		// spend = billed 120.00 (never 120.00 + 95.50); difference 120.00 − 95.50 = 24.50
		assertThat(gpt4o.model()).isEqualTo("gpt-4o");
		assertThat(gpt4o.spend()).isEqualByComparingTo("120.00");
		assertThat(gpt4o.difference()).isEqualByComparingTo("24.50");
		UsageReconciliation.Line llama = lines.get(1);
		assertThat(llama.spend()).isEqualByComparingTo("7.25");
		assertThat(llama.billed()).isNull();
		assertThat(llama.difference()).isNull();
	}

	@Test
	void report_convertsEachLineAtItsDaysRateAndSetsAsideWhatHasNoRate() {
		UsageRepository usage = new UsageRepository(JdbcClient.create(this.database.dataSource()));
		usage.add(row("gpt-4o", "100.00", UsageKind.BILLED, "focus:a", "1"), null, null, null);
		usage.add(row("gpt-4o", "95.50", UsageKind.ESTIMATE, "litellm-spend", "r1"), null, null, null);
		usage.add(new UsageDay(OCT_1, null, "p", null, "mistral-large", null, null, null, null, null, null, null, null,
				null, null, false, new BigDecimal("50.00"), null, null, Currency.getInstance("EUR"), UsageKind.BILLED,
				"T", "focus:b", "2"), null, null, null);
		usage.add(new UsageDay(OCT_1, null, "p", null, "claude", null, null, null, null, null, null, null, null, null,
				null, false, new BigDecimal("10.00"), null, null, Currency.getInstance("GBP"), UsageKind.BILLED, "T",
				"focus:c", "3"), null, null, null);
		// 1 EUR = 1.10 USD on Oct 1; no GBP rate at all
		UsageReconciliation.Conversion rates = (amount, from, to, day) -> {
			if (from.equals(to)) {
				return java.util.Optional.of(amount);
			}
			return from.getCurrencyCode().equals("EUR") && day.equals(OCT_1)
					? java.util.Optional.of(amount.multiply(new BigDecimal("1.10"))) : java.util.Optional.empty();
		};

		UsageReconciliation.Report report = new UsageReconciliation(JdbcClient.create(this.database.dataSource()))
			.report(OCT_1, OCT_1.plusDays(30), USD, rates);

		// spend: gpt-4o billed 100.00 USD + mistral 50.00 EUR x 1.10 = 55.00 USD ->
		// 155.00 USD;
		// difference: 100.00 - 95.50 = 4.50 USD; claude's 10.00 GBP has no rate: set
		// aside
		assertThat(report.spend()).isEqualByComparingTo("155.00");
		assertThat(report.difference()).isEqualByComparingTo("4.50");
		assertThat(report.unconverted()).containsOnlyKeys(Currency.getInstance("GBP"));
		assertThat(report.unconverted().get(Currency.getInstance("GBP"))).isEqualByComparingTo("10.00");
		assertThat(report.lines()).extracting(line -> line.line().model())
			.containsExactly("gpt-4o", "mistral-large", "claude");
		assertThat(report.lines().get(1).spend()).isEqualByComparingTo("55.00");
		assertThat(report.lines().get(2).spend()).isNull();
	}

	private static UsageDay row(String model, String cost, UsageKind kind, String source, String key) {
		return new UsageDay(OCT_1, null, "p", null, model, null, null, null, null, null, null, null, null, null, null,
				false, new BigDecimal(cost), null, null, USD, kind, "T", source, key);
	}

}
