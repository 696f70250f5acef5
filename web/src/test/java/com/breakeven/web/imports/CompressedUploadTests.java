package com.breakeven.web.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.breakeven.web.security.ApiTokens;
import com.breakeven.web.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Usage exports uploaded as their tools deliver them: a gzip-compressed CSV is accepted
 * by name and imported to completion; a price feed is still only JSON or CSV.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:compressed-uploads;MODE=PostgreSQL;"
		+ "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class CompressedUploadTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApiTokens tokens;

	@Test
	void usageUpload_aCsvGzIsImportedAndAParquetNameAccepted() throws Exception {
		String analyst = this.tokens.create("gzip analyst", Set.of(Role.ANALYST), null, null).token();
		byte[] gz = gzip("Day,Model,In\n2026-01-01,gpt-4o,10\n2026-01-02,gpt-4o,20\n");

		MvcTestResult accepted = this.mvc.post()
			.uri("/api/v1/imports/usage")
			.multipart()
			.file(new MockMultipartFile("file", "team-usage.csv.gz", "application/gzip", gz))
			.param("format", "generic")
			.param("mapping", "date=Day,model=Model,input_tokens=In,source=:team-usage")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + analyst)
			.exchange();

		assertThat(accepted).hasStatus(HttpStatus.ACCEPTED);
		String location = accepted.getResponse().getHeader(HttpHeaders.LOCATION);
		String status = "QUEUED";
		String body = "";
		for (int i = 0; i < 300 && (status.equals("QUEUED") || status.equals("RUNNING")); i++) {
			Thread.sleep(100);
			body = this.mvc.get()
				.uri(location)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + analyst)
				.exchange()
				.getResponse()
				.getContentAsString();
			status = body.replaceAll("(?s).*?\"status\":\"([A-Z]+)\".*", "$1");
		}
		assertThat(status).as(body).isEqualTo("COMPLETED");
		assertThat(body).contains("2 AI lines stored");
		assertThat(Uploads.USAGE_EXTENSIONS).contains("parquet", "csv.gz", "json.gz");
	}

	@Test
	void priceUpload_aParquetOrGzipNameIsRefusedNamingWhatIsRead() {
		String analyst = this.tokens.create("price analyst", Set.of(Role.ANALYST), null, null).token();

		assertThat(this.mvc.post()
			.uri("/api/v1/imports/prices")
			.multipart()
			.file(new MockMultipartFile("file", "prices.parquet", "application/octet-stream", new byte[] { 'P' }))
			.param("feed", "manual")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + analyst)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("'prices.parquet' is not an export this page reads: upload a .csv, .json, .jsonl, .txt file");
	}

	private static byte[] gzip(String text) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (OutputStream out = new GZIPOutputStream(bytes)) {
			out.write(text.getBytes(StandardCharsets.UTF_8));
		}
		return bytes.toByteArray();
	}

}
