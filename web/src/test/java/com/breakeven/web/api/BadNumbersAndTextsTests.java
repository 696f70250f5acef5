package com.breakeven.web.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import com.breakeven.web.scenario.ScenarioDefaults;
import com.breakeven.web.security.ApiTokens;
import com.breakeven.web.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numbers and texts out of bounds on the scenario and report APIs: a 422 problem naming
 * the field, the offending value cut short, nothing stored (issue 18's "vague or 500"
 * family: infinity, 1e300 tokens, an uncertainty with an infinite bound, a budget of
 * 1e1000 or 30 digits, a 10 MB scope, 20,000 recipients, currency XXX).
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:bad-input;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class BadNumbersAndTextsTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApiTokens tokens;

	@Autowired
	private JsonMapper json;

	@Autowired
	private ScenarioDefaults defaults;

	@Autowired
	private JdbcClient jdbc;

	private String admin;

	@BeforeEach
	void token() {
		this.admin = this.tokens.create("bad input", Set.of(Role.ADMIN), null, null).token();
	}

	@Test
	void scenarios_refuseNumbersThatAreNotFiniteOrTooLargeByField() {
		long before = count("scenario");

		assertThat(refusedField(scenario("monthlyInputTokens", "1e400"))).containsKey("monthlyInputTokens");
		assertThat(refusedField(scenario("monthlyOutputTokens", "1e300"))).containsKey("monthlyOutputTokens");
		ObjectNode form = base("infinite uncertainty");
		((ObjectNode) form.get("uncertainties").get(0)).put("shape", "UNIFORM");
		((ObjectNode) form.get("uncertainties").get(0)).put("a", 0.5);
		((ObjectNode) form.get("uncertainties").get(0)).set("c", this.json.readTree("1e400"));
		assertThat(refusedField(post("/api/v1/scenarios", form.toString()))).containsKey("uncertainties[0].c");
		assertThat(refusedField(scenario("maxTtftP99Ms", "0"))).containsKey("maxTtftP99Ms");

		assertThat(count("scenario")).isEqualTo(before);
	}

	@Test
	void reports_refuseBudgetsScopesRecipientsAndCurrenciesOutOfBoundsByField() {
		long before = count("report_definition");

		assertThat(refusedField(report(Map.of("budget", "1e1000")))).containsKey("budget");
		assertThat(refusedField(report(Map.of("budget", "123456789012345678901234567890")))).containsKey("budget");
		assertThat(refusedField(report(Map.of("budget", "0.0000001")))).containsKey("budget");
		assertThat(refusedField(report(Map.of("currency", "XXX")))).containsKey("currency");
		List<String> many = new ArrayList<>(Collections.nCopies(20_000, "a@example.com"));
		assertThat(refusedField(report(Map.of("recipients", String.join(", ", many))))).containsKey("recipients");
		String huge = "p".repeat(10 * 1024 * 1024);
		JsonNode scope = body(report(Map.of("scope", "PROJECT", "scopeValue", huge)));
		assertThat(scope.get("fields")).isNotNull();
		assertThat(scope.get("fields").has("scopeValue")).isTrue();
		// the answer names the field and the length, never echoes ten megabytes back
		assertThat(scope.toString().length()).isLessThan(2_000);

		assertThat(count("report_definition")).isEqualTo(before);
	}

	@Test
	void usageUpload_aMappingThatCannotWorkIsRefusedBeforeATicket() throws Exception {
		long before = count("import_run");
		org.springframework.mock.web.MockMultipartFile file = new org.springframework.mock.web.MockMultipartFile("file",
				"spend.csv", "text/csv", "Day,Model,Prompt\n2026-10-01,gpt-4o,1000\n".getBytes());

		var refused = this.mvc.post()
			.uri("/api/v1/imports/usage")
			.multipart()
			.file(file)
			.param("format", "generic")
			.param("mapping", "foo=Bar")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.admin)
			.exchange();

		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		JsonNode problem = body(refused.getResponse().getContentAsString());
		assertThat(problem.get("field").asString()).isEqualTo("mapping");
		assertThat(problem.get("detail").asString()).contains("mapping entry 'foo=Bar'");
		assertThat(count("import_run")).isEqualTo(before);
	}

	private String scenario(String field, String rawNumber) {
		ObjectNode form = base(field + " " + rawNumber);
		form.set(field, this.json.readTree(rawNumber));
		return post("/api/v1/scenarios", form.toString());
	}

	private ObjectNode base(String name) {
		ObjectNode form = (ObjectNode) this.json.valueToTree(this.defaults.forWorkload("helpdesk on openai/gpt-4o"));
		form.put("name", name);
		return form;
	}

	private String report(Map<String, String> changes) {
		ObjectNode form = this.json.createObjectNode();
		form.put("name", "bad report " + changes.keySet());
		form.put("scope", "ALL");
		form.put("period", "MONTH");
		form.put("currency", "USD");
		form.putArray("formats").add("CSV");
		form.put("cron", "0 0 6 1 * *");
		changes.forEach(form::put);
		return post("/api/v1/reports", form.toString());
	}

	private String post(String uri, String body) {
		var result = this.mvc.post()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
		assertThat(result.getResponse().getStatus()).isEqualTo(422);
		try {
			return result.getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private JsonNode body(String text) {
		return this.json.readTree(text);
	}

	private Map<String, Object> refusedField(String problem) {
		JsonNode fields = body(problem).get("fields");
		assertThat(fields).as(problem).isNotNull();
		return this.json.convertValue(fields, Map.class);
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

}
