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

	private static UsageDay row(String model, String cost, UsageKind kind, String source, String key) {
		return new UsageDay(OCT_1, null, "p", null, model, null, null, null, null, null, null, null, null, null, null,
				false, new BigDecimal(cost), null, null, USD, kind, "T", source, key);
	}

}
