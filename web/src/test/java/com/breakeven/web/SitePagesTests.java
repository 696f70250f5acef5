package com.breakeven.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.security.test.context.support.WithMockUser;

import com.breakeven.ingestion.ImportKind;
import com.breakeven.ingestion.ImportRun;
import com.breakeven.ingestion.ImportRunRepository;
import com.breakeven.ingestion.ImportStatus;
import com.breakeven.pricing.HardwareRepository;
import com.breakeven.pricing.HostingProfile;
import com.breakeven.pricing.ModelRepository;
import com.breakeven.web.scenario.ScenarioDefaults;
import com.breakeven.web.scenario.ScenarioStore;
import com.breakeven.web.forms.NumberEditor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Recommendations, catalogue and imports pages on the sample data: ranked moves with
 * their routing file, a hosting profile edited (and refused beside the field when a
 * figure is no number), a hardware profile created and deleted (refused while a scenario
 * names it), a model's architecture set, uploads imported with their bad rows
 * quarantined, unsafe uploads refused.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:site;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@WithMockUser(roles = "ADMIN")
class SitePagesTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private HardwareRepository hardware;

	@Autowired
	private ImportRunRepository runs;

	@Autowired
	private ModelRepository models;

	@Autowired
	private ScenarioDefaults defaults;

	@Autowired
	private ScenarioStore scenarios;

	@Test
	void recommendations_rankTheMovesAndOfferTheRoutingFile() {
		// MMLU (0-shot CoT) with a floor of 80: GPT-4o's helpdesk can move to a cheaper
		// model that scores as well
		assertThat(this.mvc.get().uri("/recommendations?benchmark=MMLU (0-shot CoT)&floor=80")).hasStatusOk()
			.bodyText()
			.contains("id=\"moves\"")
			.contains("<strong class=\"workload\">helpdesk on openai/gpt-4o</strong>")
			// models and sellers by name, as the home page's moves name them
			.contains("<span class=\"move-from\">GPT-4o at OpenAI</span> →")
			.doesNotContain("at openai</span>")
			// the rounded amounts may not add up to the total: the page says why
			.contains("id=\"rounding-note\"")
			.contains("savings and the total are worked out before rounding")
			// each move once: no second list of the same moves
			.doesNotContain("id=\"headlines\"");
		assertThat(this.mvc.get().uri("/recommendations/routing.yaml?benchmark=MMLU (0-shot CoT)&floor=80"))
			.hasStatusOk()
			.bodyText()
			.satisfies(LiteLlmConfigs::assertLoadable);
	}

	@Test
	void catalogue_showsAModelsPriceHistoryAsAChartAndATable() {
		// gpt-oss-120b is sold by some twenty sellers, some known to the catalogue only
		// by their codes: every one by name
		assertThat(this.mvc.get().uri("/catalogue/prices?model=openai/gpt-oss-120b")).hasStatusOk()
			.bodyText()
			.contains("<span>Fireworks AI</span>")
			.contains("<span>Together AI</span>")
			.contains("<span>OpenRouter</span>")
			.doesNotContain("<span>fireworks-ai</span>")
			.doesNotContain("<span>openrouter</span>")
			.containsPattern("Drawn: [^<]*OpenRouter");
		assertThat(this.mvc.get().uri("/catalogue/prices?model=openai/gpt-4o")).hasStatusOk()
			.bodyText()
			.contains("id=\"price-chart\"")
			.contains("<svg")
			.contains("id=\"price-history\"")
			.contains("2.5");
		assertThat(this.mvc.get().uri("/catalogue/prices?model=no-such-model")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void catalogueTables_linkEachEntryOnceAndSayOnAPhoneThatTheyShowTheMainColumns() {
		// a GPU's row is named by its device and reached by its code
		assertThat(this.mvc.get().uri("/catalogue/hardware")).hasStatusOk()
			.bodyText()
			.contains("id=\"gpu-h100-sxm5-80gb\"")
			.contains("<a href=\"/catalogue/gpus/h100-sxm5-80gb\">H100 SXM5 80GB</a>")
			// a profile, too, by its name, reached by its code (the downloads keep it)
			.contains("id=\"hosting-colo-texas\"")
			.contains("<a href=\"/catalogue/hosting/colo-texas\">Colocation, Texas</a>")
			.contains("<a href=\"/catalogue/hardware/hgx-h100-8x\">HGX H100 8-GPU server</a>")
			.doesNotContain(">colo-texas</")
			.contains("id=\"hosting-terms\"")
			// a device without a unit price says so
			.contains("data-label=\"Unit price (USD)\">no reliable price</td>")
			.contains("Unit price (USD)")
			.contains("data-label=\"Support a year (% of capex)\" class=\"num\">8</td>")
			// the headings name the one currency, so no column repeats it (the downloads
			// keep it)
			.doesNotContain("data-label=\"Currency\"")
			.contains("id=\"gpus-phone-note\"")
			.contains("Phone view shows the main columns; the download and the wide view have all of them.");
		// the rate is the run's, on all its GPUs together
		assertThat(this.mvc.get().uri("/catalogue/throughput")).hasStatusOk()
			.bodyText()
			.contains(">Output tokens/s, all the run&#39;s GPUs</th>")
			.contains("id=\"measurements-phone-note\"");
		// a day never breaks at its hyphens; a long source gets a readable column
		assertThat(this.mvc.get().uri("/catalogue/quality")).hasStatusOk()
			.bodyText()
			.contains("data-label=\"As of\" class=\"date-cell minor-column\">2026-11-23</td>")
			// LMArena's overall board as "overall", its interval in one cell
			.contains("data-label=\"Category\" class=\"minor-column\">overall</td>")
			.doesNotContain(">full</td>")
			.containsPattern("data-label=\"95 % interval\">1,[0-9]{3}\\.[0-9]\u00a0– 1,[0-9]{3}\\.[0-9]</td>")
			.containsPattern("data-label=\"Source\" class=\"long-text[^\"]*\"");
	}

	@Test
	void pricesPage_saysWhichArchitectureFiguresAnOpenModelLacksAndWhatTheyAreFor() {
		// DeepSeek V3 as the sample describes it: its multi-head latent attention has no
		// plain KV-head count (models.csv); another test sets them, so they are cleared
		// here and put back after
		com.breakeven.pricing.Model deepseek = this.models.resolve("deepseek/deepseek-chat").orElseThrow();
		this.models.saveArchitecture(new com.breakeven.pricing.Model(deepseek.id(), deepseek.canonicalName(),
				deepseek.creatorProviderId(), deepseek.displayName(), deepseek.family(), deepseek.mode(), true,
				deepseek.contextWindowTokens(), deepseek.maxOutputTokens(), deepseek.parametersBillions(),
				deepseek.activeParametersBillions(), deepseek.layers(), null, null));
		try {
			assertThat(this.mvc.get().uri("/catalogue/prices?model=deepseek/deepseek-chat")).hasStatusOk()
				.bodyText()
				.contains("id=\"architecture-gaps\"")
				.contains("Not in the catalogue for this model: KV heads and head dimension. The memory check sizes "
						+ "the weights and the KV cache");
		}
		finally {
			this.models.saveArchitecture(deepseek);
		}
		// a model whose weights cannot be downloaded is never sized for own GPUs
		assertThat(this.mvc.get().uri("/catalogue/prices?model=openai/gpt-4o")).hasStatusOk()
			.bodyText()
			.doesNotContain("id=\"architecture-gaps\"");
	}

	@Test
	void priceChart_drawsTheCheapestSellersOrThoseTickedAndNamesTheOthersInASentence() throws Exception {
		// the sample's gpt-oss-120b has more sellers than a legend holds
		String page = this.mvc.get()
			.uri("/catalogue/prices?model=openai/gpt-oss-120b")
			.exchange()
			.getResponse()
			.getContentAsString();
		List<String> drawn = chartSeries(page);
		assertThat(drawn).hasSize(2 * 4);
		assertThat(page).contains("the 4 cheapest by output price today. Not drawn, ")
			.contains("name=\"seller\" value=\"Groq\"");

		String ticked = this.mvc.get()
			.uri("/catalogue/prices?model=openai/gpt-oss-120b&seller=Groq&seller=DeepInfra")
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(chartSeries(ticked)).containsExactlyInAnyOrder("Groq: input", "Groq: output", "DeepInfra: input",
				"DeepInfra: output");
		assertThat(ticked).contains("Drawn: ").doesNotContain("cheapest by output price today");
	}

	/**
	 * The series the page's (wide) chart names in its description, as its legend does.
	 */
	private static List<String> chartSeries(String page) {
		java.util.regex.Matcher series = java.util.regex.Pattern.compile("<desc>Series: ([^;<]*)").matcher(page);
		assertThat(series.find()).as("a chart described by its series").isTrue();
		return List.of(series.group(1).split(", "));
	}

	@Test
	void hostingProfile_editedInTheCatalogueKeepsItsCodeAndARefusedEditChangesNothing() {
		HostingProfile before = this.hardware.findHostingProfile("colo-texas").orElseThrow();
		// the page shows amounts grouped and support in percent of capex a year (0.08 ->
		// 8)
		assertThat(this.mvc.get().uri("/catalogue/hosting/colo-texas")).hasStatusOk()
			.bodyText()
			.contains("name=\"staffLoadedCostPerYear\" value=\"200,000\"")
			.contains("name=\"supportFractionOfCapexPerYear\" value=\"8\"")
			.contains("% of capex a year")
			.doesNotContain("fraction of capex");

		// a decimal comma is refused beside its field, never read as 7 or 700
		assertThat(editHosting(before, "0,07", "1.58")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("id=\"energyPricePerKwh-error\">“0,07”: a comma only separates thousands here");
		assertThat(editHosting(before, "0.0700", "1.58", "100")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("id=\"supportFractionOfCapexPerYear-error\">must be a percentage from 0 to under 100");

		assertThat(editHosting(before, "0.0700", "abc")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("id=\"pue-error\">“abc” is not a number");
		assertThat(editHosting(before, "0.0700", "0.9")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("id=\"pue-error\">must be greater than or equal to 1");
		assertThat(this.hardware.findHostingProfile("colo-texas").orElseThrow()).isEqualTo(before);

		assertThat(editHosting(before, "0.0700", "1.40")).hasStatus3xxRedirection()
			.flash()
			.containsEntry("message", "Saved hosting profile colo-texas.");
		HostingProfile after = this.hardware.findHostingProfile("colo-texas").orElseThrow();
		assertThat(after.pue()).isEqualByComparingTo("1.40");
		assertThat(after.energyPricePerKwh()).isEqualByComparingTo("0.0700");
		assertThat(after.code()).isEqualTo("colo-texas");
		// what the page showed grouped and in percent is stored as it was
		assertThat(after.staffLoadedCostPerYear()).isEqualByComparingTo(before.staffLoadedCostPerYear());
		assertThat(after.supportFractionOfCapexPerYear()).isEqualByComparingTo(before.supportFractionOfCapexPerYear());
	}

	@Test
	void devicePage_showsTheKindChosenAndTheHostingPageItsColocationBasis() {
		assertThat(this.mvc.get().uri("/catalogue/gpus/apple-m2-ultra-192gb")).hasStatusOk()
			.bodyText()
			.contains("id=\"kind\" name=\"kind\"")
			.contains("<option value=\"UNIFIED\" selected=\"selected\">unified memory (Apple silicon)</option>")
			.contains("GB or GiB");
		assertThat(this.mvc.get().uri("/catalogue/gpus/a100-sxm-80gb")).hasStatusOk()
			.bodyText()
			.contains("<span>Catalogue: GPU A100 SXM 80GB</span>")
			.contains("<small class=\"entry-code\">code a100-sxm-80gb</small>")
			.contains("<title>Breakeven — GPU A100 SXM 80GB</title>")
			.contains("<small>USD (change it under Currency)</small>")
			.doesNotContain("Catalogue: GPU a100-sxm-80gb");
		assertThat(this.mvc.get().uri("/catalogue/gpus/new")).hasStatusOk()
			.bodyText()
			.contains("<option value=\"GPU\" selected=\"selected\">GPU</option>");
		assertThat(this.mvc.get().uri("/catalogue/hosting/colo-texas")).hasStatusOk()
			.bodyText()
			// the price's unit follows its basis and names the profile's currency
			.contains("<span>Colocation price</span> <small>USD per kW per month</small>")
			.contains("<small>USD per kWh (change it under Currency)</small>")
			.contains("id=\"colocationBasis\" name=\"colocationBasis\"")
			.contains("<option value=\"PER_KW_MONTH\" selected=\"selected\">per kW per month</option>");
	}

	@Test
	void hardwareProfile_createdOnItsPageListedAndDeletedUnlessAScenarioNamesIt() {
		assertThat(this.mvc.get().uri("/catalogue/hardware/new")).hasStatusOk()
			.bodyText()
			.contains("id=\"entry-form\"")
			.contains("H200 SXM 141GB · 37,500 USD · 700 W");
		// an unknown GPU is refused beside its field, and nothing is stored
		long profiles = this.hardware.countHardwareProfiles();
		assertThat(newNode("l4-2x", "tpu-v9")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("id=\"gpu-error\">no GPU &#39;tpu-v9&#39; in the catalogue");
		assertThat(this.hardware.countHardwareProfiles()).isEqualTo(profiles);

		assertThat(newNode("l4-2x", "l4-24gb")).hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/catalogue/hardware#hardware-l4-2x");
		// its row in the profiles table, its name linking to its page by its code (the
		// table is the page's one list of profiles)
		assertThat(this.mvc.get().uri("/catalogue/hardware")).hasStatusOk()
			.bodyText()
			.contains("id=\"hardware-l4-2x\"")
			.contains("<a href=\"/catalogue/hardware/l4-2x\">2x node</a>")
			.contains("data-label=\"GPU\">L4 24GB</td>")
			.doesNotContain("class=\"entries\"");
		// the delete asks again, naming what goes; without the second step nothing goes
		assertThat(this.mvc.get().uri("/catalogue/hardware/l4-2x")).hasStatusOk()
			.bodyText()
			.contains("id=\"unused\"")
			// named as people know it, the code in small type after the name
			.contains("<span>Catalogue: hardware profile 2x node</span>")
			.contains("<small class=\"entry-code\">code l4-2x</small>")
			.contains("This deletes hardware profile 2x node from the catalogue")
			.contains("name=\"confirm\" value=\"yes\">Yes, delete hardware profile 2x node</button>");
		assertThat(this.mvc.post().uri("/catalogue/hardware/l4-2x/delete").with(csrf())).hasStatus3xxRedirection()
			.flash()
			.hasEntrySatisfying("error", message -> assertThat((String) message)
				.startsWith("Not deleted: hardware profile 2x node goes only once you press “Yes, delete”"));
		assertThat(this.hardware.findHardwareProfile("l4-2x")).isPresent();
		assertThat(this.mvc.post().uri("/catalogue/hardware/l4-2x/delete").with(csrf()).param("confirm", "yes"))
			.hasStatus3xxRedirection()
			.flash()
			.containsEntry("message", "Deleted hardware profile 2x node.");
		assertThat(this.hardware.findHardwareProfile("l4-2x")).isEmpty();

		this.scenarios.create(this.defaults.forWorkload("helpdesk on openai/gpt-4o").named("Page test scenario", null),
				null);
		String used = this.defaults.forWorkload("helpdesk on openai/gpt-4o").hardwareProfile();
		assertThat(this.mvc.get().uri("/catalogue/hardware/" + used)).hasStatusOk()
			.bodyText()
			.contains("<li>scenario “Page test scenario”</li>");
		assertThat(this.mvc.post().uri("/catalogue/hardware/" + used + "/delete").with(csrf()).param("confirm", "yes"))
			.hasStatus3xxRedirection()
			.flash()
			.hasEntrySatisfying("error", message -> assertThat((String) message)
				.startsWith("Not deleted: hardware profile " + used + " is used by scenario “Page test scenario”"));
		assertThat(this.hardware.findHardwareProfile(used)).isPresent();
	}

	@Test
	void architecture_setOnTheModelsPage() {
		assertThat(this.mvc.get().uri("/catalogue/architecture?model=deepseek/deepseek-chat")).hasStatusOk()
			.bodyText()
			.contains("Catalogue: architecture of deepseek/deepseek-chat");
		assertThat(this.mvc.post()
			.uri("/catalogue/architecture")
			.with(csrf())
			.param("model", "deepseek/deepseek-chat")
			.param("parametersBillions", "671")
			.param("activeParametersBillions", "")
			.param("layers", "61")
			.param("kvHeads", "0")
			.param("headDim", "128")
			.param("contextWindowTokens", "131,072")
			.param("openWeights", "true")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("id=\"kvHeads-error\">must be greater than or equal to 1");
		assertThat(this.mvc.post()
			.uri("/catalogue/architecture")
			.with(csrf())
			.param("model", "deepseek/deepseek-chat")
			.param("parametersBillions", "671")
			.param("activeParametersBillions", "37")
			.param("layers", "61")
			.param("kvHeads", "128")
			.param("headDim", "128")
			.param("contextWindowTokens", "131,072")
			.param("openWeights", "true")).hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/catalogue/architecture?model=deepseek/deepseek-chat");
		assertThat(this.models.resolve("deepseek/deepseek-chat").orElseThrow().kvHeads()).isEqualTo(128);
		assertThat(this.models.resolve("deepseek/deepseek-chat").orElseThrow().contextWindowTokens())
			.isEqualTo(131_072);
	}

	@Test
	void usageUpload_runsInTheBackgroundAndItsReportListsTheQuarantinedRow() throws InterruptedException {
		// 25 good requests and one whose token count is no number: 1 of 26 lines
		// refused, under the 5 % that would fail the file
		StringBuilder log = new StringBuilder(
				"request_id,startTime,model,spend,prompt_tokens,completion_tokens,team_id\n");
		for (int i = 1; i <= 25; i++) {
			log.append("web-").append(i).append(",2025-06-01T10:00:00Z,gpt-4o,0.010,1000,100,team-web\n");
		}
		log.append("web-bad,2025-06-01T11:00:00Z,gpt-4o,0.010,lots,100,team-web\n");
		// a name that tries to climb out of the upload directory is only a label
		MockMultipartFile file = new MockMultipartFile("file", "../../etc/spend.csv", "text/csv",
				log.toString().getBytes(StandardCharsets.UTF_8));

		assertThat(this.mvc.post()
			.uri("/imports/usage")
			.multipart()
			.file(file)
			.param("format", "litellm-spend")
			.with(csrf())).hasStatus3xxRedirection();

		ImportRun run = awaitRun("web upload spend.csv");
		assertThat(run.status()).as(run.message()).isEqualTo(ImportStatus.COMPLETED);
		assertThat(run.counts().rejected()).isEqualTo(1);
		assertThat(this.mvc.get().uri("/imports/" + run.id())).hasStatusOk()
			.bodyText()
			.contains("id=\"quarantine\"")
			.contains("lots")
			.contains("prompt_tokens");
		// the bad row is line 27: the header is line 1, the 25 good rows lines 2 to 26
		assertThat(csv("/imports/" + run.id() + "/quarantine.csv")).hasSize(2)
			.last()
			.satisfies(row -> assertThat(row.values()).startsWith("spend.csv", "27", "prompt_tokens", "lots"));
		assertThat(csv("/imports/runs.csv")).anySatisfy(row -> assertThat(row.get(0)).isEqualTo("" + run.id()));
	}

	@Test
	void priceListUpload_addsAPriceFromItsDayAndTheCatalogueExportsIt() {
		// a negotiated GPT-4o price from 2030: today's prices (and every other test's
		// numbers) stay as they are
		MockMultipartFile list = new MockMultipartFile("file", "negotiated.csv", "text/csv",
				"model,provider,currency,input_per_mtok,output_per_mtok\nopenai/gpt-4o,openai,USD,1.75,7.00\n"
					.getBytes(StandardCharsets.UTF_8));

		assertThat(this.mvc.post()
			.uri("/imports/prices")
			.multipart()
			.file(list)
			.param("feed", "manual")
			.param("asOf", "2030-01-01")
			.with(csrf())).hasStatus3xxRedirection()
			.flash()
			.hasEntrySatisfying("message",
					message -> assertThat((String) message).contains("negotiated.csv: completed"));

		assertThat(csv("/catalogue/prices.csv?model=openai/gpt-4o"))
			.anySatisfy(row -> assertThat(row.values()).contains("1.75", "7.00", "2030-01-01"));
		assertThat(this.mvc.post()
			.uri("/imports/prices")
			.multipart()
			.file(list)
			.param("feed", "manual")
			.param("asOf", "1 Jan 2030")
			.with(csrf())).flash().containsEntry("error", "as of must be a date like 2026-11-01, was '1 Jan 2030'");
	}

	@Test
	void qualityUpload_ofLmArenasLeaderboardStoresTheKnownKeyAndTheRunPageListsTheOther() {
		// two ratings of the shipped leaderboard (lmarena/arena-catalog commit c9558b60,
		// board "full"), as published: a key the catalogue holds and one it does not
		MockMultipartFile leaderboard = new MockMultipartFile("file", "leaderboard-text.json", "application/json", """
				{"full": {
				  "gpt-4o-mini-2024-07-18": {"rating": 1287.222118494587, "rating_q975": 1290.5916953805854,
				                             "rating_q025": 1283.8525416085886},
				  "alpaca-13b": {"rating": 934.6869823866326, "rating_q975": 946.3159457958766,
				                 "rating_q025": 923.0580189773887}}}
				""".getBytes(StandardCharsets.UTF_8));

		MvcTestResult upload = this.mvc.post()
			.uri("/imports/quality")
			.multipart()
			.file(leaderboard)
			.param("format", "lmarena")
			.param("asOf", "2025-12-11")
			.with(csrf())
			.exchange();

		assertThat(upload).hasStatus3xxRedirection()
			.flash()
			.hasEntrySatisfying("message",
					message -> assertThat((String) message).contains("leaderboard-text.json: completed")
						.contains("1 LMArena ratings with their 95 % interval stored for 1 catalogued models")
						.contains("as of 2025-12-11")
						.contains("1 keys not stored, each a quarantined row with its reason: alpaca-13b"));
		String runPage = upload.getResponse().getRedirectedUrl();
		assertThat(this.mvc.get().uri(runPage)).hasStatusOk()
			.bodyText()
			.contains("alpaca-13b")
			.contains("not stored: &#39;alpaca-13b&#39; is not in the catalogue, as written or in any spelling of it");
		assertThat(this.mvc.post()
			.uri("/imports/quality")
			.multipart()
			.file(leaderboard)
			.param("format", "helm")
			.with(csrf())).flash().containsEntry("error", "format must be one of [lm-eval, lmarena, csv], was 'helm'");
	}

	@Test
	void sampleData_ratesOverAHundredCatalogueModelsOnLmArenaWithTheirInterval() {
		// issue 19: on the sample data, at least 100 catalogue models carry an LMArena
		// rating with its interval
		List<CSVRecord> overall = csv("/catalogue/quality.csv").stream()
			.filter(row -> row.get(1).equals("LMArena text"))
			.toList();

		// a rating (no maximum) stands in its own column, never beside percentages
		assertThat(overall).hasSizeGreaterThanOrEqualTo(100).allSatisfy(row -> {
			assertThat(row.get(2)).isEmpty();
			assertThat(row.get(3)).isEmpty();
			// to one decimal, as the boards publish them, not the feed's four
			assertThat(row.get(4)).matches("\\d+\\.\\d");
			assertThat(new java.math.BigDecimal(row.get(5))).isLessThanOrEqualTo(new java.math.BigDecimal(row.get(4)));
			assertThat(new java.math.BigDecimal(row.get(6)))
				.isGreaterThanOrEqualTo(new java.math.BigDecimal(row.get(4)));
			assertThat(row.get(7)).isEqualTo("full");
			assertThat(row.get(8)).isEqualTo("2025-12-11");
		});
		assertThat(csv("/catalogue/quality.csv")).anySatisfy(row -> {
			assertThat(row.get(1)).startsWith("GPQA Diamond");
			assertThat(row.get(3)).isEqualTo("100");
			assertThat(row.get(4)).isEmpty();
		});
		assertThat(overall.stream().map(row -> row.get(0)).distinct()).hasSameSizeAs(overall);
		// the page shows whole benchmarks unless a category board is chosen, a table
		// each, headed by the benchmark (no column repeats it)
		assertThat(this.mvc.get().uri("/catalogue/quality")).hasStatusOk()
			.bodyText()
			.containsPattern(">LMArena text \\([0-9]+ models\\)</h3>")
			.containsPattern(">MMLU \\(0-shot CoT\\) \\([0-9]+ models?\\)</h3>")
			.doesNotContain("data-label=\"Benchmark\"")
			.doesNotContainPattern("LMArena text: coding \\([0-9]+ models\\)</h3>");
		assertThat(this.mvc.get().uri("/catalogue/quality?benchmark=LMArena text: coding")).hasStatusOk()
			.bodyText()
			.containsPattern(">LMArena text: coding \\([0-9]+ models\\)</h3>")
			.doesNotContainPattern("MMLU \\(0-shot CoT\\) \\([0-9]+ models?\\)</h3>");
	}

	@Test
	void catalogueTables_downloadAsCsvAndXlsxWithTheirUnitsInTheHeader() throws IOException {
		assertThat(csv("/catalogue/gpus.csv").get(0).values()).contains("Kind", "Memory", "Memory unit", "TDP (W)");
		// a Mac's unified memory is stated in GiB, a GPU's memory in GB
		assertThat(csv("/catalogue/gpus.csv")).anySatisfy(row -> assertThat(row.values())
			.containsSubsequence("M2 Ultra 192GB (Mac Studio 2023)", "unified memory (Apple silicon)", "192", "GiB"));
		assertThat(csv("/catalogue/measurements.csv")).hasSizeGreaterThan(1);
		assertThat(csv("/catalogue/hosting-profiles.csv"))
			.anySatisfy(row -> assertThat(row.get(0)).isEqualTo("colo-texas"));
		byte[] xlsx = this.mvc.get().uri("/catalogue/quality.xlsx").exchange().getResponse().getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> sheet = workbook.getFirstSheet().read();
			assertThat(sheet.get(0).getCellText(2)).isEqualTo("Score");
			assertThat(sheet.get(0).getCellText(4)).isEqualTo("Rating (Elo scale)");
			assertThat(sheet.stream().skip(1).map(row -> row.getCell(row.getCellText(2).isEmpty() ? 4 : 2).getType()))
				.containsOnly(org.dhatim.fastexcel.reader.CellType.NUMBER);
		}
		assertThat(this.mvc.get().uri("/catalogue/secrets.csv")).hasStatus(HttpStatus.NOT_FOUND);
	}

	private List<CSVRecord> csv(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		try {
			return CSVFormat.RFC4180.parse(new StringReader(result.getResponse().getContentAsString())).getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void fxUpload_ofTheEcbsDailyCsvKeepsTheRatesShippedAndABadRateNamesFileLineAndCurrency() throws IOException {
		// the ECB's daily CSV of 2026-04-13: the sample data already holds that day
		MockMultipartFile daily = new MockMultipartFile("file", "eurofxref.csv", "text/csv",
				fixture("eurofxref-daily.csv"));
		assertThat(this.mvc.post().uri("/imports/fx").multipart().file(daily).with(csrf())).hasStatus3xxRedirection()
			.flash()
			.hasEntrySatisfying("message", message -> assertThat((String) message).contains("eurofxref.csv: completed")
				.contains("0 rates added, 29 already stored"));

		MockMultipartFile bad = new MockMultipartFile("file", "eurofxref-hist.csv", "text/csv",
				fixture("eurofxref-hist-rate-not-a-number.csv"));
		assertThat(this.mvc.post().uri("/imports/fx").multipart().file(bad).with(csrf())).hasStatus3xxRedirection()
			.flash()
			.hasEntrySatisfying("message",
					message -> assertThat((String) message).contains(": failed")
						.contains("eurofxref-hist.csv line 3, column GBP: rate is not a number: zero point eight seven")
						.doesNotContain("/tmp"));
		assertThat(this.mvc.get().uri("/imports")).bodyText().contains("id=\"fx-upload\"").contains("/imports/fx");
	}

	private static byte[] fixture(String name) throws IOException {
		try (var in = SitePagesTests.class.getClassLoader().getResourceAsStream("fx/" + name)) {
			return in.readAllBytes();
		}
	}

	@Test
	void uploads_ofAnUnknownTypeOrWithoutTheCsrfTokenAreRefused() {
		MockMultipartFile binary = new MockMultipartFile("file", "payload.exe", "application/octet-stream",
				new byte[] { 0x4d, 0x5a });
		assertThat(this.mvc.post().uri("/imports/usage").multipart().file(binary).param("format", "focus").with(csrf()))
			.hasStatus3xxRedirection()
			.flash()
			.hasEntrySatisfying("error", message -> assertThat((String) message).contains("payload.exe")
				.contains("is not an export this page reads"));

		MockMultipartFile csv = new MockMultipartFile("file", "usage.csv", "text/csv", "a,b\n".getBytes());
		assertThat(this.mvc.post().uri("/imports/usage").multipart().file(csv).param("format", "focus"))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	/**
	 * The hosting profile's form as the page posts it, with a new energy price and PUE.
	 */
	private MockMvcTester.MockMvcRequestBuilder editHosting(HostingProfile before, String energyPrice, String pue) {
		// the page takes support in percent of capex a year
		return editHosting(before, energyPrice, pue,
				before.supportFractionOfCapexPerYear().movePointRight(2).toPlainString());
	}

	private MockMvcTester.MockMvcRequestBuilder editHosting(HostingProfile before, String energyPrice, String pue,
			String supportPercent) {
		return this.mvc.post()
			.uri("/catalogue/hosting/" + before.code())
			.with(csrf())
			.param("displayName", before.displayName())
			.param("energyPricePerKwh", energyPrice)
			.param("pue", pue)
			.param("code", before.code())
			.param("currency", before.currency().getCurrencyCode())
			.param("colocationBasis", before.colocationBasis().name())
			.param("colocationPrice", before.colocationPrice().toPlainString())
			.param("staffFtePerNode", before.staffFtePerNode().toPlainString())
			.param("staffLoadedCostPerYear", NumberEditor.write(before.staffLoadedCostPerYear(), true))
			.param("supportFractionOfCapexPerYear", supportPercent)
			.param("softwarePerNodePerYear", before.softwarePerNodePerYear().toPlainString())
			.param("source", before.source());
	}

	/** A new 2-GPU node as the page posts it. */
	private MockMvcTester.MockMvcRequestBuilder newNode(String code, String gpu) {
		return this.mvc.post()
			.uri("/catalogue/hardware")
			.with(csrf())
			.param("code", code)
			.param("displayName", "2x node")
			.param("gpu", gpu)
			.param("gpusPerNode", "2")
			.param("serverCapex", "9,000")
			.param("networkingCapex", "1000")
			.param("installationCapex", "500")
			.param("currency", "USD")
			.param("nodeOverheadWatts", "300")
			.param("source", "");
	}

	private ImportRun awaitRun(String triggeredBy) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (Instant.now().isBefore(deadline)) {
			List<ImportRun> done = this.runs.recent(10)
				.stream()
				.filter(r -> r.kind() == ImportKind.USAGE && r.source() != null && r.source().endsWith(".csv")
						&& r.status() != ImportStatus.RUNNING)
				.toList();
			if (!done.isEmpty()) {
				return done.get(0);
			}
			Thread.sleep(200);
		}
		throw new AssertionError("no finished usage import run for " + triggeredBy + " within 60 s");
	}

}
