package com.breakeven.ingestion.quality;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.breakeven.db.testing.BothDatabasesTest;
import com.breakeven.ingestion.ImportRun;
import com.breakeven.ingestion.ImportStatus;
import com.breakeven.ingestion.RowFailure;
import com.breakeven.ingestion.SampleCatalogue;
import com.breakeven.ingestion.SampleDataLoader;
import com.breakeven.pricing.QualityScore;
import com.breakeven.pricing.QualityScoreRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quality files against the catalogue the application builds on its first start (the
 * sample data, then both price-feed snapshots: some 1,300 models): LMArena's leaderboard
 * as shipped in the sample data, and lm-eval results naming Hugging Face repositories.
 */
class QualityImportsOnTheSampleCatalogueTest extends BothDatabasesTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

	/** The leaderboard's date (lmarena/arena-catalog commit c9558b60). */
	private static final LocalDate LEADERBOARD = LocalDate.of(2025, 12, 11);

	private static final String SHIPPED_LEADERBOARD = "classpath:" + SampleDataLoader.CLASSPATH_FOLDER
			+ "quality/lmarena-leaderboard-text.json";

	private QualityImports imports;

	private SampleCatalogue catalogue;

	@BeforeEach
	void catalogue() {
		this.catalogue = SampleCatalogue.withPriceFeeds(this.database.dataSource(), CLOCK);
		this.imports = new QualityImports(this.catalogue.runs(), this.catalogue.quality(), this.catalogue.models(),
				this.catalogue.transactions(), CLOCK);
	}

	@Test
	void importSource_theShippedLeaderboardRatesOverAHundredCatalogueModelsWithTheirInterval() {
		ImportRun run = this.imports.importSource("lmarena", SHIPPED_LEADERBOARD, null, LEADERBOARD, "test");

		assertThat(run.status()).as(run.message()).isEqualTo(ImportStatus.COMPLETED);
		QualityScoreRepository quality = this.catalogue.quality();
		List<QualityScore> overall = quality.latest()
			.stream()
			.filter(score -> score.benchmark().equals("LMArena text"))
			.toList();
		// issue 19: at least 100 catalogue models carry an LMArena rating with its
		// interval
		assertThat(overall).hasSizeGreaterThanOrEqualTo(100).allSatisfy(score -> {
			assertThat(score.hasInterval()).isTrue();
			assertThat(score.category()).isEqualTo("full");
			assertThat(score.scaleMax()).isNull();
			assertThat(score.asOf()).isEqualTo(LEADERBOARD);
		});
		// gpt-4o-2024-08-06 and -05-13 both name openai/gpt-4o: the later snapshot speaks
		// for it, as for its price (1283.465895957351, 95 % from 1279.3673634633737 to
		// 1287.5644284513282, kept to four decimals)
		QualityScore gpt4o = rating("openai/gpt-4o", "LMArena text");
		assertThat(gpt4o.score()).isEqualByComparingTo("1283.4659");
		assertThat(gpt4o.lowerBound()).isEqualByComparingTo("1279.3674");
		assertThat(gpt4o.upperBound()).isEqualByComparingTo("1287.5644");
		assertThat(gpt4o.source()).isEqualTo("LMArena lmarena-leaderboard-text.json, key gpt-4o-2024-08-06");
		// a thinking variant is the same model in another setting, its own benchmark
		assertThat(rating("anthropic/claude-opus-4-5", "LMArena text: coding (thinking 32k)").score())
			.isEqualByComparingTo("1515.1020");
		assertThat(rating("meta-llama/llama-3.1-405b-instruct", "LMArena text (FP8)").score())
			.isEqualByComparingTo("1282.6119");
		Map<String, String> refused = this.catalogue.runs()
			.quarantinedRows(run.id())
			.stream()
			.collect(Collectors.toMap(RowFailure::rawValue, RowFailure::reason));
		assertThat(refused).containsEntry("gpt-4o-2024-05-13",
				"not stored: 'gpt-4o-2024-08-06' rates openai/gpt-4o too, and is the later snapshot (20240806)");
		assertThat(refused.get("gemini-1.5-pro-002")).startsWith(
				"not stored: 'gemini-1.5-pro-002' is not in the" + " catalogue, as written or in any spelling of it");
		assertThat(run.message()).contains("keys not stored, each a quarantined row with its reason: ")
			.contains("gemini-1.5-pro-002")
			.contains("gpt-4o-2024-05-13");
		assertThat(run.counts().rejected()).isEqualTo(refused.size());
		assertThat(run.counts().read()).isEqualTo(282);
		assertThat(run.counts().added() + run.counts().rejected()).isEqualTo(282);
	}

	@Test
	void importFile_anLmEval03FileOfLlama2ChatHfStoresItsFractionsAndRefusesThePercentages() {
		ImportRun run = this.imports.importFile("lm-eval",
				QualityImportsTest.fixture("lm-eval-0.3_llama-2-7b-chat-hf_ja.json"), null, "test");

		assertThat(run.status()).as(run.message()).isEqualTo(ImportStatus.COMPLETED);
		// meta-llama/Llama-2-7b-chat-hf as written: Anyscale's feed catalogued that
		// spelling
		// as a model of its own
		QualityScore jnli = rating("meta-llama/llama-2-7b-chat-hf", "jnli-1.1-0.3 (lm-eval acc)");
		assertThat(jnli.score()).isEqualByComparingTo("29.5399");
		// xlsum's ROUGE-2 is no fraction: stored as written, on no bounded scale
		assertThat(rating("meta-llama/llama-2-7b-chat-hf", "xlsum_ja-1.0-0.3 (lm-eval rouge2)").scaleMax()).isNull();
		assertThat(run.counts().added()).isEqualTo(9);
		assertThat(this.catalogue.runs().quarantinedRows(run.id())).extracting(RowFailure::column)
			.containsExactly("results.jsquad-1.2-0.3.exact_match", "results.jsquad-1.2-0.3.f1",
					"results.jaqket_v2-0.1-0.3.exact_match", "results.jaqket_v2-0.1-0.3.f1");
		assertThat(this.catalogue.runs().quarantinedRows(run.id()).get(0).line()).isEqualTo(4);
		assertThat(run.message()).contains("4 metrics refused, each a quarantined row with its reason")
			.contains("config.num_fewshot is a list [2,3,3,3,1,1,0,5] that names no task: the benchmark names keep"
					+ " no shots");
	}

	@Test
	void importFile_anLmEval04FileNamingMetaLlama3ResolvesThroughItsAlias() {
		ImportRun run = this.imports.importFile("lm-eval",
				QualityImportsTest.fixture("lm-eval-0.4_meta-llama-3-8b-instruct_asdiv_8-shot.json"), null, "test");

		assertThat(run.status()).as(run.message()).isEqualTo(ImportStatus.COMPLETED);
		assertThat(run.message()).isEqualTo("1 quality scores stored: asdiv (lm-eval acc, 8-shot) 92");
		// "date": 1724211836.1 is 2024-08-21 (UTC)
		assertThat(rating("meta-llama/meta-llama-3-8b-instruct", "asdiv (lm-eval acc, 8-shot)").asOf())
			.isEqualTo(LocalDate.of(2024, 8, 21));
	}

	private QualityScore rating(String model, String benchmark) {
		long id = this.catalogue.models().resolve(model).orElseThrow().id();
		return this.catalogue.quality()
			.latest()
			.stream()
			.filter(score -> score.modelId() == id && score.benchmark().equals(benchmark))
			.findFirst()
			.orElseThrow(() -> new AssertionError(model + " has no score on " + benchmark));
	}

}
