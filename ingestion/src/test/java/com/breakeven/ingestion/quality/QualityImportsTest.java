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

import com.breakeven.db.testing.BothDatabasesTest;
import com.breakeven.ingestion.SampleCatalogue;
import com.breakeven.ingestion.ImportRun;

import com.breakeven.ingestion.ImportStatus;

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

	@BeforeEach
	void catalogue() {
		SampleCatalogue catalogue = SampleCatalogue.loaded(this.database.dataSource(), CLOCK);
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
		assertThat(run.message()).contains("model 'my-org/finetune-7b' is not in the catalogue").contains("--model");
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

}
