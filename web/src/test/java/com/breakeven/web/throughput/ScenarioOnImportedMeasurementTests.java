package com.breakeven.web.throughput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.breakeven.web.EmbeddedApplication;
import com.breakeven.ingestion.ImportRun;
import com.breakeven.ingestion.ImportStatus;
import com.breakeven.ingestion.ThroughputRepository;
import com.breakeven.ingestion.throughput.BenchmarkContext;
import com.breakeven.ingestion.throughput.BenchmarkTool;
import com.breakeven.ingestion.throughput.ThroughputImports;
import com.breakeven.pricing.ModelRepository;
import com.breakeven.tco.ApiPricing;
import com.breakeven.tco.ColocationBasis;
import com.breakeven.tco.Demand;
import com.breakeven.tco.Evaluation;
import com.breakeven.tco.Finance;
import com.breakeven.tco.Gpu;
import com.breakeven.tco.Hosting;
import com.breakeven.tco.LatencySlo;
import com.breakeven.tco.ModelSpec;
import com.breakeven.tco.Node;
import com.breakeven.tco.Precision;
import com.breakeven.tco.Scenario;
import com.breakeven.tco.TcoEngine;
import com.breakeven.tco.ThroughputMeasurement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scenario built on imported benchmark results sizes its nodes from the highest
 * measured concurrency that meets its latency limit, and says which measurement that was.
 */
class ScenarioOnImportedMeasurementTests {

	private static final String MODEL = "meta-llama/llama-3.3-70b-instruct";

	@TempDir
	Path directory;

	private EmbeddedApplication application;

	@BeforeEach
	void start() {
		this.application = EmbeddedApplication.start();
	}

	@AfterEach
	void stop() {
		this.application.close();
	}

	@Test
	void evaluate_usesTheHighestImportedConcurrencyWithinTheSloAndNamesIt() throws IOException {
		// vLLM runs on 2 GPUs (TP2) of an 8-GPU node: 8 concurrent requests keep TTFT p99
		// at
		// 240 ms, 32 push it to 900 ms
		long conc8 = importRun("conc8.json", 8, 409.6, 240.0);
		importRun("conc32.json", 32, 1100.0, 900.0);
		long modelId = this.application.bean(ModelRepository.class).resolve(MODEL).orElseThrow().id();
		List<ThroughputMeasurement> measurements = EngineMeasurements
			.forNode(this.application.bean(ThroughputRepository.class).findByModel(modelId), "Llama 3.3 70B", 8);

		Evaluation evaluation = TcoEngine.evaluate(scenario(measurements, new LatencySlo(500, 50)));

		assertThat(evaluation).isInstanceOf(Evaluation.Evaluated.class);
		ThroughputMeasurement used = ((Evaluation.Evaluated) evaluation).measurement();
		// 8 GPUs / 2 per replica = 4 replicas: 8 x 4 = 32 concurrent requests and
		// 409.6 x 4 = 1,638.4 output tokens/s per node
		assertThat(used.concurrency()).isEqualTo(32);
		assertThat(used.outputTokensPerSecond()).isEqualTo(1638.4, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(used.ttftP99Ms()).isEqualTo(240.0);
		assertThat(used.source())
			.startsWith("measurement #" + conc8
					+ ": measured by you (vLLM bench serve), conc8.json, concurrency 8 on 2 GPUs")
			.endsWith("× 4 replicas per node");
	}

	private long importRun(String name, int concurrency, double outputPerSecond, double ttftP99) throws IOException {
		// 100 requests of 1,000 prompt and 200 output tokens each
		String json = """
				{"date": "20260523-101500", "model_id": "Llama-3.3-70B-Instruct", "max_concurrency": %d,
				 "completed": 100, "failed": 0, "total_input_tokens": 100000, "total_output_tokens": 20000,
				 "request_throughput": %s, "output_throughput": %s, "total_token_throughput": %s,
				 "median_ttft_ms": %s, "p99_ttft_ms": %s, "median_itl_ms": 20.0, "p99_itl_ms": 35.0,
				 "median_e2el_ms": 4200.0, "p99_e2el_ms": 5100.0}
				""".formatted(concurrency, outputPerSecond / 200, outputPerSecond, outputPerSecond * 6, ttftP99 / 2,
				ttftP99);
		Path file = Files.writeString(this.directory.resolve(name), json);
		ImportRun run = this.application.bean(ThroughputImports.class)
			.importFile(BenchmarkTool.VLLM, file,
					new BenchmarkContext(MODEL, "hgx-h100-8x", null, 2, "FP8", null, "0.10.1", null, true), "test");
		assertThat(run.status()).as(run.message()).isEqualTo(ImportStatus.COMPLETED);
		return this.application.bean(ThroughputRepository.class).findByImportRun(run.id()).get(0).id();
	}

	/** 2 billion input and 400 million output tokens a month on one 8 x H100 node. */
	private static Scenario scenario(List<ThroughputMeasurement> measurements, LatencySlo slo) {
		Currency usd = Currency.getInstance("USD");
		Node node = new Node(new Gpu("H100 SXM5 80GB", 80, 700, 70, 27_500), 8, 50_000, 24_000, 5_000, 4_600);
		return new Scenario(ApiPricing.listPrices(usd, 2.50, 1.25, 10.00), new Demand(2e9, 0, 4e8, 2.0), slo, node,
				measurements, new Hosting(0.0895, 1.58, ColocationBasis.PER_KW_MONTH, 184.06, 0, 0.1, 200_000, 0.08, 0),
				new Finance(usd, 4, 0.10, 0.08, 36), new ModelSpec("Llama 3.3 70B", 70.6, null, 80, 8, 128, 131_072),
				Precision.FP8, 0.8);
	}

}
