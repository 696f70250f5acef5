package com.breakeven.web.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.breakeven.ingestion.SpendAnalysis;
import com.breakeven.simulator.projection.Strategy;
import com.breakeven.simulator.projection.StrategyMeasures;
import com.breakeven.tco.Payback;
import com.breakeven.web.scenario.ScenarioDefaults;
import com.breakeven.web.scenario.ScenarioForm;
import com.breakeven.web.scenario.ScenarioRunner;
import com.breakeven.web.scenario.ScenarioStore;
import com.breakeven.web.security.ApiTokens;
import com.breakeven.web.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Reports in the browser and over the API: a definition refused field by field and
 * nothing stored, saved, run now, its history and files downloaded; viewers read but
 * cannot define or run.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:report-pages;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "breakeven.reports.check-cron=-" })
@AutoConfigureMockMvc
class ReportPagesTests {

	/**
	 * A report name with signs the standard PDF font (Helvetica, WinAnsi) cannot show.
	 */
	private static final String NAME = "Team helpdesk monthly → CFO, alert ≥ 5,000 € (≤ 2 % off)";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private MessageSource messages;

	@Autowired
	private ReportDefinitions definitions;

	@Autowired
	private ApiTokens tokens;

	@Autowired
	private JsonMapper json;

	@Autowired
	private GeneratedReports reports;

	@Autowired
	private ReportDataBuilder builder;

	@Autowired
	private ScenarioDefaults defaults;

	@Autowired
	private ScenarioStore scenarios;

	@Autowired
	private ScenarioRunner runner;

	@Test
	void editor_refusesEachBadFieldBesideItAndStoresNothing() {
		int before = this.definitions.all().size();
		assertThat(this.mvc.post()
			.uri("/reports")
			.with(user("ann").roles(Role.ANALYST.name()))
			.with(csrf())
			.param("name", "Bad one")
			.param("scope", "TEAM")
			.param("scopeValue", "")
			.param("period", "MONTH")
			.param("currency", "DOLLARS")
			.param("formats", "PDF")
			.param("cron", "every month")
			.param("recipients", "cfo-at-example")
			.param("budget", "lots")).hasStatus(HttpStatus.UNPROCESSABLE_ENTITY)
			.bodyText()
			.contains("id=\"scopeValue-error\">name the team the report covers<")
			.contains("id=\"budget-error\">“lots” is not a number; write it as 12500.5 or 12,500.5<");
		assertThat(this.definitions.all()).hasSize(before);

		assertThat(this.mvc.post()
			.uri("/reports")
			.with(user("ann").roles(Role.ANALYST.name()))
			.with(csrf())
			.param("name", "Bad two")
			.param("scope", "ALL")
			.param("period", "MONTH")
			.param("currency", "DOLLARS")
			.param("formats", "PDF")
			.param("cron", "every month")
			.param("recipients", "cfo-at-example")).hasStatus(HttpStatus.UNPROCESSABLE_ENTITY)
			.bodyText()
			.contains("id=\"currency-error\">must be an ISO-4217 code")
			.contains("id=\"cron-error\">must be a six-field cron expression")
			.contains("id=\"recipients-error\">&#39;cfo-at-example&#39; is not an e-mail address<");
		assertThat(this.definitions.all()).hasSize(before);
	}

	@Test
	void editor_speaksWordsOffersSchedulePresetsAndKeepsCronAsTheAdvancedOption() {
		var analyst = user("ann").roles(Role.ANALYST.name());
		assertThat(this.mvc.get().uri("/reports/new").with(analyst)).hasStatusOk()
			.bodyText()
			.contains("<option value=\"ALL\" selected=\"selected\">All usage</option>")
			.contains("<option value=\"MONTH\" selected=\"selected\">The last full calendar month</option>")
			.contains("<option value=\"MONTHLY\" selected=\"selected\">Monthly, on the 1st at 06:00 UTC</option>")
			.contains("<option value=\"WEEKLY\">Weekly, Mondays at 06:00 UTC</option>")
			.contains("Web page (opens in the browser)")
			.contains("<summary>Advanced: cron expression</summary>")
			// help text is on the page, not in a tooltip
			.contains("id=\"currency-help\">ISO-4217 code")
			.doesNotContain(">ALL<")
			.doesNotContain(">MONTH<");

		// a preset sets the cron, whatever the advanced field still holds
		MvcTestResult weekly = weeklyReport("/reports", "WEEKLY", "0 0 6 1 * *").exchange();
		assertThat(weekly).hasStatus3xxRedirection();
		long id = Long.parseLong(weekly.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
		assertThat(this.definitions.find(id).orElseThrow().cron()).isEqualTo("0 0 6 * * MON");
		assertThat(this.mvc.get().uri("/reports/" + id).with(analyst)).hasStatusOk()
			.bodyText()
			.contains("Weekly, Mondays at 06:00 UTC");

		// Custom uses the cron as typed, still checked
		assertThat(weeklyReport("/reports/" + id, "CUSTOM", "tuesdays")).hasStatus(HttpStatus.UNPROCESSABLE_ENTITY)
			.bodyText()
			.contains("id=\"cron-error\">must be a six-field cron expression")
			.contains("<option value=\"CUSTOM\" selected=\"selected\">");
		assertThat(weeklyReport("/reports/" + id, "CUSTOM", "0 30 7 * * TUE")).hasStatus3xxRedirection();
		assertThat(this.definitions.find(id).orElseThrow().cron()).isEqualTo("0 30 7 * * TUE");
		assertThat(this.mvc.get().uri("/reports/" + id + "/edit").with(analyst)).hasStatusOk()
			.bodyText()
			.contains("<option value=\"CUSTOM\" selected=\"selected\">")
			.contains("<details class=\"advanced\" open=\"open\">");

		assertThat(weeklyReport("/reports/" + id, "HOURLY", "0 30 7 * * TUE"))
			.hasStatus(HttpStatus.UNPROCESSABLE_ENTITY)
			.bodyText()
			.contains(
					"id=\"schedule-error\">must be one of [DAILY, WEEKLY, MONTHLY, QUARTERLY, CUSTOM], was &#39;HOURLY&#39;");
	}

	/**
	 * The weekly report of the editor's test, saved to a URI with a schedule and a cron.
	 */
	private org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder weeklyReport(String uri,
			String schedule, String cron) {
		return this.mvc.post()
			.uri(uri)
			.with(user("ann").roles(Role.ANALYST.name()))
			.with(csrf())
			.param("name", "Weekly by preset")
			.param("scope", "ALL")
			.param("period", "WEEK")
			.param("currency", "USD")
			.param("formats", "PDF")
			.param("schedule", schedule)
			.param("cron", cron);
	}

	@Test
	void everyChoiceOfTheEditorHasWordsInEveryLocale() {
		List<String> keys = new java.util.ArrayList<>();
		java.util.Arrays.stream(SpendAnalysis.Scope.Kind.values()).forEach(k -> keys.add("report.scope." + k));
		java.util.Arrays.stream(ReportPeriod.Kind.values()).forEach(k -> keys.add("report.period." + k));
		java.util.Arrays.stream(ReportFormat.values()).forEach(k -> keys.add("report.format." + k));
		java.util.Arrays.stream(SchedulePreset.values()).forEach(k -> keys.add("report.schedule." + k));
		for (Locale locale : List.of(Locale.US, Locale.GERMANY, Locale.ROOT)) {
			assertThat(keys).allSatisfy(key -> assertThat(this.messages.getMessage(key, null, locale)).as(key)
				.isNotBlank()
				.isNotEqualTo(key.substring(key.lastIndexOf('.') + 1)));
		}
	}

	@Test
	void page_savesRunsNowAndDownloadsTheFiles() throws java.io.IOException {
		var analyst = user("ann").roles(Role.ANALYST.name());
		MvcTestResult saved = this.mvc.post()
			.uri("/reports")
			.with(analyst)
			.with(csrf())
			.param("name", NAME)
			.param("scope", "PROJECT")
			.param("scopeValue", "helpdesk")
			.param("period", "MONTH")
			.param("currency", "EUR")
			.param("formats", "PDF", "HTML", "CSV")
			.param("cron", "0 0 6 1 * *")
			.param("recipients", "")
			.param("budget", "5000")
			.exchange();
		assertThat(saved).hasStatus3xxRedirection();
		String page = saved.getResponse().getRedirectedUrl();

		assertThat(this.mvc.post().uri(page + "/run").with(user("vera").roles(Role.VIEWER.name())).with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri(page + "/run").with(analyst).with(csrf())).hasStatus3xxRedirection()
			.flash()
			.hasEntrySatisfying("message", m -> assertThat((String) m).contains(": generated"));

		// run twice for the same period: one entry for the period, both runs under it
		assertThat(this.mvc.post().uri(page + "/run").with(analyst).with(csrf())).hasStatus3xxRedirection();
		String history = this.mvc.get()
			.uri(page)
			.with(user("vera").roles(Role.VIEWER.name()))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(history).contains("Team helpdesk monthly")
			.containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC: Generated</span>")
			.doesNotContain("SUCCEEDED");
		assertThat(history.split("id=\"period-", -1)).hasSize(2);
		assertThat(history.split("id=\"generation-", -1)).hasSize(3);
		// the list speaks words: what it covers, its period, formats, schedule and last
		// generation
		assertThat(this.mvc.get().uri("/reports").with(user("vera").roles(Role.VIEWER.name()))).hasStatusOk()
			.bodyText()
			.contains(">project helpdesk</td>")
			.contains(">The last full calendar month</td>")
			.contains(">web page, </span>")
			.contains(">Monthly, on the 1st at 06:00 UTC</td>")
			.containsPattern(": Generated \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC</td>")
			.doesNotContain(">MONTH<")
			.doesNotContain("SUCCEEDED");
		String pdfLink = history.replaceAll("(?s).*href=\"(/reports/files/\\d+)\">PDF<.*", "$1");
		MvcTestResult pdf = this.mvc.get().uri(pdfLink).with(user("vera").roles(Role.VIEWER.name())).exchange();
		assertThat(pdf).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
		assertThat(pdf.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment; filename=");
		// the name's signs survive: the PDF's font is embedded, not WinAnsi Helvetica
		PdfReader reader = new PdfReader(pdf.getResponse().getContentAsByteArray());
		String firstPage = new PdfTextExtractor(reader).getTextFromPage(1);
		assertThat(firstPage.replaceAll("\\s+", " ")).contains(NAME);
		// the recommendations table may start on the next page when its reasons are long
		StringBuilder allPages = new StringBuilder();
		for (int number = 1; number <= reader.getNumberOfPages(); number++) {
			allPages.append(new PdfTextExtractor(reader).getTextFromPage(number)).append('\n');
		}
		String pdfText = allPages.toString();
		// headings break between words, never inside one
		assertThat(pdfText).contains("Rank").contains("Currency");
		// the HTML report opens in the browser; the CSV is saved
		String htmlLink = history.replaceAll("(?s).*href=\"(/reports/files/\\d+)\">web page<.*", "$1");
		MvcTestResult html = this.mvc.get().uri(htmlLink).with(user("vera").roles(Role.VIEWER.name())).exchange();
		assertThat(html).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
		assertThat(html.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("inline; filename=");
		String csvLink = history.replaceAll("(?s).*href=\"(/reports/files/\\d+)\">CSV<.*", "$1");
		MvcTestResult csv = this.mvc.get().uri(csvLink).with(user("vera").roles(Role.VIEWER.name())).exchange();
		assertThat(csv).hasStatusOk();
		assertThat(csv.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment; filename=");
		assertThat(this.mvc.get().uri("/reports").with(user("vera").roles(Role.VIEWER.name()))).hasStatusOk()
			.bodyText()
			.contains("Team helpdesk monthly")
			.contains("project helpdesk");

		// delete asks again, naming the report; without the second step nothing goes
		long id = Long.parseLong(page.replaceAll("\\D", ""));
		assertThat(this.mvc.get().uri(page).with(analyst)).hasStatusOk()
			.bodyText()
			.contains("This deletes report “" + NAME + "”, its schedule and every file it generated")
			.contains("name=\"confirm\" value=\"yes\">Yes, delete report “" + NAME + "”</button>");
		assertThat(this.mvc.post().uri(page + "/delete").with(analyst).with(csrf())).hasStatus3xxRedirection()
			.flash()
			.hasEntrySatisfying("error", m -> assertThat((String) m).startsWith("Not deleted: report “" + NAME + "”"));
		assertThat(this.definitions.find(id)).isPresent();
		assertThat(this.mvc.post().uri(page + "/delete").with(analyst).with(csrf()).param("confirm", "yes"))
			.hasStatus3xxRedirection();
		assertThat(this.definitions.find(id)).isEmpty();
	}

	@Test
	void api_definesRunsListsAndDownloadsAReport() {
		String analyst = this.tokens.create("reports analyst", Set.of(Role.ANALYST), null, null).token();
		String viewer = this.tokens.create("reports viewer", Set.of(Role.VIEWER), null, null).token();
		String body = """
				{"name": "API quarterly", "scope": "ALL", "period": "QUARTER", "currency": "USD",
				 "formats": ["HTML", "CSV"], "cron": "0 0 6 1 1,4,7,10 *", "recipients": "", "budget": "lots"}""";
		JsonNode refused = json(post("/api/v1/reports", analyst, body), HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(refused.get("fields").get("budget").asString())
			.isEqualTo("“lots” is not a number; write it as 12500.5 or 12,500.5");

		MvcTestResult created = post("/api/v1/reports", analyst, body.replace("\"lots\"", "\"250000\""));
		long id = json(created, HttpStatus.CREATED).get("id").asLong();
		assertThat(post("/api/v1/reports/" + id + "/run", viewer, "")).hasStatus(HttpStatus.FORBIDDEN);
		JsonNode run = json(post("/api/v1/reports/" + id + "/run", analyst, ""), HttpStatus.OK);
		assertThat(run.get("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(run.get("files")).hasSize(2);

		JsonNode history = json(this.mvc.get()
			.uri("/api/v1/reports/" + id + "/history")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + viewer)
			.exchange(), HttpStatus.OK);
		assertThat(history.get("totalItems").asLong()).isEqualTo(1);
		String csv = history.get("items")
			.get(0)
			.get("files")
			.valueStream()
			.filter(f -> f.get("format").asString().equals("CSV"))
			.findFirst()
			.orElseThrow()
			.get("download")
			.asString();
		assertThat(this.mvc.get().uri(csv).header(HttpHeaders.AUTHORIZATION, "Bearer " + viewer)).hasStatusOk()
			.bodyText()
			.contains("Total spend (USD)");
	}

	@Test
	void report_tracksEachSavedScenarioByItsDeterministicProjection() {
		ScenarioForm form = this.defaults.forWorkload(null).named("Tracked by the report", null);
		this.scenarios.create(form, null);
		ReportDefinition quarterly = new ReportDefinition(null, "Tracking",
				com.breakeven.ingestion.SpendAnalysis.Scope.ALL, ReportPeriod.Kind.QUARTER, "USD",
				java.util.EnumSet.of(ReportFormat.CSV), "0 0 6 1 * *", java.util.List.of(), null, true);

		ReportData data = this.builder.build(quarterly,
				new ReportPeriod(java.time.LocalDate.of(2026, 7, 1), java.time.LocalDate.of(2026, 10, 1)));

		ReportData.ScenarioStatus status = data.scenarios()
			.stream()
			.filter(s -> s.name().equals("Tracked by the report"))
			.findFirst()
			.orElseThrow();
		StrategyMeasures own = this.runner.project(form).projection().measures(Strategy.SELF_HOSTED);
		assertThat(own.payback()).isInstanceOf(Payback.InMonth.class);
		assertThat(status.paybackMonth()).isEqualTo(((Payback.InMonth) own.payback()).month());
		assertThat(status.selfHosted().npv()).isEqualByComparingTo(ReportDataBuilder
			.money(java.math.BigDecimal.valueOf(own.npv()), java.util.Currency.getInstance("USD")));
	}

	@Test
	void aGenerationIsStoredWithAllItsFilesOrNotAtAll() {
		long id = this.definitions
			.create(new ReportDefinition(null, "Atomic", com.breakeven.ingestion.SpendAnalysis.Scope.ALL,
					ReportPeriod.Kind.MONTH, "USD", java.util.EnumSet.of(ReportFormat.PDF, ReportFormat.HTML),
					"0 0 6 1 * *", java.util.List.of(), null, true));
		// the PDF is written, then the HTML cannot be: the report row and the PDF go too
		java.util.Map<ReportFormat, byte[]> files = new java.util.EnumMap<>(ReportFormat.class);
		files.put(ReportFormat.PDF, new byte[] { 1, 2, 3 });
		files.put(ReportFormat.HTML, null);
		ReportPeriod october = new ReportPeriod(java.time.LocalDate.of(2026, 10, 1),
				java.time.LocalDate.of(2026, 11, 1));

		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.reports.saveSucceeded(id, october, "{}", java.time.OffsetDateTime.now(),
					files, "atomic-2026-10-01"))
			.isInstanceOf(NullPointerException.class);
		assertThat(this.reports.history(id)).isEmpty();
		assertThat(this.reports.succeeded(id, october)).isFalse();
	}

	private MvcTestResult post(String uri, String token, String body) {
		return this.mvc.post()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private JsonNode json(MvcTestResult result, HttpStatus expected) {
		String text = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(result.getResponse().getStatus()).as(text).isEqualTo(expected.value());
		return this.json.readTree(text);
	}

}
