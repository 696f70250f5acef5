package com.breakeven.web.imports;

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
import com.breakeven.web.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The imports page's benchmark form: a GPU count the node does not have, a precision that
 * is none, or a count that is no number is answered on the page beside its field (422),
 * with what was typed kept, and nothing is stored.
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

	private MvcTestResult upload(String gpuCount, String precision) {
		return this.mvc.post()
			.uri("/imports/throughput")
			.multipart()
			.file(new MockMultipartFile("file", "conc8.json", "application/json",
					RESULT.getBytes(StandardCharsets.UTF_8)))
			.param("tool", "VLLM")
			.param("model", "meta-llama/llama-3.1-8b-instruct")
			.param("hardwareProfile", "hgx-h100-8x")
			.param("gpuCount", gpuCount)
			.param("precision", precision)
			.param("engineVersion", "0.10.1")
			.with(user("ann").roles(Role.ANALYST.name()))
			.with(csrf())
			.exchange();
	}

}
