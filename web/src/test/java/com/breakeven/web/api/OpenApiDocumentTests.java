package com.breakeven.web.api;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import com.breakeven.web.security.ApiTokens;
import com.breakeven.web.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published OpenAPI document describes every field of the prices, quote, scenarios
 * and recommendations endpoints (with its unit), and every request example answers as
 * Swagger UI sends it: the body Swagger UI builds from the properties' examples is posted
 * to the running application on the sample data, and every other operation is called with
 * its parameters' examples.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:openapi;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class OpenApiDocumentTests {

	/** The endpoints issue 21 asks to be described, by path prefix. */
	private static final List<String> DESCRIBED = List.of("/api/v1/prices", "/api/v1/quote", "/api/v1/scenarios",
			"/api/v1/recommendations");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	private ApiTokens tokens;

	private JsonNode document;

	private String token;

	@BeforeEach
	void fetch() throws Exception {
		String body = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/v3/api-docs")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		Files.writeString(Files.createDirectories(Path.of("target", "openapi")).resolve("api-docs.json"), body);
		this.document = JSON.readTree(body);
		this.token = this.tokens.create("openapi examples", Set.of(Role.values()), null, null).token();
	}

	@Test
	void everyFieldAndParameterOfTheDescribedEndpointsHasADescription() {
		Set<String> undescribed = new TreeSet<>();
		Deque<String> schemas = new ArrayDeque<>();
		this.document.get("paths").properties().forEach(path -> {
			if (DESCRIBED.stream().noneMatch(path.getKey()::startsWith)) {
				return;
			}
			path.getValue().properties().forEach(operation -> {
				String where = operation.getKey().toUpperCase() + " " + path.getKey();
				operation.getValue().path("parameters").forEach(parameter -> {
					if (parameter.path("description").asString("").isBlank()) {
						undescribed.add(where + " parameter " + parameter.get("name").asString());
					}
				});
				refs(operation.getValue().path("requestBody"), schemas);
				refs(operation.getValue().path("responses"), schemas);
			});
		});
		Set<String> seen = new TreeSet<>();
		while (!schemas.isEmpty()) {
			String name = schemas.pop();
			if (!seen.add(name)) {
				continue;
			}
			JsonNode schema = this.document.get("components").get("schemas").get(name);
			schema.path("properties").properties().forEach(property -> {
				if (property.getValue().path("description").asString("").isBlank()) {
					undescribed.add(name + "." + property.getKey());
				}
				refs(property.getValue(), schemas);
			});
		}

		assertThat(seen).contains("QuoteRequest", "ScenarioForm", "RecommendationsView");
		assertThat(undescribed).isEmpty();
	}

	@Test
	void everyRequestExampleAnswersAsSwaggerUiSendsIt() throws Exception {
		JsonNode quote = example("QuoteRequest");
		assertThat(post("/api/v1/quote", quote).statusCode()).as(quote.toString()).isEqualTo(200);

		ObjectNode scenario = (ObjectNode) example("ScenarioForm");
		HttpResponse<String> created = post("/api/v1/scenarios", scenario);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		// compare needs two saved scenarios: the example again under another name
		scenario.put("name", scenario.get("name").asString() + " (copy)");
		HttpResponse<String> copy = post("/api/v1/scenarios", scenario);
		assertThat(copy.statusCode()).as(copy.body()).isEqualTo(201);
		ObjectNode compare = JsonNodeFactory.instance.objectNode();
		compare.putArray("ids").add(JSON.readTree(created.body()).get("id")).add(JSON.readTree(copy.body()).get("id"));
		HttpResponse<String> compared = post("/api/v1/scenarios/compare", compare);
		assertThat(compared.statusCode()).as(compared.body()).isEqualTo(200);

		// every operation without a body, called with its parameters' examples (a
		// scenario's id: the one just saved)
		String id = JSON.readTree(created.body()).get("id").asString();
		Set<String> answered = new TreeSet<>();
		for (var path : this.document.get("paths").properties()) {
			for (var operation : path.getValue().properties()) {
				String method = operation.getKey().toUpperCase();
				if (DESCRIBED.stream().noneMatch(path.getKey()::startsWith) || method.equals("DELETE")
						|| operation.getValue().has("requestBody")) {
					continue;
				}
				StringBuilder uri = new StringBuilder(path.getKey().replace("{id}", id));
				char separator = '?';
				for (JsonNode parameter : operation.getValue().path("parameters")) {
					if (parameter.get("in").asString().equals("query")) {
						assertThat(parameter.has("example")).as(method + " " + path.getKey() + " " + parameter)
							.isTrue();
						uri.append(separator)
							.append(parameter.get("name").asString())
							.append('=')
							.append(URLEncoder.encode(parameter.get("example").asString(), StandardCharsets.UTF_8));
						separator = '&';
					}
				}
				HttpResponse<String> answer = send(method, uri.toString());
				assertThat(answer.statusCode()).as(method + " " + uri + ": " + answer.body()).isEqualTo(200);
				answered.add(method + " " + path.getKey());
			}
		}
		assertThat(answered).contains("GET /api/v1/prices", "GET /api/v1/recommendations",
				"POST /api/v1/scenarios/{id}/evaluate");
	}

	private HttpResponse<String> send(String method, String uri) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + uri))
				.header("Authorization", "Bearer " + this.token)
				.method(method, HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * The body Swagger UI builds for a schema: each property's example, a nested object's
	 * own, an array of one item.
	 */
	private JsonNode example(String name) {
		JsonNode schema = this.document.get("components").get("schemas").get(name);
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		schema.path("properties")
			.properties()
			.forEach(property -> body.set(property.getKey(), value(property.getValue())));
		return body;
	}

	private JsonNode value(JsonNode property) {
		if (property.has("example")) {
			return property.get("example");
		}
		if (property.has("$ref")) {
			return example(property.get("$ref").asString().substring("#/components/schemas/".length()));
		}
		if (property.path("type").asString("").equals("array")) {
			ArrayNode items = JsonNodeFactory.instance.arrayNode();
			items.add(value(property.get("items")));
			return items;
		}
		throw new AssertionError("no example for " + property);
	}

	private HttpResponse<String> post(String path, JsonNode body) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Authorization", "Bearer " + this.token)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void refs(JsonNode node, Deque<String> schemas) {
		if (node.has("$ref")) {
			schemas.push(node.get("$ref").asString().replaceFirst("^#/components/schemas/", ""));
		}
		node.forEach(child -> refs(child, schemas));
	}

}
