package com.breakeven.ingestion.throughput;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import com.breakeven.ingestion.MeasuredThroughput;

import com.breakeven.ingestion.ThroughputRepository;

import com.breakeven.pricing.HardwareRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each shared result file stores the figures it holds, with the context it lacks given by
 * the person importing it, on both databases.
 */
class ThroughputImportsTest extends BothDatabasesTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

	@TempDir
	Path directory;

	private ThroughputImports imports;

	private ThroughputRepository measurements;

	private HardwareRepository hardware;

	@BeforeEach
	void catalogue() {
		SampleCatalogue catalogue = SampleCatalogue.loaded(this.database.dataSource(), CLOCK);
		this.hardware = catalogue.hardware();
		this.measurements = catalogue.throughput();
		this.imports = new ThroughputImports(catalogue.runs(), this.measurements, catalogue.models(), this.hardware,
				catalogue.transactions());
	}

	@Test
	void importFile_storesTheFiguresOfAVllmResultWithTheHardwareGivenOnTheCommandLine() throws IOException {
		long before = this.measurements.count();
		ImportRun run = this.imports.importFile(BenchmarkTool.VLLM, copy("vllm_bench_serve_result_qwen3-8b_conc1.json"),
				new BenchmarkContext(null, "pcie-h100-1x", null, 1, "BF16", null, "0.10.1", null, false), "test");

		assertThat(run.status()).as(run.message()).isEqualTo(ImportStatus.COMPLETED);
		assertThat(run.message()).contains("1 measurements stored")
			.contains("model not in the catalogue (kept with its raw name): Qwen/Qwen3-8B")
			.contains("concurrency 1");
		assertThat(this.measurements.count()).isEqualTo(before + 1);
		MeasuredThroughput m = this.measurements.findByImportRun(run.id()).get(0);
		assertThat(m.rawModel()).isEqualTo("Qwen/Qwen3-8B");
		assertThat(m.gpuId()).isEqualTo(this.hardware.findGpu("h100-pcie-80gb").orElseThrow().id());
		assertThat(m.hardwareProfileId())
			.isEqualTo(this.hardware.findHardwareProfile("pcie-h100-1x").orElseThrow().id());
		assertThat(m.engine()).isEqualTo("vLLM");
		assertThat(m.engineVersion()).isEqualTo("0.10.1");
		assertThat(m.quantisation()).isEqualTo("BF16");
		assertThat(m.concurrency()).isEqualTo(1);
		// 288 input and 64 output tokens over 4 requests
		assertThat(m.inputTokens()).isEqualTo(72);
		assertThat(m.outputTokens()).isEqualTo(16);
		// the file's figures, to the column's scale (4 decimals for rates, 3 for ms)
		assertThat(m.outputTokensPerSecond()).isEqualByComparingTo(scaled("84.61927760852454", 4));
		assertThat(m.totalTokensPerSecond()).isEqualByComparingTo(scaled("465.40602684688497", 4));
		assertThat(m.requestsPerSecond()).isEqualByComparingTo(scaled("5.288704850532784", 6));
		assertThat(m.latencies().ttftP50Ms()).isEqualByComparingTo(scaled("20.076504559256136", 3));
		assertThat(m.latencies().ttftP99Ms()).isEqualByComparingTo(scaled("20.15113212633878", 3));
		assertThat(m.latencies().itlP50Ms()).isEqualByComparingTo(scaled("11.261725099757314", 3));
		assertThat(m.latencies().itlP99Ms()).isEqualByComparingTo(scaled("11.630019263830036", 3));
		assertThat(m.latencies().e2eP99Ms()).isEqualByComparingTo(scaled("189.59762213286012", 3));
		assertThat(m.requestsCompleted()).isEqualTo(4);
		assertThat(m.requestsFailed()).isZero();
		assertThat(m.sourceKind()).isEqualTo("VLLM");
		assertThat(m.sourceRef()).isEqualTo("vllm_bench_serve_result_qwen3-8b_conc1.json");
		assertThat(m.measuredOn()).isEqualTo(LocalDate.of(2026, 5, 23));
	}

	@Test
	void importFile_keepsLlamaBenchPromptProcessingApartFromGeneration() throws IOException {
		ImportRun run = this.imports.importFile(BenchmarkTool.LLAMA_BENCH, copy("llama-bench_example_rtx4080.json"),
				new BenchmarkContext("Qwen2.5-7B-Instruct", null, "rtx-4090-24gb", 1, "Q4_K_M", null, null, null, true),
				"test");

		assertThat(run.status()).as(run.message()).isEqualTo(ImportStatus.COMPLETED);
		List<MeasuredThroughput> stored = this.measurements.findByImportRun(run.id());
		assertThat(stored).extracting(MeasuredThroughput::phase).containsExactly("prompt-processing", "generation");
		MeasuredThroughput prompt = stored.get(0);
		assertThat(prompt.outputTokensPerSecond()).isNull();
		assertThat(prompt.totalTokensPerSecond()).isEqualByComparingTo("7100.0022");
		assertThat(prompt.inputTokens()).isEqualTo(512);
		assertThat(prompt.outputTokens()).isZero();
		MeasuredThroughput generation = stored.get(1);
		assertThat(generation.outputTokensPerSecond()).isEqualByComparingTo("118.8816");
		// the engine version comes from the file: build number and commit
		assertThat(generation.engine()).isEqualTo("llama.cpp");
		assertThat(generation.engineVersion()).isEqualTo("b5163 (8cf427ff)");
		assertThat(generation.rawModel()).isEqualTo("Qwen2.5-7B-Instruct");
	}

	@Test
	void importFile_refusesMissingContextByNamingEachOptionAndStoresNothing() throws IOException {
		long before = this.measurements.count();

		assertThatThrownBy(() -> this.imports.importFile(BenchmarkTool.GENAI_PERF,
				copy("genai-perf_profile_export_genai_perf_cloudai.csv"),
				new BenchmarkContext(null, null, "h100-sxm5-80gb", null, null, null, null, null, false), "test"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("genai-perf_profile_export_genai_perf_cloudai.csv")
			.hasMessageContaining("--model")
			.hasMessageContaining("--gpu-count")
			.hasMessageContaining("--precision")
			.hasMessageContaining("--engine ")
			.hasMessageContaining("--engine-version");
		assertThatThrownBy(
				() -> this.imports.importFile(BenchmarkTool.VLLM, copy("vllm_bench_serve_result_qwen3-8b_conc1.json"),
						new BenchmarkContext(null, null, null, 1, "BF16", null, "0.10.1", null, false), "test"))
			.hasMessageContaining("give --hardware PROFILE or --gpu GPU");
		assertThatThrownBy(
				() -> this.imports.importFile(BenchmarkTool.VLLM, copy("vllm_bench_serve_result_qwen3-8b_conc1.json"),
						new BenchmarkContext(null, null, "h999", 1, "BF16", null, "0.10.1", null, false), "test"))
			.hasMessageContaining("no GPU 'h999' in the catalogue");
		assertThat(this.measurements.count()).isEqualTo(before);
	}

	@Test
	void importFile_theSameFileAgainReplacesWhatItStoredBefore() throws IOException {
		Path file = copy("inferencex_experimental_glm5_fp8_vllm_tp8_isl1024_osl128_conc16.json");
		this.imports.importFile(BenchmarkTool.VLLM, file,
				new BenchmarkContext("GLM-5", "hgx-h100-8x", null, 4, "FP8", null, "0.11.0", null, true), "test");
		long afterFirst = this.measurements.count();

		ImportRun corrected = this.imports.importFile(BenchmarkTool.VLLM, file,
				new BenchmarkContext("GLM-5", "hgx-h200-8x", null, 8, "FP8", null, "0.11.0", null, true), "test");

		assertThat(corrected.message()).contains("replacing 1 from an earlier import of the same file");
		assertThat(this.measurements.count()).isEqualTo(afterFirst);
		MeasuredThroughput m = this.measurements.findByImportRun(corrected.id()).get(0);
		assertThat(m.gpuCount()).isEqualTo(8);
		assertThat(m.gpuId()).isEqualTo(this.hardware.findGpu("h200-sxm-141gb").orElseThrow().id());
		// the fork writes seconds: p99 TTFT 2.077586937993753 s = 2,077.587 ms
		assertThat(m.latencies().ttftP99Ms()).isEqualByComparingTo("2077.587");
	}

	@Test
	void importFile_aMalformedFileFailsTheRunWithItsReasonAndStoresNothing() throws IOException {
		long before = this.measurements.count();
		Path file = this.directory.resolve("broken.json");
		Files.writeString(file, "{\"completed\": 3, \"output_throughput\": \"fast\"}");

		ImportRun run = this.imports.importFile(BenchmarkTool.VLLM, file,
				new BenchmarkContext("Qwen/Qwen3-8B", null, "h100-sxm5-80gb", 1, "BF16", null, "0.10.1", null, true),
				"test");

		assertThat(run.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(run.message()).contains("broken.json").contains("output_throughput");
		assertThat(this.measurements.count()).isEqualTo(before);
	}

	@Test
	void importFile_storesEachResultOfAnAppendResultFileAsALoadLevel() throws IOException {
		ImportRun run = this.imports.importFile(BenchmarkTool.VLLM,
				copy("vllm_append_result_gpt-oss-120b_conc4-8-32.jsonl"),
				new BenchmarkContext(null, "hgx-h100-8x", null, 8, "MXFP4", null, "0.11.0", null, false), "test");

		assertThat(run.status()).as(run.message()).isEqualTo(ImportStatus.COMPLETED);
		assertThat(run.message()).contains("3 measurements stored");
		List<MeasuredThroughput> stored = this.measurements.findByImportRun(run.id());
		assertThat(stored).extracting(MeasuredThroughput::concurrency).containsExactly(4, 8, 32);
		// none of the three records 'failed'; each completed all its prompts
		assertThat(stored).extracting(MeasuredThroughput::requestsFailed).containsOnly(0L);
		assertThat(stored).extracting(MeasuredThroughput::inputTokens).containsOnly(1024);
	}

	@Test
	void importFile_refusesAModelOtherThanTheFilesUnlessConfirmedAndThenSaysSo() throws IOException {
		long before = this.measurements.count();
		Path file = copy("vllm_bench_serve_result_qwen3-8b_conc1.json");

		assertThatThrownBy(() -> this.imports.importFile(BenchmarkTool.VLLM, file,
				new BenchmarkContext("meta-llama/llama-3.3-70b-instruct", "pcie-h100-1x", null, 1, "BF16", null,
						"0.10.1", null, false),
				"test"))
			.isInstanceOf(ModelMismatchException.class)
			.hasMessage("vllm_bench_serve_result_qwen3-8b_conc1.json: the file names the model 'Qwen/Qwen3-8B'"
					+ " (not in the catalogue), not 'meta-llama/llama-3.3-70b-instruct': confirm to store its"
					+ " measurements as 'meta-llama/llama-3.3-70b-instruct'");
		assertThat(this.measurements.count()).isEqualTo(before);

		// the same name in another case is the same model: nothing to confirm
		ImportRun same = this.imports.importFile(BenchmarkTool.VLLM, file,
				new BenchmarkContext("qwen/qwen3-8b", "pcie-h100-1x", null, 1, "BF16", null, "0.10.1", null, false),
				"test");
		assertThat(same.status()).as(same.message()).isEqualTo(ImportStatus.COMPLETED);
		assertThat(same.message()).doesNotContain("chosen over");

		ImportRun confirmed = this.imports.importFile(BenchmarkTool.VLLM, file,
				new BenchmarkContext("meta-llama/llama-3.3-70b-instruct", "pcie-h100-1x", null, 1, "BF16", null,
						"0.10.1", null, true),
				"test");
		assertThat(confirmed.message())
			.contains("stored as model 'meta-llama/llama-3.3-70b-instruct', chosen over the file's 'Qwen/Qwen3-8B'");
		assertThat(this.measurements.findByImportRun(confirmed.id()).get(0).modelId()).isNotNull();
	}

	@Test
	void importFile_storesALlamaBenchTableFromALaptopCpuOnTheCataloguedCpu() throws IOException {
		ImportRun run = this.imports.importFile(BenchmarkTool.LLAMA_BENCH,
				copy("llama-bench_md_core-i5-4278u_cpu_ai-benchmarks-53.md"),
				new BenchmarkContext("meta-llama/Llama-3.2-3B-Instruct", null, "intel-core-i5-4278u-8gb", 1, "Q4_K_M",
						null, null, null, true),
				"test");

		assertThat(run.status()).as(run.message()).isEqualTo(ImportStatus.COMPLETED);
		List<MeasuredThroughput> stored = this.measurements.findByImportRun(run.id());
		assertThat(stored).hasSize(4);
		assertThat(stored).extracting(MeasuredThroughput::gpuId)
			.containsOnly(this.hardware.findGpu("intel-core-i5-4278u-8gb").orElseThrow().id());
		assertThat(stored).extracting(MeasuredThroughput::engineVersion).containsOnly("b10334 (936918514)");
		assertThat(stored.get(2).phase()).isEqualTo("generation");
		assertThat(stored.get(2).outputTokensPerSecond()).isEqualByComparingTo("7.68");
	}

	@Test
	void importFile_aTableOfSeveralModelsFailsTheRunAndStoresNothing() throws IOException {
		long before = this.measurements.count();

		ImportRun run = this.imports.importFile(BenchmarkTool.LLAMA_BENCH,
				copy("llama-bench_md_m2-ultra_metal_llama.cpp-pr2917.md"),
				new BenchmarkContext(null, "mac-studio-m2-ultra-192gb", null, 1, "Q4_0", null, "b1124", null, false),
				"test");

		assertThat(run.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(run.message()).startsWith("llama-bench_md_m2-ultra_metal_llama.cpp-pr2917.md: results of 3 models"
				+ " (LLaMA 7B mostly Q8_0, LLaMA 7B mostly Q4_0, LLaMA 7B mostly Q4_1)");
		assertThat(this.measurements.count()).isEqualTo(before);
	}

	private Path copy(String name) throws IOException {
		Path file = this.directory.resolve(name);
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("bench/" + name)) {
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
		}
		return file;
	}

	private static BigDecimal scaled(String value, int scale) {
		return new BigDecimal(value).setScale(scale, RoundingMode.HALF_UP);
	}

}
