package com.breakeven.web.imports;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.breakeven.ingestion.ImportRunRepository;
import com.breakeven.ingestion.UsageImports;
import com.breakeven.web.security.ApiTokens;
import com.breakeven.web.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Uploads that wait behind a running import are listed as queued, by the file name the
 * client sent, on the API, the imports page and its progress poll; never by the server's
 * copy. The import worker is held by a gate until the listings are read.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:queued-uploads;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class QueuedUploadsTests {

	/** Holds the import worker until the test opens it. */
	static final CountDownLatch GATE = new CountDownLatch(1);

	private static final String MAPPING = "date=Day,model=Model,input_tokens=In";

	@TestConfiguration
	static class GatedWorker {

		@Bean
		@Primary
		Uploads gatedUploads(UsageImports usage, ImportRunRepository runs, UploadTickets tickets) {
			ExecutorService worker = Executors.newSingleThreadExecutor();
			worker.submit(() -> {
				GATE.await();
				return null;
			});
			return new Uploads(usage, runs, tickets, worker);
		}

	}

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApiTokens tokens;

	@Test
	void uploadsWaitingForTheWorkerAreListedAsQueuedByTheirOriginalNames() throws Exception {
		String analyst = this.tokens.create("queue analyst", Set.of(Role.ANALYST), null, null).token();
		String first = upload(analyst, "team usage (May).csv", "Day,Model,In\n2026-05-01,gpt-4o,10\n");
		upload(analyst, "Nutzung März: Ops.csv", "Day,Model,In\n2026-05-02,gpt-4o,20\n");

		MvcTestResult list = this.mvc.get()
			.uri("/api/v1/imports")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + analyst)
			.exchange();
		assertThat(list).hasStatusOk();
		assertThat(list).bodyJson().extractingPath("$.items[0].status").isEqualTo("QUEUED");
		assertThat(list).bodyJson().extractingPath("$.items[0].source").isEqualTo("team usage (May).csv");
		assertThat(list).bodyJson().extractingPath("$.items[0].upload").isEqualTo(first);
		assertThat(list).bodyJson().extractingPath("$.items[0].format").isEqualTo("generic");
		assertThat(list).bodyJson().extractingPath("$.items[1].source").isEqualTo("Nutzung März: Ops.csv");
		assertThat(list).bodyJson().extractingPath("$.items[1].status").isEqualTo("QUEUED");

		MvcTestResult page = this.mvc.get().uri("/imports").with(user("ann").roles(Role.ANALYST.name())).exchange();
		assertThat(page).hasStatusOk();
		String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
		// the page names the format in words; the API above keeps its code
		assertThat(html).contains("Queued: team usage (May).csv (CSV with a column mapping)")
			.contains("Queued: Nutzung März: Ops.csv (CSV with a column mapping)")
			.doesNotContain("breakeven-upload-");
		MvcTestResult poll = this.mvc.get()
			.uri("/imports/progress")
			.with(user("ann").roles(Role.ANALYST.name()))
			.exchange();
		assertThat(poll).bodyJson()
			.extractingPath("$.queued[*].fileName")
			.isEqualTo(List.of("team usage (May).csv", "Nutzung März: Ops.csv"));
		assertThat(poll).bodyJson()
			.extractingPath("$.queued[*].formatName")
			.isEqualTo(List.of("CSV with a column mapping", "CSV with a column mapping"));

		GATE.countDown();
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		String status = "QUEUED";
		while (!status.equals("COMPLETED") && Instant.now().isBefore(deadline)) {
			Thread.sleep(200);
			status = this.mvc.get()
				.uri("/api/v1/imports?size=1")
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + analyst)
				.exchange()
				.getResponse()
				.getContentAsString()
				.replaceAll("(?s).*?\"status\":\"([A-Z]+)\".*", "$1");
		}
		// both imported, the later first, each run under the name the user's file has (a
		// colon, which Windows refuses in file names, stored as "_")
		assertThat(status).isEqualTo("COMPLETED");
		assertThat(this.mvc.get()
			.uri("/api/v1/imports?size=2")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + analyst)
			.exchange()).bodyJson()
			.extractingPath("$.items[*].source")
			.isEqualTo(List.of("Nutzung März_ Ops.csv", "team usage (May).csv"));
	}

	/**
	 * @return the upload's ticket
	 */
	private String upload(String token, String name, String csv) {
		MvcTestResult accepted = this.mvc.post()
			.uri("/api/v1/imports/usage")
			.multipart()
			.file(new MockMultipartFile("file", name, "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("format", "generic")
			.param("mapping", MAPPING)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange();
		assertThat(accepted).hasStatus(HttpStatus.ACCEPTED);
		String location = accepted.getResponse().getHeader(HttpHeaders.LOCATION);
		return location.substring(location.lastIndexOf('/') + 1);
	}

}
