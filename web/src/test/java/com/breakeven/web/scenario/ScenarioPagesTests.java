package com.breakeven.web.scenario;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.MultiValueMap;
import org.springframework.security.test.context.support.WithMockUser;

import com.breakeven.ingestion.WorkloadVolume;
import com.breakeven.simulator.projection.Strategy;
import com.breakeven.web.export.TableCells;
import com.breakeven.web.forms.NumberEditor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Scenario pages on the sample data: a scenario made from a real workload, saved, run,
 * exported, cloned, compared and deleted; bad input answered beside its field with
 * nothing stored; forms refused without their CSRF token; user text shown as text.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:landing;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@WithMockUser(roles = "ANALYST")
class ScenarioPagesTests {

	private static final String HELPDESK = "helpdesk on openai/gpt-4o";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ScenarioDefaults defaults;

	@Autowired
	private ScenarioRunner runner;

	@Autowired
	private ScenarioStore store;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private com.breakeven.pricing.HardwareRepository hosting;

	@Autowired
	private com.breakeven.pricing.ModelRepository models;

	@Test
	void newScenario_fromAWorkloadStartsFromItsRealMonthlyTokensAndModel() {
		WorkloadVolume helpdesk = this.defaults.workloads()
			.stream()
			.filter(w -> w.name().equals(HELPDESK))
			.findFirst()
			.orElseThrow();

		assertThat(this.mvc.get().uri("/scenarios/new").param("workload", HELPDESK)).hasStatusOk()
			.bodyText()
			// grouped as every page writes numbers: 2,095,671,014
			.contains("value=\"" + String.format(Locale.ROOT, "%,d", Math.round(helpdesk.monthlyOutputTokens())) + "\"")
			.contains("name=\"currentModel\" value=\"openai/gpt-4o\"")
			.contains("name=\"_csrf\"");
		// a rented GPU is priced in the chosen node's currency, named beside the box and
		// in the uncertain row
		String node = this.defaults.forWorkload(HELPDESK).hardwareProfile();
		String currency = this.hosting.findHardwareProfile(node).orElseThrow().currency().getCurrencyCode();
		assertThat(this.mvc.get().uri("/scenarios/new").param("workload", HELPDESK)).hasStatusOk()
			.bodyText()
			.contains("<span>Rented GPU price</span> <small>" + currency + " per GPU-hour</small>")
			.contains("<small class=\"input-unit\">" + currency + " per GPU-hour</small>");
		// the list's select names the workload; its volume is written under it
		assertThat(this.mvc.get().uri("/scenarios")).hasStatusOk()
			.bodyText()
			.contains("<option value=\"" + HELPDESK + "\" data-words=\"" + HELPDESK + ": "
					+ String.format(Locale.ROOT, "%,.1f", helpdesk.monthlyOutputTokens() / 1_000_000)
					+ " M output tokens a month\">" + HELPDESK + "</option>")
			.contains("id=\"workload-volume\"");
	}

	@Test
	void newScenario_isNamedSoThatNoSavedScenarioHasItsName() {
		ScenarioForm form = this.defaults.forWorkload(HELPDESK);
		save(form.named(form.name(), null));

		assertThat(this.mvc.get().uri("/scenarios/new").param("workload", HELPDESK)).hasStatusOk()
			.bodyText()
			.containsPattern("id=\"name\" name=\"name\" value=\""
					+ java.util.regex.Pattern.quote(form.name().replace("—", "&mdash;")) + " \\(\\d+\\)\"");
	}

	@Test
	void editor_showsUncertainRatesInPercentAndGroupedVolumesAndSavesThemBackInTheSimulatorsUnits() {
		ScenarioForm form = this.defaults.forWorkload(HELPDESK).named("Percent round trip", "");
		ScenarioForm.Uncertainty decline = form.uncertainties()
			.get(com.breakeven.simulator.montecarlo.UncertainInput.CURRENT_API_PRICE_DECLINE.ordinal());
		// the sample's price decline is uniform from 0.1 to 0.5 a year: 10 to 50 % on the
		// page
		assertThat(decline.a()).isEqualTo(0.1);
		assertThat(decline.c()).isEqualTo(0.5);
		long id = save(form);

		int row = com.breakeven.simulator.montecarlo.UncertainInput.CURRENT_API_PRICE_DECLINE.ordinal();
		assertThat(this.mvc.get().uri("/scenarios/" + id + "/edit")).hasStatusOk()
			.bodyText()
			.contains("name=\"uncertainties[" + row + "].a\" value=\"10\"")
			.contains("name=\"uncertainties[" + row + "].c\" value=\"50\"")
			.contains("current API price decline per year</span> <small class=\"input-unit\">% a year</small>")
			.contains(">min</label>")
			.contains("value=\"" + NumberEditor.write(form.monthlyInputTokens(), true) + "\"")
			// the seed is an identifier: not grouped
			.contains("name=\"seed\" value=\"" + form.seed() + "\"")
			.doesNotContain("0.3 = 30 %");
		// what the page showed (grouped, percent) is saved back as it was
		assertThat(this.store.find(id).orElseThrow().form()).isEqualTo(form);

		// a decline of up to 120 % a year is refused beside its row, and nothing is
		// stored
		long before = count();
		MultiValueMap<String, String> fields = ScenarioForms.fields(form.named("Decline beyond all", ""));
		fields.set("uncertainties[" + row + "].c", "120");
		assertThat(this.mvc.post().uri("/scenarios").with(csrf()).params(fields)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("id=\"uncertainties" + row + ".a-error\">current API price decline per year: these numbers let"
					+ " the Monte Carlo draw values this input cannot take");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void modelPickers_searchOneListOfTheWholeCatalogueAndSubmitTheCanonicalName() throws IOException {
		String page = this.mvc.get()
			.uri("/scenarios/new")
			.param("workload", HELPDESK)
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		// three labelled text boxes over one list, not three selects of every model
		for (String picker : List.of("currentModel", "alternativeModel", "servedModel")) {
			assertThat(page).as(picker)
				.containsPattern("<label for=\"" + picker + "\">[^<]+</label>")
				.containsPattern("<input type=\"text\" list=\"model-options\"[^>]* id=\"" + picker + "\"")
				.contains("id=\"" + picker + "-help\"");
		}
		assertThat(page).doesNotContain("<select id=\"currentModel\"");
		assertThat(page.split("<datalist id=\"model-options\">", -1)).hasSize(2);
		int models = this.models.findAll().size();
		assertThat(page.split("<option value=\"[^\"]+\" label=\"", -1).length - 1).isGreaterThanOrEqualTo(models);
		assertThat(page).contains("<option value=\"openai/gpt-4o\" label=\"");

		// a name typed that the catalogue does not know is refused beside its field
		ScenarioForm form = this.defaults.forWorkload(HELPDESK).named("Typed model", null);
		var fields = ScenarioForms.fields(form);
		fields.set("currentModel", "no-such/model");
		assertThat(this.mvc.post().uri("/scenarios").with(csrf()).params(fields)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("id=\"currentModel-error\"");
	}

	@Test
	void save_runsTheScenarioAndTheResultShowsThePaybackMonthTheSimulatorComputes() {
		ScenarioForm form = this.defaults.forWorkload(HELPDESK).named("Helpdesk payback", null);
		com.breakeven.simulator.projection.Projection projection = this.runner.run(form).projection();
		String payback = StrategyWords.payback(projection.measures(Strategy.SELF_HOSTED).payback());
		assertThat(payback).startsWith("month ");

		long id = save(form);

		assertThat(this.mvc.get().uri("/scenarios/" + id)).hasStatusOk()
			.bodyText()
			// the answer leads with the strategy that costs least, whichever it is
			.contains("id=\"headline\">" + StrategyWords.headline(projection) + "<")
			.contains("id=\"payback\">" + payback + "<")
			// the tiles say which open model the GPUs would serve
			.contains("id=\"served-model\">serving " + form.servedModel() + "<")
			.contains("id=\"cumulative-chart\"")
			.contains("All self-hosted (USD)")
			// the chart's marker at the same month as the tile
			.contains("Pays back: month " + projection.paybackMonth(Strategy.SELF_HOSTED).getAsInt())
			.contains("id=\"measurement-link\"")
			.contains("id=\"tornado-chart\"");
	}

	@Test
	void project_isTheRunsProjectionWithoutItsMonteCarlo() {
		// a seed no other test runs: nothing of it is among the recent outcomes
		ScenarioForm form = this.defaults.forWorkload(HELPDESK)
			.named("Helpdesk projected", null)
			.simulated(true, null, 4_242_424L);

		ScenarioOutcome projected = this.runner.project(form);

		assertThat(projected.monteCarlo()).isNull();
		assertThat(projected.tornado()).isNull();
		ScenarioOutcome run = this.runner.run(form);
		assertThat(run.monteCarlo()).isNotNull();
		for (Strategy strategy : run.projection().byStrategy().keySet()) {
			assertThat(projected.projection().measures(strategy)).isEqualTo(run.projection().measures(strategy));
			assertThat(projected.projection().of(strategy).cumulative())
				.containsExactly(run.projection().of(strategy).cumulative());
		}
	}

	@Test
	void save_withValuesThatCannotBeUsedShowsEachMessageBesideItsFieldAndStoresNothing() {
		long before = count();
		MultiValueMap<String, String> fields = ScenarioForms
			.fields(this.defaults.forWorkload(HELPDESK).named("Bad input", null));
		// a value that is no number at all: the typed text comes back with its message
		fields.set("monthlyOutputTokens", "12abc");
		assertThat(this.mvc.post().uri("/scenarios").with(csrf()).params(fields)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("id=\"monthlyOutputTokens-error\">“12abc” is not a number")
			.contains("value=\"12abc\"");
		assertThat(count()).isEqualTo(before);

		// a decimal comma, as German is written: refused beside its field, never read as
		// 5
		fields.set("monthlyOutputTokens", "80,000,000");
		fields.set("peakToAverage", "2,5");
		assertThat(this.mvc.post().uri("/scenarios").with(csrf()).params(fields)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("id=\"peakToAverage-error\">“2,5”: a comma only separates thousands here (12,500.5); "
					+ "write decimals with a point, e.g. 2.5")
			.contains("value=\"2,5\"")
			.doesNotContain("id=\"monthlyOutputTokens-error\"");
		assertThat(count()).isEqualTo(before);

		// numbers out of range
		fields.set("monthlyOutputTokens", "2,000,000,000");
		fields.set("peakToAverage", "0.5");
		fields.set("horizonMonths", "0");
		assertThat(this.mvc.post().uri("/scenarios").with(csrf()).params(fields)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("id=\"peakToAverage-error\">must be at least 1")
			.contains("id=\"horizonMonths-error\">")
			.contains("value=\"2,000,000,000\"");
		assertThat(count()).isEqualTo(before);

		// names the catalogue does not know and a distribution that is no distribution
		fields.set("peakToAverage", "2");
		fields.set("horizonMonths", "36");
		fields.set("hardwareProfile", "no-such-node");
		fields.set("uncertainties[0].a", "2");
		assertThat(this.mvc.post().uri("/scenarios").with(csrf()).params(fields)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("id=\"hardwareProfile-error\">no hardware profile &#39;no-such-node&#39; in the catalogue")
			// the volume triangle 2 .. 1 .. 1.5 is no triangle
			.contains("volume (× today&#39;s): triangular");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void post_withoutTheCsrfTokenIsRefusedAndStoresNothing() {
		long before = count();

		assertThat(this.mvc.post()
			.uri("/scenarios")
			.params(ScenarioForms.fields(this.defaults.forWorkload(HELPDESK).named("No token", null))))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aScenarioNamedLikeAScriptIsShownAsTextOnEveryPage() {
		String name = "<script>alert('x')</script>";
		long id = save(this.defaults.forWorkload(HELPDESK).named(name, "<b>bold?</b>"));
		long other = save(this.defaults.forWorkload(null).named("Escaping partner", null));

		for (String page : List.of("/scenarios", "/scenarios/" + id, "/scenarios/" + id + "/edit",
				"/scenarios/compare?id=" + id + "&id=" + other)) {
			assertThat(this.mvc.get().uri(page)).hasStatusOk()
				.bodyText()
				.as(page)
				.doesNotContain("<script>alert")
				.doesNotContain("<b>bold?</b>")
				.contains("&lt;script&gt;alert(");
		}
	}

	@Test
	void clone_copiesUnderANewNameAndDeleteRemovesOnlyTheOne() {
		long id = save(this.defaults.forWorkload(HELPDESK).named("To clone", null));

		MvcTestResult cloned = this.mvc.post().uri("/scenarios/" + id + "/clone").with(csrf()).exchange();
		assertThat(cloned).hasStatus3xxRedirection();
		long copy = Long.parseLong(cloned.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
		assertThat(this.store.find(copy).orElseThrow().name()).isEqualTo("To clone (copy)");
		assertThat(this.store.find(copy).orElseThrow().form().monthlyOutputTokens())
			.isEqualTo(this.store.find(id).orElseThrow().form().monthlyOutputTokens());

		// the list and the result page ask again, naming the scenario, before it goes
		for (String page : List.of("/scenarios", "/scenarios/" + id)) {
			assertThat(this.mvc.get().uri(page)).hasStatusOk()
				.bodyText()
				.as(page)
				.contains("This deletes scenario “To clone” with its inputs")
				.contains("name=\"confirm\" value=\"yes\">Yes, delete scenario “To clone”</button>");
		}
		assertThat(this.mvc.post().uri("/scenarios/" + id + "/delete").with(csrf())).hasStatus3xxRedirection()
			.flash()
			.hasEntrySatisfying("error", message -> assertThat((String) message)
				.startsWith("Not deleted: scenario “To clone” goes only once you press “Yes, delete”"));
		assertThat(this.store.find(id)).isPresent();
		assertThat(this.mvc.post().uri("/scenarios/" + id + "/delete").with(csrf()).param("confirm", "yes"))
			.hasStatus3xxRedirection();
		assertThat(this.store.find(id)).isEmpty();
		assertThat(this.store.find(copy)).isPresent();
		assertThat(this.mvc.get().uri("/scenarios/" + id)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void exports_cumulativeCsvEndsAtEachStrategysTotalAndThePdfCarriesTheAnswer() throws IOException {
		// signs the standard PDF font (Helvetica, WinAnsi) has no glyph for
		String signs = "Peak ≥ 2 × average → budget ≤ 5,000 € a month";
		ScenarioForm form = this.defaults.forWorkload(HELPDESK).named("Exported", signs);
		long id = save(form);
		ScenarioOutcome outcome = this.runner.run(form);

		String csv = this.mvc.get()
			.uri("/scenarios/" + id + "/cumulative.csv")
			.exchange()
			.getResponse()
			.getContentAsString();
		List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
		assertThat(rows.get(0).get(0)).isEqualTo("Month");
		assertThat(rows).hasSize(1 + 37);
		// the last cumulative figure of the current API is everything it costs over the
		// horizon (no book value: it owns nothing)
		assertThat(new BigDecimal(rows.get(37).get(1)))
			.isEqualByComparingTo(BigDecimal.valueOf(outcome.projection().of(Strategy.ALL_API).totalCost())
				.setScale(2, java.math.RoundingMode.HALF_UP));
		// self-hosting's last cumulative figure is cash paid out; its total cost deducts
		// the book value of the nodes still serving, and the page says so with the three
		// amounts
		int selfHosted = rows.get(0).toList().indexOf(Strategy.SELF_HOSTED.label() + " (USD)");
		BigDecimal cash = new BigDecimal(rows.get(37).get(selfHosted));
		BigDecimal total = BigDecimal.valueOf(outcome.projection().of(Strategy.SELF_HOSTED).totalCost())
			.setScale(2, java.math.RoundingMode.HALF_UP);
		double bookValue = outcome.projection().of(Strategy.SELF_HOSTED).bookValueAtEnd();
		assertThat(bookValue).as("nodes still serving at month 36").isPositive();
		assertThat(cash.subtract(total).doubleValue()).isCloseTo(bookValue, org.assertj.core.data.Offset.offset(0.011));
		assertThat(this.mvc.get().uri("/scenarios/" + id)).hasStatusOk()
			.bodyText()
			.contains("All self-hosted: " + TableCells.format(cash) + " USD paid out by month 36 less "
					+ TableCells.format(cash.subtract(total)) + " USD, the straight-line book value of the nodes"
					+ " still serving then, is a total cost of " + TableCells.format(total) + " USD.");

		byte[] xlsx = this.mvc.get()
			.uri("/scenarios/" + id + "/summary.xlsx")
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> sheet = workbook.getFirstSheet().read();
			assertThat(sheet.get(1).getCellText(0)).isEqualTo(Strategy.ALL_API.label());
			assertThat(sheet.get(1).getCell(1).asNumber())
				.isEqualByComparingTo(BigDecimal.valueOf(outcome.projection().of(Strategy.ALL_API).totalCost())
					.setScale(2, java.math.RoundingMode.HALF_UP));
		}

		byte[] pdf = this.mvc.get()
			.uri("/scenarios/" + id + "/result.pdf")
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		PdfReader reader = new PdfReader(pdf);
		String firstPage = new PdfTextExtractor(reader).getTextFromPage(1);
		assertThat(firstPage).contains("Exported")
			.contains("All self-hosted")
			.contains(StrategyWords.payback(outcome.projection().measures(Strategy.SELF_HOSTED).payback()))
			.contains(signs)
			.contains("paid out by month 36 less " + TableCells.format(cash.subtract(total)) + " USD");
		// every figure of the strategies table on one line, none broken mid-digit
		List<String> figures = new ScenarioTables(outcome).summary()
			.rows()
			.stream()
			.flatMap(List::stream)
			.filter(Number.class::isInstance)
			.map(TableCells::format)
			.toList();
		assertThat(figures).isNotEmpty().allSatisfy(figure -> assertThat(firstPage).contains(figure));
		assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void compare_twoScenariosSideBySideAndRefusesOne() throws IOException {
		ScenarioForm formA = this.defaults.forWorkload(HELPDESK).named("Compare A", null);
		ScenarioForm formB = this.defaults.forWorkload("knowledge-base on meta-llama/llama-3.3-70b-instruct")
			.named("Compare B", null);
		long a = save(formA);
		long b = save(formB);

		// each scenario named once, in the key; its column, chart lines and chart numbers
		// carry its letter
		String page = this.mvc.get()
			.uri("/scenarios/compare?id=" + a + "&id=" + b)
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(page.split("Compare A", -1)).hasSize(2);
		assertThat(page.split("Compare B", -1)).hasSize(2);
		assertThat(page).contains("<dt>Scenario A</dt>")
			.contains("Scenario A: self-hosted")
			.contains("Scenario B: current API (USD)")
			// one row per NPV percentile, each an amount; the chance of payback in
			// percent
			.contains("Self-hosted: NPV over the uncertain inputs, median (USD)")
			.containsPattern("[0-9] %<")
			.doesNotContain("P10 / P50");
		assertThat(this.mvc.get().uri("/scenarios/compare?id=" + a)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Pick two to four scenarios");

		byte[] xlsx = this.mvc.get()
			.uri("/scenarios/compare.xlsx?id=" + a + "&id=" + b)
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> sheet = workbook.getFirstSheet().read();
			assertThat(sheet.get(0).getCellText(1)).isEqualTo("Compare A");
			assertThat(sheet.get(0).getCellText(2)).isEqualTo("Compare B");
		}

		// the overlaid chart's numbers: month 0 to the horizon, two columns per scenario,
		// the last row each strategy's cumulative cost at the horizon
		String csv = this.mvc.get()
			.uri("/scenarios/compare.csv?id=" + a + "&id=" + b + "&table=cumulative")
			.exchange()
			.getResponse()
			.getContentAsString();
		List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
		assertThat(rows.get(0).values()).containsExactly("Month", "Compare A: self-hosted (USD)",
				"Compare A: current API (USD)", "Compare B: self-hosted (USD)", "Compare B: current API (USD)");
		int horizon = formA.horizonMonths();
		assertThat(rows).hasSize(1 + horizon + 1);
		assertThat(new BigDecimal(rows.get(horizon + 1).get(3))).isEqualByComparingTo(
				BigDecimal.valueOf(this.runner.run(formB).projection().of(Strategy.SELF_HOSTED).cumulative()[horizon])
					.setScale(2, java.math.RoundingMode.HALF_UP));
		assertThat(this.mvc.get().uri("/scenarios/compare.csv?id=" + a + "&id=" + b + "&table=nonsense"))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void result_showsEachTableOnceWithTheBaselinesSellerAndTheRealBill() throws IOException {
		long id = save(this.defaults.forWorkload(HELPDESK).named("Tables once", null));

		String page = this.mvc.get().uri("/scenarios/" + id).exchange().getResponse().getContentAsString();

		// a fragment named "table" also selected every <table> element: each table twice
		for (String table : List.of("summary", "cumulative", "breakdown", "real-bill", "sources")) {
			assertThat(page.split("id=\"" + table + "\"", -1)).as(table).hasSize(2);
		}
		assertThat(page).contains("id=\"baseline-seller\">OpenAI&#39;s price (the seller in your usage data)<")
			.contains("<th scope=\"row\">Oct 2026</th>");
	}

	@Test
	void run_answersRepeatedInputsFromTheLastRunsButAnEditedHostingProfileRunsAfresh() {
		ScenarioForm form = this.defaults.forWorkload(HELPDESK).named("Cached", null);
		ScenarioOutcome first = this.runner.run(form);
		// the projection is kept; the real bill beside it is read afresh
		assertThat(this.runner.run(form).projection()).isSameAs(first.projection());

		com.breakeven.pricing.HostingProfile site = this.hosting.findHostingProfile(form.hostingProfile())
			.orElseThrow();
		com.breakeven.pricing.HostingProfile dearerPower = new com.breakeven.pricing.HostingProfile(site.id(),
				site.code(), site.displayName(), site.currency(), site.energyPricePerKwh().multiply(BigDecimal.TEN),
				site.pue(), site.colocationBasis(), site.colocationPrice(), site.rackPowerKw(), site.staffFtePerNode(),
				site.staffLoadedCostPerYear(), site.supportFractionOfCapexPerYear(), site.softwarePerNodePerYear(),
				site.source());
		this.hosting.updateHostingProfile(dearerPower);
		try {
			ScenarioOutcome afterEdit = this.runner.run(form);
			assertThat(afterEdit.projection()).isNotSameAs(first.projection());
			assertThat(afterEdit.projection().of(Strategy.SELF_HOSTED).totalCost())
				.isGreaterThan(first.projection().of(Strategy.SELF_HOSTED).totalCost());
		}
		finally {
			this.hosting.updateHostingProfile(site);
		}
	}

	private long save(ScenarioForm form) {
		MvcTestResult result = this.mvc.post()
			.uri("/scenarios")
			.with(csrf())
			.params(ScenarioForms.fields(form))
			.exchange();
		assertThat(result).as(result.getResponse().getRedirectedUrl() + "").hasStatus3xxRedirection();
		return Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
	}

	private long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM scenario").query(Long.class).single();
	}

}
