package com.breakeven.web.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.breakeven.ingestion.ImportRunRepository;
import com.breakeven.web.security.ApiTokens;
import com.breakeven.web.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Upload file names no file should have (a NUL) or too long to record (300 characters):
 * refused with a problem or page message naming the defect, no import run recorded and no
 * upload directory left behind; server paths never shown in a message.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:upload-names;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class UploadNamesTests {

	private static final byte[] CSV = "request_id,startTime,model,spend,prompt_tokens,completion_tokens\n"
		.getBytes(StandardCharsets.UTF_8);

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApiTokens tokens;

	@Autowired
	private ImportRunRepository runs;

	private String analyst;

	@BeforeEach
	void token() {
		this.analyst = this.tokens.create("names analyst", Set.of(Role.ANALYST), null, null).token();
	}

	@Test
	void usageUpload_aNameWithNulIsRefusedWith422AndNothingIsLeft() throws IOException {
		long directoriesBefore = uploadDirectories();
		int runsBefore = this.runs.recent(1_000).size();

		assertThat(this.mvc.post()
			.uri("/api/v1/imports/usage")
			.multipart()
			.file(new MockMultipartFile("file", "spend\0.csv", "text/csv", CSV))
			.param("format", "litellm-spend")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.analyst)).hasStatus(HttpStatus.UNPROCESSABLE_ENTITY)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.field")
			.isEqualTo("file");

		assertThat(uploadDirectories()).isEqualTo(directoriesBefore);
		assertThat(this.runs.recent(1_000)).hasSize(runsBefore);
	}

	@Test
	void priceUpload_aNameOf300CharactersIsRefusedWith422NamingItsLength() throws IOException {
		long directoriesBefore = uploadDirectories();
		int runsBefore = this.runs.recent(1_000).size();

		assertThat(this.mvc.post()
			.uri("/api/v1/imports/prices")
			.multipart()
			.file(new MockMultipartFile("file", "p".repeat(296) + ".csv", "text/csv", CSV))
			.param("feed", "manual")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.analyst)).hasStatus(HttpStatus.UNPROCESSABLE_ENTITY)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("the file name has 300 characters, more than the 80 accepted; rename the file");

		assertThat(uploadDirectories()).isEqualTo(directoriesBefore);
		assertThat(this.runs.recent(1_000)).hasSize(runsBefore);
	}

	@Test
	void pageUpload_aNameWithNulIsRefusedBesideTheForm() throws IOException {
		long directoriesBefore = uploadDirectories();

		assertThat(this.mvc.post()
			.uri("/imports/usage")
			.multipart()
			.file(new MockMultipartFile("file", "spend\0.csv", "text/csv", CSV))
			.param("format", "litellm-spend")
			.with(user("ann").roles(Role.ANALYST.name()))
			.with(csrf())).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/imports")
			.flash()
			.containsEntry("error", "the file name contains a control character (such as NUL); rename the file");

		assertThat(uploadDirectories()).isEqualTo(directoriesBefore);
	}

	@Test
	void withoutServerPaths_leavesTheFileNameOnly() {
		String message = "cannot read /tmp/breakeven-upload-4242@host-1-77/usage.csv: /tmp/breakeven-upload-4242@host-1-77/usage.csv (No such file)";

		assertThat(Uploads.withoutServerPaths(message)).isEqualTo("cannot read usage.csv: usage.csv (No such file)");
	}

	/** Upload directories of this process in the temporary directory. */
	private static long uploadDirectories() throws IOException {
		try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return entries.filter(entry -> entry.getFileName().toString().startsWith(Uploads.directoryPrefix()))
				.count();
		}
	}

}
