package com.breakeven.ingestion.throughput;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Each real result file in {@code ../shared/data/bench} (copied under test resources)
 * yields the figures it records, in uniform units.
 */
class BenchmarkResultsTest {

	@Test
	void vllm_readsTheFiguresOfABenchServeResult() {
		BenchmarkRun run = single(
				VllmBenchResult.read(file("vllm_bench_serve_result_qwen3-8b_conc1.json"), "conc1.json"));

		assertThat(run.tool()).isEqualTo(BenchmarkTool.VLLM);
		assertThat(run.rawModel()).isEqualTo("Qwen/Qwen3-8B");
		assertThat(run.concurrency()).isEqualTo(1);
		// 288 input and 64 output tokens over 4 completed requests: 72 and 16 per request
		assertThat(run.inputTokens()).isEqualByComparingTo("72");
		assertThat(run.outputTokens()).isEqualByComparingTo("16");
		assertThat(run.outputTokensPerSecond()).isEqualByComparingTo("84.61927760852454");
		assertThat(run.totalTokensPerSecond()).isEqualByComparingTo("465.40602684688497");
		assertThat(run.requestsPerSecond()).isEqualByComparingTo("5.288704850532784");
		assertThat(run.ttftP50Ms()).isEqualByComparingTo("20.076504559256136");
		assertThat(run.ttftP99Ms()).isEqualByComparingTo("20.15113212633878");
		assertThat(run.itlP50Ms()).isEqualByComparingTo("11.261725099757314");
		assertThat(run.itlP99Ms()).isEqualByComparingTo("11.630019263830036");
		assertThat(run.e2eP50Ms()).isEqualByComparingTo("189.3227535765618");
		assertThat(run.e2eP99Ms()).isEqualByComparingTo("189.59762213286012");
		assertThat(run.completed()).isEqualTo(4);
		assertThat(run.failed()).isZero();
		assertThat(run.measuredOn()).isEqualTo(LocalDate.of(2026, 5, 23));
	}

	@Test
	void vllm_aRateLimitedRunHasNoConcurrency() {
		BenchmarkRun run = single(
				VllmBenchResult.read(file("vllm_bench_serve_result_qwen3-vl-8b_ascend.json"), "a.json"));

		// 25,600 output tokens / 203.5105 s = 125.79 tokens/s; 40,000 / 200 = 200 input
		// tokens each
		assertThat(run.concurrency()).isNull();
		assertThat(run.outputTokensPerSecond()).isEqualByComparingTo("125.79203608539055");
		assertThat(run.inputTokens()).isEqualByComparingTo("200");
		assertThat(run.outputTokens()).isEqualByComparingTo("128");
		assertThat(run.ttftP99Ms()).isEqualByComparingTo("143.32562107359988");
	}

	@Test
	void vllm_latenciesInSecondsFromAForkAreConvertedToMilliseconds() {
		BenchmarkRun run = single(VllmBenchResult
			.read(file("inferencex_experimental_glm5_fp8_vllm_tp8_isl1024_osl128_conc16.json"), "glm5.json"));

		// median_ttft 0.29139942955225706 s = 291.39942955225706 ms; no ITL, so TPOT
		// 0.033614915054966145 s stands in: 33.614915054966145 ms
		assertThat(run.ttftP50Ms()).isEqualByComparingTo("291.39942955225706");
		assertThat(run.ttftP99Ms()).isEqualByComparingTo("2077.586937993753");
		assertThat(run.itlP50Ms()).isEqualByComparingTo("33.614915054966145");
		assertThat(run.e2eP99Ms()).isEqualByComparingTo("9590.554047282783");
		// no total in the file: input 3,228.647450737003 + output 403.5809313421254
		// tokens/s
		assertThat(run.totalTokensPerSecond()).isEqualByComparingTo("3632.2283820791284");
		assertThat(run.concurrency()).isEqualTo(16);
		assertThat(run.inputTokens()).isEqualByComparingTo("1024");
		assertThat(run.outputTokens()).isEqualByComparingTo("128");
		// no 'failed' field: 160 prompts sent, 160 completed, so none failed
		assertThat(run.failed()).isZero();
	}

	@Test
	void vllm_anAppendResultFileYieldsOneRunPerLine() {
		List<BenchmarkRun> runs = VllmBenchResult.read(file("vllm_append_result_gpt-oss-120b_conc4-8-32.jsonl"),
				"sweep.jsonl");

		assertThat(runs).extracting(BenchmarkRun::concurrency).containsExactly(4, 8, 32);
		assertThat(runs).extracting(BenchmarkRun::outputTokensPerSecond)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("459.21607175182197"), new BigDecimal("928.9837604849168"),
					new BigDecimal("2985.561049824788"));
		// 40,960 input tokens over 40 requests = 1,024 each; no 'failed' field and 40 of
		// 40 prompts completed: 0 failed
		BenchmarkRun first = runs.get(0);
		assertThat(first.inputTokens()).isEqualByComparingTo("1024");
		assertThat(first.outputTokens()).isEqualByComparingTo("1024");
		assertThat(first.failed()).isZero();
		assertThat(first.e2eP99Ms()).isEqualByComparingTo("9497.63202768052");
		assertThat(first.rawModel())
			.isEqualTo("/models/models--openai--gpt-oss-120b/snapshots/b5c939de8f754692c1647ca79fbf85e8c1e70f8a/");
		assertThat(runs.get(2).completed()).isEqualTo(320);
		assertThat(runs.get(2).failed()).isZero();
		assertThat(runs).extracting(BenchmarkRun::measuredOn).containsOnly(LocalDate.of(2026, 4, 28));
	}

	@Test
	void vllm_aResultCutShortIsRefusedWithItsLineAndNothingOfTheFileIsRead() throws IOException {
		byte[] sweep = file("vllm_append_result_gpt-oss-120b_conc4-8-32.jsonl").readAllBytes();
		String cutShort = new String(sweep, StandardCharsets.UTF_8) + "\n{\"date\": \"20260428-1103";

		assertThatThrownBy(() -> VllmBenchResult.read(text(cutShort), "sweep.jsonl"))
			.isInstanceOf(BenchmarkFileException.class)
			.hasMessageStartingWith("sweep.jsonl line 4: not a JSON document (");
		assertThatThrownBy(() -> VllmBenchResult.read(text("[1, 2]"), "list.json"))
			.isInstanceOf(BenchmarkFileException.class)
			.hasMessage("list.json: not a vLLM bench serve result (not a JSON object)");
	}

	@Test
	void vllm_endToEndPercentilesComeFromTheLatenciesOfTheRequestsThatSucceeded() {
		// the shape vLLM's serve.py (commit 009e6d4) writes without --save-detailed and
		// with the default percentile metrics ttft,tpot,itl: 'latencies' (seconds) is
		// kept, no e2el percentiles; with --save-detailed 'errors' says which failed
		String json = """
				{"completed": 5, "failed": 1, "num_prompts": 6, "total_input_tokens": 500,
				 "total_output_tokens": 250, "output_throughput": 50.0,
				 "latencies": [2.0, 0.0, 1.0, 4.0, 3.0, 5.0], "errors": ["", "timeout", "", "", "", ""]}
				""";

		BenchmarkRun run = single(VllmBenchResult.read(text(json), "detailed.json"));

		// succeeded: 1, 2, 3, 4, 5 s; p50 rank 0.5 × 4 = 2 -> 3 s; p99 rank 0.99 × 4 =
		// 3.96
		// -> 4 + 0.96 × (5 - 4) = 4.96 s
		assertThat(run.e2eP50Ms()).isCloseTo(new BigDecimal("3000"), within(new BigDecimal("1e-9")));
		assertThat(run.e2eP99Ms()).isCloseTo(new BigDecimal("4960"), within(new BigDecimal("1e-9")));
		assertThat(run.failed()).isEqualTo(1);
	}

	@Test
	void vllm_olderDetailedResultsGiveLatencyAsTimeToFirstTokenPlusTheGapsAndUnknownFailuresGiveNone() {
		// benchmark_serving.py --save-detailed before 'latencies' existed: ttfts and itls
		// in seconds; a request's latency = ttft + Σ itl (the time to its last token)
		String detailed = """
				{"completed": 2, "total_input_tokens": 20, "total_output_tokens": 6, "output_throughput": 3.0,
				 "ttfts": [0.5, 0.25], "itls": [[0.25, 0.25], [0.5, 0.5]], "errors": ["", ""]}
				""";
		BenchmarkRun run = single(VllmBenchResult.read(text(detailed), "old.json"));

		// latencies 1.0 and 1.25 s: p50 = 1.125 s, p99 = 1.0 + 0.99 × 0.25 = 1.2475 s
		assertThat(run.e2eP50Ms()).isCloseTo(new BigDecimal("1125"), within(new BigDecimal("1e-9")));
		assertThat(run.e2eP99Ms()).isCloseTo(new BigDecimal("1247.5"), within(new BigDecimal("1e-9")));
		assertThat(run.failed()).isZero();

		// two failed, but which is not said: their zeros are not mixed in, nothing is
		// computed
		String unknown = """
				{"completed": 2, "failed": 2, "total_input_tokens": 20, "total_output_tokens": 6,
				 "output_throughput": 3.0, "latencies": [1.0, 0.0, 1.25, 0.0]}
				""";
		assertThat(single(VllmBenchResult.read(text(unknown), "u.json")).e2eP99Ms()).isNull();
	}

	@Test
	void vllm_aFileWithoutThroughputIsRefusedByName() {
		assertThatThrownBy(() -> VllmBenchResult.read(text("{\"completed\": 3}"), "other.json"))
			.isInstanceOf(BenchmarkFileException.class)
			.hasMessage("other.json: not a vLLM bench serve result (field 'output_throughput' missing)");
		assertThatThrownBy(() -> VllmBenchResult
			.read(text("{\"completed\": 3, \"output_throughput\": \"fast\", \"total_input_tokens\": 1,"
					+ " \"total_output_tokens\": 1}"), "bad.json"))
			.isInstanceOf(BenchmarkFileException.class)
			.hasMessage("bad.json, field 'output_throughput': not a number (value 'fast')");
	}

	@Test
	void llamaBench_keepsPromptProcessingAndGenerationApartInJson() {
		List<BenchmarkRun> runs = LlamaBenchResult.read(file("llama-bench_example_rtx4080.json"), "rtx4080.json");

		assertThat(runs).hasSize(2);
		BenchmarkRun prompt = runs.get(0);
		assertThat(prompt.phase()).isEqualTo("prompt-processing");
		assertThat(prompt.inputTokens()).isEqualByComparingTo("512");
		assertThat(prompt.outputTokensPerSecond()).isNull();
		assertThat(prompt.totalTokensPerSecond()).isEqualByComparingTo("7100.002165");
		assertThat(prompt.rawModel()).isEqualTo("qwen2 7B Q4_K - Medium");
		assertThat(prompt.gpuInfo()).isEqualTo("NVIDIA GeForce RTX 4080");
		assertThat(prompt.engineVersion()).isEqualTo("b5163 (8cf427ff)");
		assertThat(prompt.concurrency()).isEqualTo(1);
		BenchmarkRun generation = runs.get(1);
		assertThat(generation.phase()).isEqualTo("generation");
		assertThat(generation.outputTokens()).isEqualByComparingTo("128");
		assertThat(generation.outputTokensPerSecond()).isEqualByComparingTo("118.881588");
		assertThat(generation.measuredOn()).isEqualTo(LocalDate.of(2025, 4, 24));
	}

	@Test
	void llamaBench_readsTheCsvOfAnotherRunWithEveryValueQuoted() {
		List<BenchmarkRun> runs = LlamaBenchResult.read(file("llama-bench_example_rtx4080.csv"), "rtx4080.csv");

		assertThat(runs).extracting(BenchmarkRun::phase).containsExactly("prompt-processing", "generation");
		assertThat(runs.get(0).totalTokensPerSecond()).isEqualByComparingTo("7285.676949");
		assertThat(runs.get(1).outputTokensPerSecond()).isEqualByComparingTo("119.915244");
	}

	@Test
	void llamaBench_aCombinedTestCountsOnlyGeneratedTokensAsOutput() {
		String csv = "n_prompt,n_gen,avg_ts,model_type\n512,128,100.0,llama 8B\n";

		BenchmarkRun run = LlamaBenchResult.read(text(csv), "pg.csv").get(0);

		// 100 tokens/s over 512 + 128 tokens; 128 / 640 of them are output: 20 tokens/s
		assertThat(run.phase()).isEqualTo("prompt-and-generation");
		assertThat(run.outputTokensPerSecond()).isEqualByComparingTo("20");
	}

	@Test
	void llamaBench_aRowWithoutRateIsRefusedWithItsLine() {
		assertThatThrownBy(() -> LlamaBenchResult.read(text("n_prompt,n_gen,avg_ts\n512,0,\n"), "x.csv"))
			.isInstanceOf(BenchmarkFileException.class)
			.hasMessage("x.csv line 2, field 'avg_ts': a value is required");
	}

	@Test
	void llamaBench_readsTheMarkdownTableOfACpuWithItsBuildLine() {
		List<BenchmarkRun> runs = LlamaBenchResult.read(file("llama-bench_md_core-i5-4278u_cpu_ai-benchmarks-53.md"),
				"cpu.md");

		assertThat(runs).extracting(BenchmarkRun::phase)
			.containsExactly("prompt-processing", "prompt-processing", "generation", "prompt-and-generation");
		assertThat(runs).extracting(BenchmarkRun::rawModel).containsOnly("llama 3B Q4_K - Medium");
		assertThat(runs).extracting(BenchmarkRun::engineVersion).containsOnly("b10334 (936918514)");
		assertThat(runs).extracting(BenchmarkRun::concurrency).containsOnly(1);
		assertThat(runs.get(1).inputTokens()).isEqualByComparingTo("4096");
		assertThat(runs.get(1).totalTokensPerSecond()).isEqualByComparingTo("14.06");
		assertThat(runs.get(2).outputTokensPerSecond()).isEqualByComparingTo("7.68");
		// pp4096+tg128 at 12.14 tokens/s counts all 4,224 tokens: output 12.14 × 128 ÷
		// 4,224 = 0.3678787878787879 tokens/s
		assertThat(runs.get(3).outputTokensPerSecond()).isEqualByComparingTo("0.3678787878787879");
		assertThat(runs.get(3).measuredOn()).isNull();
	}

	@Test
	void llamaBench_readsTheMarkdownOf2023WithSpacedTestNamesAndRowsOfSeveralModels() {
		List<BenchmarkRun> runs = LlamaBenchResult.read(file("llama-bench_md_m2-ultra_metal_llama.cpp-pr2917.md"),
				"m2.md");

		assertThat(runs).hasSize(6);
		assertThat(runs.get(0).phase()).isEqualTo("prompt-processing");
		assertThat(runs.get(0).inputTokens()).isEqualByComparingTo("512");
		assertThat(runs.get(0).totalTokensPerSecond()).isEqualByComparingTo("629.07");
		assertThat(runs.get(3).phase()).isEqualTo("generation");
		assertThat(runs.get(3).outputTokens()).isEqualByComparingTo("128");
		assertThat(runs.get(3).outputTokensPerSecond()).isEqualByComparingTo("62.05");
		assertThat(runs).extracting(BenchmarkRun::rawModel)
			.containsOnly("LLaMA 7B mostly Q8_0", "LLaMA 7B mostly Q4_0", "LLaMA 7B mostly Q4_1");
		assertThat(runs.get(0).engineVersion()).isNull();
	}

	@Test
	void llamaBench_aMarkdownRowWithAnUnknownTestIsRefusedWithItsLine() {
		String table = """
				| model | test | t/s |
				| --- | --- | --- |
				| qwen3 0.6B F16 | pp512 @ d4096 | 100.5 ± 1.0 |
				""";

		assertThatThrownBy(() -> LlamaBenchResult.read(text(table), "depth.md"))
			.isInstanceOf(BenchmarkFileException.class)
			.hasMessage("depth.md line 3, field 'test': not a pp/tg test such as pp512, tg128 or pp512+tg128"
					+ " (value 'pp512 @ d4096')");
	}

	@Test
	void genAiPerf_readsBothBlocksWithThousandsSeparators() {
		BenchmarkRun run = GenAiPerfResult.read(file("genai-perf_profile_export_genai_perf_cloudai.csv"), "g.csv");

		assertThat(run.tool()).isEqualTo(BenchmarkTool.GENAI_PERF);
		assertThat(run.outputTokensPerSecond()).isEqualByComparingTo("261.25");
		assertThat(run.requestsPerSecond()).isEqualByComparingTo("1.50");
		assertThat(run.completed()).isEqualTo(40);
		assertThat(run.ttftP50Ms()).isEqualByComparingTo("640.07");
		assertThat(run.ttftP99Ms()).isEqualByComparingTo("3457.97");
		assertThat(run.itlP50Ms()).isEqualByComparingTo("30.13");
		assertThat(run.itlP99Ms()).isEqualByComparingTo("35.23");
		assertThat(run.e2eP99Ms()).isEqualByComparingTo("9436.13");
		assertThat(run.inputTokens()).isEqualByComparingTo("3000.05");
		assertThat(run.outputTokens()).isEqualByComparingTo("174.45");
		assertThat(run.rawModel()).isNull();
		assertThat(run.concurrency()).isNull();
		// 261.25 × (3,000.05 + 174.45) ÷ 174.45
		assertThat(run.totalTokensPerSecond()).isEqualByComparingTo("4754.016193751791");
	}

	@Test
	void genAiPerf_readsAnOlderCsvWhoseLengthsCarryNoUnitAndDerivesTheTotalRate() {
		BenchmarkRun run = GenAiPerfResult.read(file("genai-perf_profile_export_dgxc_deepseek-r1_conc1.csv"),
				"profile_export_genai_perf.csv");

		assertThat(run.inputTokens()).isEqualByComparingTo("127.50");
		assertThat(run.outputTokens()).isEqualByComparingTo("511.90");
		assertThat(run.outputTokensPerSecond()).isEqualByComparingTo("86.48");
		// 86.48 × (127.50 + 511.90) ÷ 511.90 = 108.0197538581754 tokens/s; cross-check:
		// 0.17 requests/s × 639.40 tokens = 108.698, the same to the file's two decimals
		// of the request rate
		assertThat(run.totalTokensPerSecond()).isEqualByComparingTo("108.0197538581754");
		assertThat(run.requestsPerSecond()).isEqualByComparingTo("0.17");
		assertThat(run.ttftP50Ms()).isEqualByComparingTo("23.20");
		assertThat(run.itlP99Ms()).isEqualByComparingTo("11.69");
		assertThat(run.e2eP99Ms()).isEqualByComparingTo("5933.31");
	}

	@Test
	void genAiPerf_readsTheJsonExportWithModelAndConcurrencyFromItsInputConfig() {
		String json = """
				{"request_throughput": {"unit": "requests/sec", "avg": 2.5},
				 "request_latency": {"unit": "ms", "avg": 3100.0, "p50": 3050.0, "p99": 3900.5},
				 "time_to_first_token": {"unit": "ms", "avg": 120.0, "p50": 110.25, "p99": 310.75},
				 "inter_token_latency": {"unit": "ms", "avg": 14.0, "p50": 13.5, "p99": 19.25},
				 "output_token_throughput": {"unit": "tokens/sec", "avg": 512.5},
				 "output_sequence_length": {"unit": "tokens", "avg": 205.0, "p50": 200.0},
				 "input_sequence_length": {"unit": "tokens", "avg": 1000.0},
				 "request_count": {"unit": "requests", "avg": 150},
				 "start_time": "2026-06-13T05:11:41.465270",
				 "input_config": {"model": ["meta-llama/Llama-3.1-8B-Instruct"], "concurrency": 8}}
				""";

		BenchmarkRun run = GenAiPerfResult.read(text(json), "profile_export_genai_perf.json");

		assertThat(run.rawModel()).isEqualTo("meta-llama/Llama-3.1-8B-Instruct");
		assertThat(run.concurrency()).isEqualTo(8);
		assertThat(run.inputTokens()).isEqualByComparingTo("1000");
		assertThat(run.outputTokens()).isEqualByComparingTo("205");
		assertThat(run.outputTokensPerSecond()).isEqualByComparingTo("512.5");
		assertThat(run.requestsPerSecond()).isEqualByComparingTo("2.5");
		assertThat(run.ttftP50Ms()).isEqualByComparingTo("110.25");
		assertThat(run.ttftP99Ms()).isEqualByComparingTo("310.75");
		assertThat(run.itlP99Ms()).isEqualByComparingTo("19.25");
		assertThat(run.e2eP99Ms()).isEqualByComparingTo("3900.5");
		assertThat(run.completed()).isEqualTo(150);
		assertThat(run.measuredOn()).isEqualTo(LocalDate.of(2026, 6, 13));
		// no total rate in GenAI-Perf's JSON: 512.5 × (1,000 + 205) ÷ 205 = 3,012.5
		// tokens/s; cross-check: 2.5 requests/s × 1,205 tokens = 3,012.5
		assertThat(run.totalTokensPerSecond()).isEqualByComparingTo("3012.5");
	}

	@Test
	void genAiPerf_jsonLatenciesInNanosecondsBecomeMillisecondsAndAMissingRateIsRefusedByName() {
		String json = """
				{"time_to_first_token": {"unit": "ns", "p99": 250000000},
				 "output_token_throughput": {"unit": "tokens/sec", "avg": 100},
				 "output_sequence_length": {"avg": 200}, "input_sequence_length": {"avg": 100}}
				""";
		// 250,000,000 ns = 250 ms
		assertThat(GenAiPerfResult.read(text(json), "ns.json").ttftP99Ms()).isEqualByComparingTo("250");

		assertThatThrownBy(() -> GenAiPerfResult.read(text("{\"input_sequence_length\": {\"avg\": 1}}"), "bad.json"))
			.isInstanceOf(BenchmarkFileException.class)
			.hasMessageContaining("bad.json, metric 'output_sequence_length', field 'avg': a value is required");
	}

	private static BenchmarkRun single(List<BenchmarkRun> runs) {
		assertThat(runs).hasSize(1);
		return runs.get(0);
	}

	private static InputStream file(String name) {
		return BenchmarkResultsTest.class.getClassLoader().getResourceAsStream("bench/" + name);
	}

	private static InputStream text(String content) {
		return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
	}

}
