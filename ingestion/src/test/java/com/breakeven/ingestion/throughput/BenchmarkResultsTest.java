package com.breakeven.ingestion.throughput;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each real result file in {@code ../shared/data/bench} (copied under test resources)
 * yields the figures it records, in uniform units.
 */
class BenchmarkResultsTest {

	@Test
	void vllm_readsTheFiguresOfABenchServeResult() {
		BenchmarkRun run = VllmBenchResult.read(file("vllm_bench_serve_result_qwen3-8b_conc1.json"), "conc1.json");

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
		BenchmarkRun run = VllmBenchResult.read(file("vllm_bench_serve_result_qwen3-vl-8b_ascend.json"), "a.json");

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
		BenchmarkRun run = VllmBenchResult
			.read(file("inferencex_experimental_glm5_fp8_vllm_tp8_isl1024_osl128_conc16.json"), "glm5.json");

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

	private static InputStream file(String name) {
		return BenchmarkResultsTest.class.getClassLoader().getResourceAsStream("bench/" + name);
	}

	private static InputStream text(String content) {
		return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
	}

}
