package com.breakeven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The landing page leads with the saving available on the sample data loaded on first
 * start; health is UP.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:landing;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@WithMockUser(roles = "ADMIN")
class LandingPageTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void firstStart_importsBothBundledFeedSnapshotsOnTopOfTheCuratedCatalogue() {
		// The curated sample models and prices, plus about 1,300 models priced by the two
		// snapshots
		assertThat(count("model")).isGreaterThan(SampleFiles.dataRows("models.csv") + 1000);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM import_run WHERE kind = 'PRICE' AND status = 'COMPLETED'")
			.query(Long.class)
			.single()).isEqualTo(2);
		// through Spring Batch: both runs are job executions in the job repository that
		// Flyway created
		assertThat(this.jdbc
			.sql("SELECT COUNT(*) FROM batch_job_execution e JOIN batch_job_instance i"
					+ " ON i.job_instance_id = e.job_instance_id WHERE i.job_name = 'priceFeedImport'"
					+ " AND e.status = 'COMPLETED'")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	@Test
	void landingPage_leadsWithTheRecommendationsTotalAndItsTopThreeMoves() throws Exception {
		String recommendations = this.mvc.get()
			.uri("/recommendations")
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String landing = this.mvc.get().uri("/").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);

		// one definition: the landing page's saving is the recommendations page's total
		// on the same sample data, to the unit and currency
		String total = between(recommendations, "id=\"total-saving\">", "<");
		assertThat(total).matches("[1-9][0-9,]* USD a month");
		assertThat(between(landing, "id=\"saving\">", "<")).isEqualTo(total);
		// the three moves that save most, in the recommendations page's order: the
		// workload each moves, ranked 1 to 3 there
		List<String> top = items(between(landing, "<ol id=\"top-moves\">", "</ol>"));
		assertThat(top).hasSize(3);
		for (int rank = 1; rank <= 3; rank++) {
			String row = between(recommendations, "<tr id=\"move-" + rank + "\"", "</tr>");
			String workload = between(row, "<strong class=\"workload\">", "</strong>");
			// "helpdesk on openai/gpt-4o" moves as "move helpdesk from GPT-4o at OpenAI
			// to …":
			// the model named once, by its catalogue name
			String project = workload.substring(0, workload.indexOf(" on "));
			assertThat(top.get(rank - 1)).startsWith("move " + project + " from ")
				.doesNotContain(workload)
				.matches(".*: saves [1-9][0-9,]* USD a month");
		}
		assertThat(landing).contains("href=\"/recommendations\"")
			.contains("href=\"/dashboard\"")
			.doesNotContain("id=\"counts\"");
	}

	private static String between(String text, String before, String after) {
		int start = text.indexOf(before);
		assertThat(start).as("%s in the page", before).isNotNegative();
		start += before.length();
		return text.substring(start, text.indexOf(after, start)).strip();
	}

	/** The text of each list item. */
	private static List<String> items(String list) {
		return java.util.Arrays.stream(list.split("<li[^>]*>"))
			.map(item -> item.replace("</li>", "").strip())
			.filter(item -> !item.isEmpty())
			.toList();
	}

	@Test
	void landingPage_showsBilledSpendRoundedToCentsWithItsCurrency() {
		// Expected: the file's billed_cost column summed exactly, then rounded half-up to
		// cents at the edge.
		BigDecimal total = SampleFiles.sumOfColumn("usage_daily.csv", "billed_cost").setScale(2, RoundingMode.HALF_UP);
		String shown = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(total);

		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("data-currency=\"USD\">" + shown + " USD<")
			// the sample's days (1 July to 31 October 2026) as a period in words, and why
			// the saving's period is shorter
			.contains(">July to October 2026<")
			.contains("Savings are judged on the last 3 months of usage: August to October 2026.")
			.doesNotContain("2026-07-01")
			.doesNotContain("2026-08-01");
	}

	@Test
	void landingPage_showsEachBudgetWhereItStandsAndTheOpenAlerts() {
		assertThat(this.mvc.get().uri("/")).hasStatusOk().bodyText().contains("id=\"no-budgets\"");
		// October's sample spend (the last month with usage) against a budget of 100,000
		// USD
		BigDecimal october = this.jdbc.sql(
				"SELECT SUM(billed_cost) FROM usage_daily WHERE usage_date BETWEEN DATE '2026-10-01' AND DATE '2026-10-31'")
			.query(BigDecimal.class)
			.single()
			.setScale(2, RoundingMode.HALF_EVEN);
		this.jdbc.sql("""
				INSERT INTO budget (name, scope_kind, period, amount, currency, thresholds, created_at, updated_at)
				VALUES ('Landing', 'ALL', 'MONTH', 100000, 'USD', '50,80,100', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
			.update();
		try {
			// a sentence: whole units, the currency once
			String shown = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT))
				.format(october.setScale(0, RoundingMode.HALF_UP));
			assertThat(this.mvc.get().uri("/")).hasStatusOk()
				.bodyText()
				.contains("Landing: " + shown + " of 100,000 USD spent (117.3 %) in October 2026")
				.contains("over budget")
				.contains("id=\"alerts-link\"");
		}
		finally {
			this.jdbc.sql("DELETE FROM budget WHERE name = 'Landing'").update();
		}
	}

	@Test
	void reconciliation_setsTheSampleSpendOutPerModelWithItsTotalInTheReportingCurrency() {
		// the sample usage is all USD usage-API cost (no bill): the total is the file's
		// cost column, and every line shows no billed amount
		BigDecimal total = SampleFiles.sumOfColumn("usage_daily.csv", "billed_cost").setScale(2, RoundingMode.HALF_UP);
		String shown = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(total);

		assertThat(this.mvc.get().uri("/usage/reconciliation")).hasStatusOk()
			.bodyText()
			.contains("id=\"reconciliation-table\"")
			.contains(shown + " USD</strong>")
			// the site's own chrome, as on every page: its heading, no second way home
			.contains("<h1>Reconciliation</h1>")
			.doesNotContain("<footer>")
			.contains(">July to October 2026<")
			.doesNotContain("id=\"unconverted\"")
			// no bill and no other currency: the spend is the estimate, said once, and no
			// column of dashes or repeated amounts
			.contains("id=\"estimate-only\"")
			.contains("data-label=\"Spend (USD)\"")
			.doesNotContain("data-label=\"Billed\"")
			.doesNotContain("data-label=\"Estimated from usage\"");
	}

	@Test
	void reconciliation_refusesAnUnknownCurrencyByName() {
		assertThat(this.mvc.get().uri("/usage/reconciliation?currency=XYZW")).hasStatus(400)
			.bodyText()
			.contains("id=\"error\"")
			.contains("must be an ISO-4217 code such as USD or EUR, was ");
	}

	@Test
	void health_isUp() {
		assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("UP");
	}

	@Test
	void probes_areOpenAndUp() {
		// what a load balancer or an orchestrator polls, without signing in
		// (docs/deployment.md)
		assertThat(this.mvc.get().uri("/actuator/health/liveness")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("UP");
		assertThat(this.mvc.get().uri("/actuator/health/readiness")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("UP");
	}

}
