package com.breakeven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.security.test.context.support.WithMockUser;

/** The landing page counts the sample data loaded on first start; health is UP. */
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

	/** A count as the page writes it: thousands separated by commas. */
	private static String grouped(long n) {
		return String.format(java.util.Locale.ROOT, "%,d", n);
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	@Test
	void landingPage_countsTheSampleDataLoadedOnFirstStart() {
		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("id=\"count-usage\">" + grouped(SampleFiles.dataRows("usage_daily.csv")) + "<")
			.contains("id=\"count-models\">" + grouped(count("model")) + "<")
			.contains("id=\"count-prices\">" + grouped(count("price")) + "<")
			.contains("id=\"count-hardware\">" + grouped(SampleFiles.dataRows("hardware_profiles.csv")) + "<")
			.contains("id=\"count-throughput\">" + grouped(SampleFiles.dataRows("throughput_published.csv")) + "<")
			.contains("id=\"count-unresolved\">0<");
	}

	@Test
	void landingPage_showsBilledSpendRoundedToCentsWithItsCurrency() {
		// Expected: the file's billed_cost column summed exactly, then rounded half-up to
		// cents at the edge.
		BigDecimal total = SampleFiles.sumOfColumn("usage_daily.csv", "billed_cost").setScale(2, RoundingMode.HALF_UP);
		String shown = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(total);

		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("data-currency=\"USD\">" + shown + "<")
			.contains("2026-07-01")
			.contains("2026-10-31");
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
			.doesNotContain("id=\"unconverted\"");
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

}
