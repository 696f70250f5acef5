package com.breakeven.web.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * {@code /api/v1/connectors} and the connectors page: admins only, reading included; the
 * key answered back by its last four characters only, and never logged; bad input an RFC
 * 9457 problem naming the field. The provider's address is a closed local port: a pull
 * fails fast, and nothing reaches the network.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:connectors;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"breakeven.sample-data.enabled=false", "BREAKEVEN_SECRET_KEY=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
		"breakeven.connectors.openai-url=http://127.0.0.1:9", "breakeven.connectors.anthropic-url=http://127.0.0.1:9",
		"breakeven.connectors.max-attempts=1", "breakeven.connectors.pull-cron=-" })
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class ConnectorApiTests {

	private static final String KEY = "sk-admin-api-test-secret-4b1e";

	private static final UserRequestPostProcessor ADMIN = user("root").roles("ADMIN");

	@Autowired
	private MockMvcTester mvc;

	@Test
	void connectors_areForAdminsOnlyReadingIncluded() {
		assertThat(this.mvc.get().uri("/api/v1/connectors").with(user("ann").roles("ANALYST")))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/api/v1/connectors").with(user("vic").roles("VIEWER")))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/admin/connectors").with(user("ann").roles("ANALYST")))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/api/v1/connectors").with(ADMIN)).hasStatusOk();
	}

	@Test
	void create_answersTheKeysLastFourCharactersOnlyAndNeverLogsIt(CapturedOutput output) {
		MvcTestResult created = create("{\"name\": \"openai-prod\", \"provider\": \"openai\", \"adminKey\": \"" + KEY
				+ "\", \"backfillDays\": 30}");

		assertThat(created).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.keyLastFour").isEqualTo("4b1e");
		assertThat(created.getResponse().getHeader("Location")).startsWith("/api/v1/connectors/");
		assertThat(created).bodyText().doesNotContain(KEY);
		assertThat(this.mvc.get().uri("/api/v1/connectors").with(ADMIN)).hasStatusOk()
			.bodyText()
			.contains("openai-prod")
			.doesNotContain(KEY);
		assertThat(this.mvc.get().uri("/admin/connectors").with(ADMIN)).hasStatusOk()
			.bodyText()
			.contains("…4b1e")
			.contains("<label for=\"connector-key\"")
			.doesNotContain(KEY);
		assertThat(output).contains("openai-prod").doesNotContain(KEY);
	}

	@Test
	void create_refusesBadInputWithAProblemNamingTheField() {
		assertProblem(create("{\"name\": \"a\", \"provider\": \"azure\", \"adminKey\": \"" + KEY + "\"}"),
				HttpStatus.BAD_REQUEST, "provider", "provider must be one of [OPENAI, ANTHROPIC], was 'azure'");
		assertProblem(create("{\"name\": \"a\", \"provider\": \"ANTHROPIC\"}"), HttpStatus.BAD_REQUEST, "adminKey",
				"adminKey must not be blank");
		assertProblem(
				create("{\"name\": \"a\", \"provider\": \"ANTHROPIC\", \"adminKey\": \"" + KEY
						+ "\", \"backfillDays\": 0}"),
				HttpStatus.BAD_REQUEST, "backfillDays", "backfillDays must be 1 to 3660, was 0");
		assertProblem(create("{\"name\": \" \", \"provider\": \"ANTHROPIC\", \"adminKey\": \"" + KEY + "\"}"),
				HttpStatus.BAD_REQUEST, "name", "name must be 1 to 100 characters");
		assertThat(create("{\"name\": \"twice\", \"provider\": \"ANTHROPIC\", \"adminKey\": \"" + KEY + "\"}"))
			.hasStatus(HttpStatus.CREATED);
		assertProblem(create("{\"name\": \"TWICE\", \"provider\": \"OPENAI\", \"adminKey\": \"" + KEY + "\"}"),
				HttpStatus.CONFLICT, "name", "a connector named 'TWICE' exists already");
	}

	@Test
	void runPauseResumeDelete_answerTheConnectorWithItsLastError() {
		MvcTestResult created = create(
				"{\"name\": \"anthropic-prod\", \"provider\": \"ANTHROPIC\", \"adminKey\": \"" + KEY + "\"}");
		String location = created.getResponse().getHeader("Location");

		assertThat(this.mvc.post().uri(location + "/run").with(ADMIN)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.lastError")
			.asString()
			.startsWith("Anthropic GET /v1/organizations/usage_report/messages could not be reached");
		MvcTestResult replaced = this.mvc.put()
			.uri(location + "/key")
			.with(ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"adminKey\": \"sk-ant-admin01-rotated-77aa\"}")
			.exchange();
		assertThat(replaced).hasStatusOk().bodyJson().extractingPath("$.keyLastFour").isEqualTo("77aa");
		assertThat(replaced).bodyJson().extractingPath("$.lastError").isNull();
		assertThat(replaced).bodyText().doesNotContain("sk-ant-admin01-rotated-77aa");
		assertThat(this.mvc.post().uri(location + "/pause").with(ADMIN)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.paused")
			.isEqualTo(true);
		assertProblem(this.mvc.post().uri(location + "/run").with(ADMIN).exchange(), HttpStatus.CONFLICT, null,
				"connector 'anthropic-prod' is paused: resume it first");
		assertThat(this.mvc.post().uri(location + "/resume").with(ADMIN)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.paused")
			.isEqualTo(false);
		assertThat(this.mvc.delete().uri(location).with(ADMIN)).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(this.mvc.get().uri(location).with(ADMIN)).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void page_createsAConnectorFromTheForm() {
		assertThat(this.mvc.post()
			.uri("/admin/connectors")
			.with(ADMIN)
			.with(csrf())
			.param("name", "from-the-page")
			.param("provider", "OPENAI")
			.param("adminKey", KEY)
			.param("backfillDays", "90")).hasStatus3xxRedirection()
			.flash()
			.containsEntry("message",
					"Saved connector from-the-page (key ending 4b1e). Its first pull backfills 90 days.");
	}

	@Test
	void page_refusesAConnectorWithoutAKeyWith422TheReasonBesideTheFieldAndTheFormAsTyped() {
		assertThat(this.mvc.post()
			.uri("/admin/connectors")
			.with(ADMIN)
			.with(csrf())
			.param("name", "without-a-key")
			.param("provider", "ANTHROPIC")
			.param("adminKey", " ")
			.param("backfillDays", "30")).hasStatus(HttpStatus.UNPROCESSABLE_ENTITY)
			.bodyText()
			.contains("id=\"adminKey-error\">adminKey must not be blank</span>")
			.contains("value=\"without-a-key\"")
			.contains("<option value=\"ANTHROPIC\" selected=\"selected\">Anthropic</option>")
			.contains("value=\"30\"");
		assertThat(this.mvc.get().uri("/api/v1/connectors").with(ADMIN)).bodyText().doesNotContain("without-a-key");
		// in the browser, Save waits for a key
		assertThat(this.mvc.get().uri("/admin/connectors").with(ADMIN)).bodyText()
			.contains("data-needs=\"connector-key\"")
			.contains("/forms.js");
	}

	@Test
	void page_deletesAConnectorOnlyOnTheConfirmationsSecondStep() {
		String location = create("{\"name\": \"to-delete\", \"provider\": \"OPENAI\", \"adminKey\": \"" + KEY + "\"}")
			.getResponse()
			.getHeader("Location");
		String delete = location.replace("/api/v1/connectors/", "/admin/connectors/") + "/delete";

		assertThat(this.mvc.post().uri(delete).with(ADMIN).with(csrf())).hasStatus3xxRedirection()
			.flash()
			.hasEntrySatisfying("error",
					error -> assertThat((String) error).startsWith("Not deleted: connector to-delete"));
		assertThat(this.mvc.get().uri(location).with(ADMIN)).hasStatusOk();
		assertThat(this.mvc.post().uri(delete).with(ADMIN).with(csrf()).param("confirm", "yes"))
			.hasStatus3xxRedirection()
			.flash()
			.containsEntry("message", "Deleted to-delete and its key; the usage it pulled stays.");
		assertThat(this.mvc.get().uri(location).with(ADMIN)).hasStatus(HttpStatus.NOT_FOUND);
	}

	private MvcTestResult create(String json) {
		return this.mvc.post()
			.uri("/api/v1/connectors")
			.with(ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	private static void assertProblem(MvcTestResult result, HttpStatus status, String field, String detail) {
		assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo(detail);
		if (field != null) {
			assertThat(result).bodyJson().extractingPath("$.field").isEqualTo(field);
		}
	}

}
