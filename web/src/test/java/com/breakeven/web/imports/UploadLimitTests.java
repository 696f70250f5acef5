package com.breakeven.web.imports;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.breakeven.web.security.ApiTokens;
import com.breakeven.web.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads larger than the configured limit are refused by the server (here 4 KB; 512 MB
 * in application.properties) with a problem naming the file, before any import starts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = {
				"spring.datasource.url=jdbc:h2:mem:upload-limit;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"spring.servlet.multipart.max-file-size=4KB", "spring.servlet.multipart.max-request-size=8KB" })
class UploadLimitTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApiTokens tokens;

	@Test
	void anUploadOverTheLimitIsRefusedWith413AndAProblemNamingTheFile() throws Exception {
		String token = this.tokens.create("limit test", Set.of(Role.ANALYST), null, null).token();
		String boundary = "breakeven-boundary";
		String csv = "request_id,startTime,model,spend,prompt_tokens,completion_tokens\n"
				+ "r,2025-05-01T10:00:00Z,gpt-4o,0.01,1000,100\n".repeat(200);
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\nlitellm-spend\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/imports/usage"))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"field\":\"file\"");
	}

}
