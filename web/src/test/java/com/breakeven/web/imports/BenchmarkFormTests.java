package com.breakeven.web.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.breakeven.ingestion.ImportRunRepository;
import com.breakeven.ingestion.ThroughputRepository;
import com.breakeven.ingestion.throughput.BenchmarkTool;
import com.breakeven.web.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The imports page's benchmark form: a GPU count the node does not have, a precision that
 * is none, or a count that is no number is answered on the page beside its field (422),
 * with what was typed kept, and nothing is stored. It offers every tool the command line
 * takes, with the engine and its version; the model is the file's unless another is
 * chosen and confirmed.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:benchmark-form;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class BenchmarkFormTests {

	/** A vLLM bench serve result, one load level. */
	private static final String RESULT = """
			{"date": "20260523-101500", "backend": "vllm", "model_id": "meta-llama/Llama-3.1-8B-Instruct",
			 "max_concurrency": 8, "completed": 80, "failed": 0, "total_input_tokens": 81920,
			 "total_output_tokens": 10240, "request_throughput": 3.2, "output_throughput": 409.6,
			 "total_token_throughput": 3686.4, "median_ttft_ms": 85.0, "p99_ttft_ms": 240.0, "median_itl_ms": 17.5,
			 "p99_itl_ms": 31.0, "median_e2el_ms": 2300.0, "p99_e2el_ms": 2900.0}
			""";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ImportRunRepository runs;

	@Autowired
	private ThroughputRepository measurements;

	@Test
	void upload_aMillionGpusOnAnEightGpuNodeIsAnsweredBesideTheField() {
		int runsBefore = this.runs.recent(1_000).size();
		long measurementsBefore = this.measurements.count();

		MvcTestResult result = upload("1000000", "FP8");

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_ENTITY)
			.hasContentTypeCompatibleWith(MediaType.TEXT_HTML)
			.bodyText()
			.contains("id=\"gpuCount-error\">GPUs used must be from 1 to the 8 GPUs of node hgx-h100-8x, was 1000000<")
			.contains("value=\"1000000\"")
			.doesNotContain("id=\"precision-error\"");
		assertThat(this.runs.recent(1_000)).hasSize(runsBefore);
		assertThat(this.measurements.count()).isEqualTo(measurementsBefore);
	}

	@Test
	void upload_precisionFp3IsAnsweredBesideTheField() {
		long measurementsBefore = this.measurements.count();

		assertThat(upload("1", "FP3")).hasStatus(HttpStatus.UNPROCESSABLE_ENTITY)
			.bodyText()
			.contains("id=\"precision-error\">precision must be one of FP16, BF16, FP8, INT8, INT4, FP4")
			.contains("was FP3<")
			.doesNotContain("id=\"gpuCount-error\"");
		assertThat(this.measurements.count()).isEqualTo(measurementsBefore);
	}

	@Test
	void upload_aCountThatIsNoNumberIsAPageNotJson() {
		assertThat(upload("eight", "FP8")).hasStatus(HttpStatus.UNPROCESSABLE_ENTITY)
			.hasContentTypeCompatibleWith(MediaType.TEXT_HTML)
			.bodyText()
			.contains("id=\"gpuCount-error\">GPUs used must be a whole number, was &#39;eight&#39;<");
	}

	@Test
	void upload_withinTheNodeIsStored() {
		long measurementsBefore = this.measurements.count();

		assertThat(upload("1", "bf16")).hasStatus(HttpStatus.FOUND);
		// one load level, one measurement
		assertThat(this.measurements.count()).isEqualTo(measurementsBefore + 1);
	}

	@Test
	void page_offersEveryToolTheCommandLineTakesWithEngineAndVersionAndTheFilesModelByDefault() {
		MvcTestResult page = this.mvc.get().uri("/imports").with(user("ann").roles(Role.ANALYST.name())).exchange();

		assertThat(page).hasStatusOk().bodyText().satisfies(html -> {
			for (BenchmarkTool tool : BenchmarkTool.files()) {
				assertThat(html).contains("<option value=\"" + tool.name() + "\">" + tool.label() + "</option>");
			}
			assertThat(html).doesNotContain("value=\"PROBE\"")
				.contains("id=\"engine\" name=\"engine\"")
				.contains("id=\"engine-version\" name=\"engineVersion\"")
				.containsPattern(
						"<input type=\"text\" id=\"bench-model\" name=\"model\" list=\"open-model-options\"[^>]*placeholder=\"as the file names it\"[^>]*value=\"\"")
				.contains("<datalist id=\"open-model-options\">")
				.contains("Mac Studio M2 Ultra 192GB");
		});
	}

	@Test
	void upload_withoutAChosenModelStoresTheFilesModel() {
		MvcTestResult result = upload("VLLM", RESULT, "conc8.json", "", null, "1", "FP8", null);

		assertThat(result).hasStatus(HttpStatus.FOUND);
		long runId = Long.parseLong(result.getResponse().getRedirectedUrl().replace("/imports/", ""));
		assertThat(this.measurements.findByImportRun(runId)).singleElement()
			.satisfies(m -> assertThat(m.rawModel()).isEqualTo("meta-llama/Llama-3.1-8B-Instruct"))
			.satisfies(m -> assertThat(m.modelId()).isNotNull());
	}

	@Test
	void upload_aModelOtherThanTheFilesIsAnsweredBesideTheModelUntilConfirmed() {
		long measurementsBefore = this.measurements.count();
		int runsBefore = this.runs.recent(1_000).size();

		MvcTestResult refused = upload("VLLM", RESULT, "conc8.json", "meta-llama/llama-3.3-70b-instruct", null, "1",
				"FP8", null);

		assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_ENTITY)
			.bodyText()
			.contains(
					"id=\"model-error\">conc8.json: the file names the model &#39;meta-llama/Llama-3.1-8B-Instruct&#39;"
							+ " (meta-llama/llama-3.1-8b-instruct in the catalogue), not &#39;meta-llama/llama-3.3-70b-instruct&#39;")
			.contains("id=\"confirm-model\" name=\"confirmModel\" value=\"true\"")
			.contains("Store the measurements as meta-llama/llama-3.3-70b-instruct");
		assertThat(this.measurements.count()).isEqualTo(measurementsBefore);
		assertThat(this.runs.recent(1_000)).hasSize(runsBefore);

		MvcTestResult confirmed = upload("VLLM", RESULT, "conc8.json", "meta-llama/llama-3.3-70b-instruct", null, "1",
				"FP8", "true");

		assertThat(confirmed).hasStatus(HttpStatus.FOUND);
		long runId = Long.parseLong(confirmed.getResponse().getRedirectedUrl().replace("/imports/", ""));
		assertThat(this.runs.find(runId)).get()
			.satisfies(run -> assertThat(run.message()).contains("stored as model"
					+ " 'meta-llama/llama-3.3-70b-instruct', chosen over the file's 'meta-llama/Llama-3.1-8B-Instruct'"));
		assertThat(this.measurements.findByImportRun(runId)).singleElement()
			.satisfies(m -> assertThat(m.rawModel()).isEqualTo("meta-llama/llama-3.3-70b-instruct"));
	}

	@Test
	void upload_aModelTypedThatTheCatalogueLacksIsAnsweredBesideTheModel() {
		long measurementsBefore = this.measurements.count();

		// the searchable picker takes any text: a name the catalogue lacks stores nothing
		assertThat(upload("VLLM", RESULT, "conc8.json", "llama-nine", null, "1", "FP8", "true"))
			.hasStatus(HttpStatus.UNPROCESSABLE_ENTITY)
			.bodyText()
			.contains("id=\"model-error\">no model &#39;llama-nine&#39; in the catalogue: pick one from the list")
			.contains("value=\"llama-nine\" aria-invalid=\"true\"");
		assertThat(this.measurements.count()).isEqualTo(measurementsBefore);
	}

	@Test
	void upload_aGenAiPerfFileNeedsTheEngineItMeasuredAndIsStoredWithIt() throws IOException {
		String csv = new String(getClass().getClassLoader()
			.getResourceAsStream("bench/genai-perf_profile_export_dgxc_deepseek-r1_conc1.csv")
			.readAllBytes(), StandardCharsets.UTF_8);

		assertThat(upload("GENAI_PERF", csv, "profile_export_genai_perf.csv", "meta-llama/llama-3.1-8b-instruct", "",
				"1", "FP8", null))
			.hasStatus(HttpStatus.UNPROCESSABLE_ENTITY)
			.bodyText()
			.contains("id=\"engine-error\">NVIDIA GenAI-Perf / AIPerf measures any server: name the engine");

		MvcTestResult stored = upload("genai-perf", csv, "profile_export_genai_perf.csv",
				"meta-llama/llama-3.1-8b-instruct", "TensorRT-LLM", "1", "FP8", null);

		assertThat(stored).hasStatus(HttpStatus.FOUND);
		long runId = Long.parseLong(stored.getResponse().getRedirectedUrl().replace("/imports/", ""));
		assertThat(this.measurements.findByImportRun(runId)).singleElement()
			.satisfies(m -> assertThat(m.engine()).isEqualTo("TensorRT-LLM"))
			.satisfies(m -> assertThat(m.engineVersion()).isEqualTo("0.10.1"))
			// 86.48 × (127.50 + 511.90) ÷ 511.90 = 108.0198 tokens/s to the column's
			// scale
			.satisfies(m -> assertThat(m.totalTokensPerSecond()).isEqualByComparingTo("108.0198"));
	}

	private MvcTestResult upload(String gpuCount, String precision) {
		return upload("VLLM", RESULT, "conc8.json", "meta-llama/llama-3.1-8b-instruct", null, gpuCount, precision,
				null);
	}

	private MvcTestResult upload(String tool, String content, String fileName, String model, String engine,
			String gpuCount, String precision, String confirmModel) {
		var request = this.mvc.post()
			.uri("/imports/throughput")
			.multipart()
			.file(new MockMultipartFile("file", fileName, "application/octet-stream",
					content.getBytes(StandardCharsets.UTF_8)))
			.param("tool", tool)
			.param("model", model)
			.param("hardwareProfile", "hgx-h100-8x")
			.param("gpuCount", gpuCount)
			.param("precision", precision)
			.param("engineVersion", "0.10.1");
		if (engine != null) {
			request = request.param("engine", engine);
		}
		if (confirmModel != null) {
			request = request.param("confirmModel", confirmModel);
		}
		return request.with(user("ann").roles(Role.ANALYST.name())).with(csrf()).exchange();
	}

}
