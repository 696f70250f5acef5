package com.breakeven.web.dashboard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The spend dashboard on the sample data: totals the database agrees with, a chart, CSV.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:landing;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@WithMockUser(roles = "VIEWER")
class DashboardTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void dashboard_showsTheSampleSpendTotalWithAChartWhoseAxisNamesTheCurrency() {
		// the sample is USD estimates only: the total is the plain sum of the stored
		// costs
		BigDecimal total = this.jdbc.sql("SELECT SUM(billed_cost) FROM usage_daily").query(BigDecimal.class).single();

		assertThat(this.mvc.get().uri("/dashboard")).hasStatusOk()
			.bodyText()
			// a headline in whole units, as every headline amount, over the sample's
			// months in words
			.contains(">July to October 2026</span>:")
			.contains("id=\"total\">" + whole(total) + " USD<")
			.contains("<svg")
			.contains("Spend (USD)")
			// in the sample every project is one team on one model, each its own
			// workload: the top workloads' table has their columns, and no second
			// table repeats its amounts
			.contains("id=\"top-workloads\"")
			.contains("In this period each workload has one model, team and project, so this one table is also the"
					+ " spend by model, team and project.")
			.contains(">Team</th>")
			.doesNotContain("id=\"by-model-team-project\"")
			.doesNotContain("id=\"by-team\"")
			.contains("id=\"by-provider\"")
			// providers by name in the legend and the table, not by code
			.contains(">Together AI<")
			.contains(">Google Vertex AI<")
			.contains(">OpenAI<")
			.doesNotContain(">together-ai<")
			.doesNotContain(">google-vertex-ai<")
			// no invoice in the sample: nothing is called billed
			.contains("id=\"no-invoice\"")
			.contains("priced from usage at list prices")
			.contains("data-label=\"Project\">helpdesk</td>")
			.contains("/dashboard/spend.csv?by=model");
	}

	@Test
	void spendCsv_byModelAddsUpToTheTotal() throws IOException {
		BigDecimal total = this.jdbc.sql("SELECT SUM(billed_cost) FROM usage_daily").query(BigDecimal.class).single();

		String csv = this.mvc.get().uri("/dashboard/spend.csv?by=model").exchange().getResponse().getContentAsString();

		List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
		assertThat(records.get(0).values()).containsExactly("model", "spend (USD)");
		BigDecimal sum = records.stream()
			.skip(1)
			.map(r -> new BigDecimal(r.get(1)))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		// each model rounded to cents: the sum may differ from the total by half a cent a
		// model
		assertThat(sum.subtract(total).abs())
			.isLessThanOrEqualTo(new BigDecimal("0.005").multiply(BigDecimal.valueOf(records.size() - 1)));
	}

	@Test
	void spendCsv_monthByProviderHoldsTheChartsBarsAndEachMonthsTotal() throws IOException {
		String csv = this.mvc.get()
			.uri("/dashboard/spend.csv?by=month-provider")
			.exchange()
			.getResponse()
			.getContentAsString();

		List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
		List<String> header = records.get(0).toList();
		assertThat(header.get(0)).isEqualTo("Month");
		assertThat(header.get(header.size() - 1)).isEqualTo("Total (USD)");
		for (CSVRecord month : records.subList(1, records.size())) {
			// one bar per provider, stacked to the month's total (each cell rounded to
			// cents)
			BigDecimal stacked = BigDecimal.ZERO;
			for (int i = 1; i < header.size() - 1; i++) {
				stacked = stacked.add(new BigDecimal(month.get(i)));
			}
			BigDecimal total = new BigDecimal(month.get(header.size() - 1));
			assertThat(stacked.subtract(total).abs())
				.isLessThanOrEqualTo(new BigDecimal("0.005").multiply(BigDecimal.valueOf(header.size() - 2)));
		}
		// the stored spend of the first month, summed in SQL, is its total
		String first = records.get(1).get(0);
		BigDecimal stored = this.jdbc
			.sql("SELECT SUM(billed_cost) FROM usage_daily WHERE usage_date >= ? AND usage_date < ?")
			.params(java.time.YearMonth.parse(first).atDay(1), java.time.YearMonth.parse(first).plusMonths(1).atDay(1))
			.query(BigDecimal.class)
			.single();
		assertThat(new BigDecimal(records.get(1).get(header.size() - 1)))
			.isEqualByComparingTo(stored.setScale(2, java.math.RoundingMode.HALF_UP));
	}

	@Test
	void spendXlsx_byTeamHoldsTheAmountsAsNumbers() throws IOException {
		BigDecimal total = this.jdbc.sql("SELECT SUM(billed_cost) FROM usage_daily").query(BigDecimal.class).single();

		byte[] xlsx = this.mvc.get()
			.uri("/dashboard/spend.xlsx?by=team")
			.exchange()
			.getResponse()
			.getContentAsByteArray();

		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
				Stream<Row> rows = workbook.getFirstSheet().openStream()) {
			List<Row> all = rows.toList();
			assertThat(all.get(0).getCellText(0)).isEqualTo("team");
			assertThat(all.get(0).getCellText(1)).isEqualTo("spend (USD)");
			BigDecimal sum = all.stream()
				.skip(1)
				.map(row -> row.getCellAsNumber(1).orElseThrow())
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			assertThat(sum.subtract(total).abs())
				.isLessThanOrEqualTo(new BigDecimal("0.005").multiply(BigDecimal.valueOf(all.size() - 1)));
		}
	}

	@Test
	void dashboard_inEuroShowsEveryFigureConvertedAtTheShippedEcbRates() throws IOException {
		// every sample day (2026-07-01 to 2026-10-31) converts at the newest shipped
		// rate,
		// 1 EUR = 1.1684 USD of 2026-04-13 (sample-data/fx/eurofxref-hist.csv)
		BigDecimal usd = this.jdbc.sql("SELECT SUM(billed_cost) FROM usage_daily").query(BigDecimal.class).single();
		BigDecimal eur = usd.divide(new BigDecimal("1.1684"), java.math.MathContext.DECIMAL128);

		String page = this.mvc.get().uri("/dashboard?currency=EUR").exchange().getResponse().getContentAsString();

		assertThat(page).contains("id=\"total\">" + whole(eur) + " EUR<")
			.doesNotContain("0.00 EUR")
			.doesNotContain("id=\"missing-rates\"")
			.contains("Spend (EUR)")
			.contains("id=\"monthly-chart\"")
			.contains("<svg");
		String csv = this.mvc.get()
			.uri("/dashboard/spend.csv?by=month&currency=EUR")
			.exchange()
			.getResponse()
			.getContentAsString();
		List<CSVRecord> months = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
		assertThat(months.get(0).values()).containsExactly("month", "spend (EUR)");
		// four months, each rounded to cents
		BigDecimal sum = months.stream()
			.skip(1)
			.map(r -> new BigDecimal(r.get(1)))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(months).hasSize(5);
		assertThat(sum.subtract(eur).abs()).isLessThanOrEqualTo(new BigDecimal("0.02"));
	}

	@Test
	void dashboard_inACurrencyTheEcbDoesNotQuoteNamesTheAmountsAndDaysWithoutARate() {
		BigDecimal usd = this.jdbc.sql("SELECT SUM(billed_cost) FROM usage_daily").query(BigDecimal.class).single();

		// the ECB publishes no Argentine peso rate: nothing converts, so there is no
		// total
		assertThat(this.mvc.get().uri("/dashboard?currency=ARS")).hasStatusOk()
			.bodyText()
			.contains("id=\"no-total\"")
			.contains("no total in ARS")
			.contains(money(usd) + " USD")
			.contains("123 days")
			.contains("from 2026-07-01 to 2026-10-31")
			.contains("no ECB rate from USD to ARS")
			.doesNotContain("0.00 ARS")
			.doesNotContain("id=\"total\"")
			.doesNotContain("id=\"monthly-chart\"");
	}

	@Test
	void dashboard_refusesAnUnknownCurrencyWithTheReason() {
		assertThat(this.mvc.get().uri("/dashboard?currency=XX")).hasStatus(400)
			.bodyText()
			.contains("parameter &#39;currency&#39; must be an ISO-4217 code such as USD or EUR, was &#39;XX&#39;");
		assertThat(this.mvc.get().uri("/dashboard/spend.csv?by=colour")).hasStatus(400)
			.bodyText()
			.contains("parameter 'by' must be one of month, provider, model, team, project, month-provider, workload,"
					+ " price-changes, was 'colour'");
	}

	private static String whole(BigDecimal amount) {
		return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT))
			.format(amount.setScale(0, RoundingMode.HALF_UP));
	}

	private static String money(BigDecimal amount) {
		return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT))
			.format(amount.setScale(2, RoundingMode.HALF_EVEN));
	}

}
