package com.breakeven.web.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.breakeven.web.security.ApiTokens;
import com.breakeven.web.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors no controller answers, over a real connection: the API's are RFC 9457 problems
 * (even Tomcat's refusal of a 100 KB query string), pages get the site's error page, and
 * neither shows a stack trace, a server path or the container's name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:error-answers;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class ErrorAnswersTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApiTokens tokens;

	@Test
	void api_aQueryOf100KbIsAProblemNotTomcatsPage() throws Exception {
		HttpResponse<String> response = get("/api/v1/prices?model=" + "x".repeat(100_000), "application/json");

		assertThat(response.statusCode()).isEqualTo(400);
		assertProblem(response);
		assertThat(response.body()).contains("the request could not be read").doesNotContain("Tomcat");
	}

	@Test
	void api_anUnknownPathIsAProblem() throws Exception {
		HttpResponse<String> response = get("/api/v1/no-such-thing", "*/*");

		assertThat(response.statusCode()).isEqualTo(404);
		assertProblem(response);
		assertThat(response.body()).contains("\"detail\":\"there is nothing at this address\"");
	}

	@Test
	void api_aPathTheFirewallRefusesIsAProblem() throws Exception {
		HttpResponse<String> response = get("/api/v1/prices;jsessionid=x", "text/html");

		assertThat(response.statusCode()).isEqualTo(400);
		assertProblem(response);
	}

	@Test
	void page_aPathTheFirewallRefusesIsTheSitesErrorPage() throws Exception {
		HttpResponse<String> response = get("/imports;x=1", "text/html,*/*;q=0.8");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("id=\"error-status\"")
			.contains("the request could not be read")
			.doesNotContain("Whitelabel")
			.doesNotContain("Exception");
	}

	private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		String token = this.tokens.create("errors viewer", Set.of(Role.VIEWER), null, null).token();
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Authorization", "Bearer " + token)
				.header("Accept", accept)
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void assertProblem(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).doesNotContain("/tmp")
			.doesNotContain("Exception")
			.doesNotContain("\tat ")
			.contains("\"status\":" + response.statusCode());
	}

}
