package com.breakeven.ingestion.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.breakeven.db.testing.BothDatabasesTest;
import com.breakeven.ingestion.ImportRun;
import com.breakeven.ingestion.ImportStatus;
import com.breakeven.ingestion.RowFailure;
import com.breakeven.ingestion.SampleCatalogue;
import com.breakeven.pricing.Model;
import com.breakeven.pricing.ModelMode;
import com.breakeven.pricing.Provider;
import com.breakeven.pricing.ProviderKind;
import com.breakeven.pricing.ProviderRepository;
import com.breakeven.pricing.QualityScore;
import com.breakeven.pricing.QualityScoreRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The user's own evaluation results become quality scores of catalogued models, all or
 * nothing.
 */
class QualityImportsTest extends BothDatabasesTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

	/** lm-evaluation-harness 0.4 results: two tasks, metrics with filters and stderr. */
	private static final String LM_EVAL = """
			{"results": {
			   "mmlu": {"alias": "mmlu", "acc,none": 0.6834, "acc_stderr,none": 0.0038},
			   "gsm8k": {"alias": "gsm8k", "exact_match,strict-match": 0.7521, "exact_match_stderr,strict-match": 0.0119,
			             "exact_match,flexible-extract": 0.7710, "exact_match_stderr,flexible-extract": "N/A"}},
			 "config": {"model": "vllm", "model_args": "pretrained=meta-llama/Llama-3.1-8B-Instruct,tensor_parallel_size=1"},
			 "lm_eval_version": "0.4.9", "date": 1763800000.5}
			""";

	@TempDir
	Path directory;

	private QualityImports imports;

	private QualityScoreRepository scores;

	private SampleCatalogue catalogue;

	@BeforeEach
	void catalogue() {
		SampleCatalogue catalogue = SampleCatalogue.loaded(this.database.dataSource(), CLOCK);
		this.catalogue = catalogue;
		this.scores = catalogue.quality();
		this.imports = new QualityImports(catalogue.runs(), this.scores, catalogue.models(), catalogue.transactions(),
				CLOCK);
	}

	@Test
	void importFile_storesEveryLmEvalMetricAsAPercentageOfTheModelTheConfigNames() throws IOException {
		long before = this.scores.count();
		Path file = Files.writeString(this.directory.resolve("results_2025-11-22.json"), LM_EVAL);

		ImportRun run = this.imports.importFile("lm-eval", file, null, "test");

		assertThat(run.status()).as(run.message()).isEqualTo(ImportStatus.COMPLETED);
		assertThat(this.scores.count()).isEqualTo(before + 3);
		List<QualityScore> mine = this.scores.latest()
			.stream()
			.filter(score -> score.benchmark().contains("lm-eval"))
			.toList();
		// 0.6834 → 68.34 %; the stderr and the "N/A" stderr are not scores
		assertThat(mine).extracting(QualityScore::benchmark)
			.containsExactlyInAnyOrder("mmlu (lm-eval acc)", "gsm8k (lm-eval exact_match, strict-match)",
					"gsm8k (lm-eval exact_match, flexible-extract)");
		QualityScore mmlu = mine.stream().filter(s -> s.benchmark().startsWith("mmlu")).findFirst().orElseThrow();
		assertThat(mmlu.score()).isEqualByComparingTo("68.34");
		assertThat(mmlu.scaleMax()).isEqualByComparingTo("100");
		// epoch 1763800000 = 2025-11-22 (UTC)
		assertThat(mmlu.asOf()).isEqualTo(LocalDate.of(2025, 11, 22));
		assertThat(mmlu.source()).isEqualTo("lm-evaluation-harness 0.4.9 results_2025-11-22.json");
	}

	@Test
	void importFile_aModelNotInTheCatalogueFailsTheRunAndStoresNothing() throws IOException {
		long before = this.scores.count();
		Path file = Files.writeString(this.directory.resolve("results.json"), LM_EVAL);

		ImportRun run = this.imports.importFile("lm-eval", file, "my-org/finetune-7b", "test");

		assertThat(run.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(run.message())
			.isEqualTo("results.json (give --model with a catalogued name): model 'my-org/finetune-7b' is not in"
					+ " the catalogue, as written or in any spelling of it");
		assertThat(this.scores.count()).isEqualTo(before);
	}

	@Test
	void importFile_aCsvRowWithABadScoreIsRefusedByLineAndFieldAndNothingIsStored() throws IOException {
		long before = this.scores.count();
		Path file = Files.writeString(this.directory.resolve("evals.csv"), """
				model,benchmark,score,scale_max,source
				openai/gpt-4o,internal-support-eval,91.5,100,our eval set 2026-11
				openai/gpt-4o-mini,internal-support-eval,high,100,our eval set 2026-11
				""");

		ImportRun run = this.imports.importFile("csv", file, null, "test");

		assertThat(run.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(run.message()).isEqualTo("evals.csv, line 3, field 'score': not a number ('high')");
		assertThat(this.scores.count()).isEqualTo(before);
	}

	@Test
	void importFile_readsLmEval03MetricsWithoutFilterAndKeepsTheShotsInTheBenchmarkName() throws IOException {
		catalogued("bigscience", "bigscience/bloom-1b1");
		long before = this.scores.count();

		ImportRun run = this.imports.importFile("lm-eval",
				fixture("lm-eval-0.3_bloom-1b1_common_sense_reasoning_0-shot.json"), null, "test");

		assertThat(run.status()).as(run.message()).isEqualTo(ImportStatus.COMPLETED);
		// 12 tasks, 20 metrics beside their stderr: acc (12), acc_norm (6), em and f1
		assertThat(this.scores.count()).isEqualTo(before + 20);
		QualityScore hellaswag = latest("hellaswag (lm-eval acc_norm, 0-shot)");
		// 0.4177454690300737 as a percentage, four decimals kept: 41.7745
		assertThat(hellaswag.score()).isEqualByComparingTo("41.7745");
		assertThat(hellaswag.scaleMax()).isEqualByComparingTo("100");
		assertThat(hellaswag.source())
			.isEqualTo("lm-evaluation-harness lm-eval-0.3_bloom-1b1_common_sense_reasoning_0-shot.json");
		// the file has no date: the day of the import
		assertThat(hellaswag.asOf()).isEqualTo(LocalDate.of(2026, 11, 23));
		assertThat(latest("mc_taco (lm-eval em, 0-shot)").score()).isEqualByComparingTo("14.4895");
	}

	@Test
	void importFile_aLocalPathAsTheModelAsksForModelAndWithItStoresTheEightShotScore() {
		catalogued("meta-llama", "meta-llama/llama-7b");
		Path file = fixture("lm-eval-0.3_llama-7B_gsm8k_8-shot.json");

		ImportRun refused = this.imports.importFile("lm-eval", file, null, "test");
		ImportRun run = this.imports.importFile("lm-eval", file, "meta-llama/llama-7b", "test");

		assertThat(refused.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(refused.message()).contains("give --model")
			.contains("model '/gaueko1/hizkuntza-ereduak/LLaMA/lm/huggingface/7B' is not in the catalogue");
		assertThat(run.status()).as(run.message()).isEqualTo(ImportStatus.COMPLETED);
		// 0.0803639120545868 → 8.0364 %
		assertThat(run.message()).isEqualTo("1 quality scores stored: gsm8k (lm-eval acc, 8-shot) 8.0364");
	}

	@Test
	void importFile_aCsvWithoutRowsStoresNothingAndFails() throws IOException {
		Path file = Files.writeString(this.directory.resolve("evals.csv"), "model,benchmark,score,scale_max,source\n");

		ImportRun run = this.imports.importFile("csv", file, null, "test");

		assertThat(run.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(run.message()).isEqualTo("no quality score stored: evals.csv has a header and no rows");
	}

	@Test
	void importFile_anLmArenaFileWhoseKeysNameNoCatalogueModelFailsAndListsEveryKey() {
		long before = this.scores.count();

		ImportRun run = this.imports.importFile("lmarena", fixture("lmarena-2023-models-only.json"), null,
				LocalDate.of(2025, 12, 11), "test");

		assertThat(run.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(run.message()).startsWith("no quality score stored: none of the 3 LMArena keys names a catalogued"
				+ " model; 3 keys not stored, each a quarantined row with its reason: alpaca-13b, vicuna-13b,");
		assertThat(this.catalogue.runs().quarantinedRows(run.id())).extracting(RowFailure::rawValue)
			.containsExactly("alpaca-13b", "vicuna-13b", "RWKV-4-Raven-14B");
		assertThat(this.scores.count()).isEqualTo(before);
	}

	@Test
	void importFile_anLmArenaRatingWithoutItsLowerBoundNamesLineCategoryKeyAndField() {
		ImportRun run = this.imports.importFile("lmarena", fixture("lmarena-missing-rating_q025.json"), null,
				LocalDate.of(2025, 12, 11), "test");

		assertThat(run.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(run.message()).isEqualTo("lmarena-missing-rating_q025.json, line 8, category 'full',"
				+ " key 'vicuna-13b', field 'rating_q025': missing or not a number");
	}

	private QualityScore latest(String benchmark) {
		return this.scores.latest()
			.stream()
			.filter(score -> score.benchmark().equals(benchmark))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no score on " + benchmark));
	}

	private void catalogued(String creator, String name) {
		JdbcClient jdbc = JdbcClient.create(this.database.dataSource());
		ProviderRepository providers = new ProviderRepository(jdbc, CLOCK);
		Provider maker = providers.findByCode(creator)
			.orElseGet(() -> providers.add(Provider.of(creator, creator, ProviderKind.MODEL_CREATOR, null)));
		this.catalogue.models()
			.add(new Model(null, name, maker.id(), name, null, ModelMode.COMPLETION, true, null, null, null, null, null,
					null, null));
	}

	static Path fixture(String name) {
		try {
			return Path.of(QualityImportsTest.class.getClassLoader().getResource("quality/" + name).toURI());
		}
		catch (java.net.URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
