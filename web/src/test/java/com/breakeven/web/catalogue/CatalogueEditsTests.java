package com.breakeven.web.catalogue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.breakeven.pricing.HardwareRepository;
import com.breakeven.tco.DeviceKind;
import com.breakeven.tco.ModelSpec;
import com.breakeven.web.scenario.CatalogueInputs;
import com.breakeven.web.scenario.ScenarioDefaults;
import com.breakeven.web.scenario.ScenarioForm;
import com.breakeven.web.scenario.ScenarioStore;
import com.breakeven.web.security.ApiTokens;
import com.breakeven.web.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * GPUs, hardware and hosting profiles and a model's architecture edited over the API with
 * real bearer tokens, on the sample catalogue: created, listed, replaced and deleted by
 * an admin; refused by field (422), by use (409, nothing deleted) and by role (403, 401).
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:catalogue-edits;MODE=PostgreSQL;"
		+ "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class CatalogueEditsTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApiTokens tokens;

	@Autowired
	private JsonMapper json;

	@Autowired
	private HardwareRepository hardware;

	@Autowired
	private ScenarioDefaults defaults;

	@Autowired
	private ScenarioStore scenarios;

	@Autowired
	private CatalogueInputs inputs;

	private String admin;

	private String analyst;

	private String viewer;

	@BeforeEach
	void tokens() {
		this.admin = this.tokens.create("test admin", Set.of(Role.ADMIN), null, null).token();
		this.analyst = this.tokens.create("test analyst", Set.of(Role.ANALYST), null, null).token();
		this.viewer = this.tokens.create("test viewer", Set.of(Role.VIEWER), null, null).token();
	}

	@Test
	void hardwareProfile_createdListedReplacedAndDeleted() {
		MvcTestResult created = send(HttpMethod.POST, "/api/v1/hardware-profiles", this.admin, node("h200-4x", 4));
		JsonNode body = body(created, HttpStatus.CREATED);
		assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION))
			.isEqualTo("/api/v1/hardware-profiles/h200-4x");
		// the GPU's figures come with the profile: H200 at 37,500 USD, 700 W, idle 70 W
		assertThat(body.get("gpu").asString()).isEqualTo("h200-sxm-141gb");
		assertThat(body.get("gpuUnitPrice").asString()).isEqualTo("37500");
		assertThat(body.get("gpuIdleWatts").asInt()).isEqualTo(70);
		assertThat(body(send(HttpMethod.GET, "/api/v1/hardware-profiles?size=500", this.viewer, null), HttpStatus.OK)
			.get("items")
			.valueStream()
			.map(p -> p.get("code").asString())).contains("h200-4x", "hgx-h100-8x");

		Map<String, Object> eight = node(null, 8);
		eight.put("serverCapex", 52000.5);
		JsonNode replaced = body(send(HttpMethod.PUT, "/api/v1/hardware-profiles/h200-4x", this.admin, eight),
				HttpStatus.OK);
		assertThat(replaced.get("gpusPerNode").asInt()).isEqualTo(8);
		assertThat(replaced.get("serverCapex").asString()).isEqualTo("52000.5");
		assertThat(this.hardware.findHardwareProfile("h200-4x").orElseThrow().gpusPerNode()).isEqualTo(8);

		long profiles = this.hardware.countHardwareProfiles();
		assertThat(send(HttpMethod.DELETE, "/api/v1/hardware-profiles/h200-4x", this.admin, null))
			.hasStatus(HttpStatus.NO_CONTENT);
		assertThat(this.hardware.countHardwareProfiles()).isEqualTo(profiles - 1);
		assertThat(send(HttpMethod.GET, "/api/v1/hardware-profiles/h200-4x", this.viewer, null))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void profiles_thatASavedScenarioNamesAreNotDeletedAndTheProblemNamesTheScenario() {
		ScenarioForm form = this.defaults.forWorkload("helpdesk on openai/gpt-4o").named("Helpdesk on own GPUs", null);
		this.scenarios.create(form, null);
		long hardwareProfiles = this.hardware.countHardwareProfiles();
		long hostingProfiles = this.hardware.countHostingProfiles();

		JsonNode node = body(
				send(HttpMethod.DELETE, "/api/v1/hardware-profiles/" + form.hardwareProfile(), this.admin, null),
				HttpStatus.CONFLICT);
		assertThat(node.get("detail").asString())
			.startsWith("hardware profile " + form.hardwareProfile() + " is used by scenario “Helpdesk on own GPUs”");
		assertThat(node.get("usedBy").valueStream().map(JsonNode::asString))
			.contains("scenario “Helpdesk on own GPUs”");
		JsonNode hosting = body(
				send(HttpMethod.DELETE, "/api/v1/hosting-profiles/" + form.hostingProfile(), this.admin, null),
				HttpStatus.CONFLICT);
		assertThat(hosting.get("field").asString()).isEqualTo("code");

		assertThat(this.hardware.countHardwareProfiles()).isEqualTo(hardwareProfiles);
		assertThat(this.hardware.countHostingProfiles()).isEqualTo(hostingProfiles);
	}

	@Test
	void badValues_areRefusedWithAProblemNamingEachField() {
		Map<String, Object> none = node("no-gpus", 0);
		none.put("gpu", "tpu-v9");
		none.put("displayName", "x".repeat(201));
		JsonNode problem = body(send(HttpMethod.POST, "/api/v1/hardware-profiles", this.admin, none),
				HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(problem.get("fields").get("gpusPerNode").asString()).isEqualTo("must be greater than or equal to 1");
		assertThat(problem.get("fields").get("gpu").asString()).startsWith("no GPU 'tpu-v9' in the catalogue (GPUs: ");
		assertThat(problem.get("fields").get("displayName").asString()).isEqualTo("size must be between 0 and 200");

		Map<String, Object> huge = node("huge", 8);
		huge.put("serverCapex", new java.math.BigDecimal("1e400"));
		assertThat(body(send(HttpMethod.POST, "/api/v1/hardware-profiles", this.admin, huge),
				HttpStatus.UNPROCESSABLE_ENTITY)
			.get("field")
			.asString()).isEqualTo("serverCapex");

		// idle above board power: 800 W idle on a 700 W GPU
		Map<String, Object> gpu = gpu();
		gpu.put("idleWatts", 800);
		JsonNode idle = body(send(HttpMethod.PUT, "/api/v1/gpus/h100-sxm5-80gb", this.admin, gpu),
				HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(idle.get("fields").get("idleWatts").asString()).isEqualTo("must be at most the TDP, 700 W");

		// a profile in EUR cannot price a GPU quoted in USD
		Map<String, Object> euro = node("euro-node", 8);
		euro.put("currency", "EUR");
		assertThat(body(send(HttpMethod.POST, "/api/v1/hardware-profiles", this.admin, euro),
				HttpStatus.UNPROCESSABLE_ENTITY)
			.get("fields")
			.get("currency")
			.asString()).isEqualTo("must be the currency of GPU h200-sxm-141gb's unit price, USD");

		JsonNode taken = body(send(HttpMethod.POST, "/api/v1/hardware-profiles", this.admin, node("hgx-h100-8x", 8)),
				HttpStatus.CONFLICT);
		assertThat(taken.get("field").asString()).isEqualTo("code");
		JsonNode renamed = body(
				send(HttpMethod.PUT, "/api/v1/hardware-profiles/hgx-h100-8x", this.admin, node("hgx-renamed", 8)),
				HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(renamed.get("field").asString()).isEqualTo("code");
	}

	@Test
	void gpuFigures_editedOnceReachEveryProfileWithThatGpu() {
		Map<String, Object> gpu = gpu();
		gpu.put("unitPrice", "30000");
		gpu.put("tdpWatts", 650);
		gpu.put("idleWatts", 65);
		JsonNode saved = body(send(HttpMethod.PUT, "/api/v1/gpus/h100-sxm5-80gb", this.admin, gpu), HttpStatus.OK);
		assertThat(saved.get("unitPrice").asString()).isEqualTo("30000");

		// the HGX H100 node: 8 GPUs at 30,000 = 240,000 of GPUs; 8 × 650 W board power
		var node = this.inputs.node("hgx-h100-8x");
		assertThat(node.gpu().unitPrice()).isEqualTo(30000.0);
		assertThat(node.gpu().tdpWatts()).isEqualTo(650.0);
		assertThat(node.gpu().idleWatts()).isEqualTo(65.0);

		gpu.put("unitPrice", null);
		gpu.put("currency", null);
		JsonNode unpriced = body(send(HttpMethod.PUT, "/api/v1/gpus/h100-sxm5-80gb", this.admin, gpu),
				HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(unpriced.get("fields").get("unitPrice").asString())
			.startsWith("hardware profiles hgx-h100-8x (USD)");

		Map<String, Object> added = gpu();
		added.put("code", "mi355x-288gb");
		added.put("memoryGb", 288);
		JsonNode created = body(send(HttpMethod.POST, "/api/v1/gpus", this.admin, added), HttpStatus.CREATED);
		assertThat(created.get("memoryGb").asString()).isEqualTo("288");
		// no kind given: a GPU, its memory in GB
		assertThat(created.get("kind").asString()).isEqualTo("GPU");
		assertThat(created.get("memoryUnit").asString()).isEqualTo("GB");
	}

	@Test
	void device_ofAnotherKindKeepsItAndTheNodeOnItGetsItsMemoryInGb() {
		// the shipped one-Mac node: 192 GiB of unified memory = 192 × 1.073741824 =
		// 206.158430208 GB for the memory check
		var mac = this.inputs.node("mac-studio-m2-ultra-192gb");
		assertThat(mac.gpu().kind()).isEqualTo(DeviceKind.UNIFIED);
		assertThat(mac.gpu().memoryGb()).isCloseTo(206.158430208, within(1e-9));
		assertThat(mac.memoryGb()).isCloseTo(206.158430208, within(1e-9));

		Map<String, Object> xeon = gpu();
		xeon.put("code", "xeon-socket-512gib");
		xeon.put("vendor", "Intel");
		xeon.put("memoryGb", 512);
		xeon.put("kind", "CPU");
		JsonNode created = body(send(HttpMethod.POST, "/api/v1/gpus", this.admin, xeon), HttpStatus.CREATED);
		assertThat(created.get("kind").asString()).isEqualTo("CPU");
		assertThat(created.get("memoryUnit").asString()).isEqualTo("GiB");

		xeon.put("kind", "TPU");
		assertThat(send(HttpMethod.PUT, "/api/v1/gpus/xeon-socket-512gib", this.admin, xeon))
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void architecture_setOverTheApiIsWhatTheMemoryCheckReads() {
		// DeepSeek-V3 as the catalogue ships it lacks KV heads and head dimension
		assertThatThrownBy(() -> this.inputs.spec("deepseek/deepseek-chat"))
			.hasMessageContaining("the catalogue lacks its parameters, layers, KV heads");
		Map<String, Object> v3 = new LinkedHashMap<>();
		v3.put("parametersBillions", 671);
		v3.put("activeParametersBillions", 37);
		v3.put("layers", 61);
		v3.put("kvHeads", 128);
		v3.put("headDim", 128);
		v3.put("contextWindowTokens", 131072);
		v3.put("openWeights", true);

		assertThat(send(HttpMethod.PUT, "/api/v1/models/deepseek/deepseek-chat/architecture", this.analyst, v3))
			.hasStatus(HttpStatus.FORBIDDEN);
		JsonNode model = body(
				send(HttpMethod.PUT, "/api/v1/models/deepseek/deepseek-chat/architecture", this.admin, v3),
				HttpStatus.OK);
		assertThat(model.get("kvHeads").asInt()).isEqualTo(128);
		assertThat(model.get("activeParametersBillions").asString()).isEqualTo("37");

		ModelSpec spec = this.inputs.spec("deepseek/deepseek-chat");
		assertThat(spec.parametersBillions()).isEqualTo(671.0);
		assertThat(spec.activeParametersBillions()).isEqualTo(37.0);
		assertThat(spec.layers()).isEqualTo(61);
		assertThat(spec.kvHeads()).isEqualTo(128);
		assertThat(spec.headDim()).isEqualTo(128);
		assertThat(spec.contextLength()).isEqualTo(131072);

		v3.put("activeParametersBillions", 700);
		assertThat(body(send(HttpMethod.PUT, "/api/v1/models/deepseek/deepseek-chat/architecture", this.admin, v3),
				HttpStatus.UNPROCESSABLE_ENTITY)
			.get("fields")
			.get("activeParametersBillions")
			.asString()).isEqualTo("must be at most the total parameters, 671 billion");
		assertThat(send(HttpMethod.PUT, "/api/v1/models/nobody/nothing/architecture", this.admin, v3))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void writes_areForAdminsOnly() {
		Map<String, Object> hosting = hosting("colo-nordic");
		assertThat(send(HttpMethod.POST, "/api/v1/hosting-profiles", this.viewer, hosting))
			.hasStatus(HttpStatus.FORBIDDEN)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(send(HttpMethod.POST, "/api/v1/hosting-profiles", this.analyst, hosting))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(send(HttpMethod.DELETE, "/api/v1/hosting-profiles/colo-texas", this.analyst, null))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/api/v1/hosting-profiles")
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(hosting))).hasStatus(HttpStatus.UNAUTHORIZED);

		MvcTestResult created = send(HttpMethod.POST, "/api/v1/hosting-profiles", this.admin, hosting);
		assertThat(body(created, HttpStatus.CREATED).get("pue").asString()).isEqualTo("1.15");
		assertThat(send(HttpMethod.DELETE, "/api/v1/hosting-profiles/colo-nordic", this.admin, null))
			.hasStatus(HttpStatus.NO_CONTENT);
	}

	@Test
	void openApiDocument_showsTheWriteOperations() {
		JsonNode paths = body(this.mvc.get().uri("/v3/api-docs").exchange(), HttpStatus.OK).get("paths");
		assertThat(paths.get("/api/v1/hardware-profiles").has("post")).isTrue();
		assertThat(paths.get("/api/v1/hardware-profiles/{code}").propertyNames()).contains("get", "put", "delete");
		assertThat(paths.get("/api/v1/hosting-profiles").has("post")).isTrue();
		assertThat(paths.get("/api/v1/hosting-profiles/{code}").propertyNames()).contains("get", "put", "delete");
		assertThat(paths.get("/api/v1/gpus/{code}").propertyNames()).contains("get", "put");
		assertThat(paths.get("/api/v1/models/{creator}/{model}/architecture").has("put")).isTrue();
	}

	/** A node of H200s as an API client posts it. */
	private static Map<String, Object> node(String code, int gpus) {
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("code", code);
		node.put("displayName", "H200 server");
		node.put("gpu", "h200-sxm-141gb");
		node.put("gpusPerNode", gpus);
		node.put("serverCapex", 40000);
		node.put("networkingCapex", "12000.00");
		node.put("installationCapex", 3000);
		node.put("currency", "USD");
		node.put("nodeOverheadWatts", 2500);
		node.put("source", "vendor quote");
		return node;
	}

	/** The sample H100 SXM5 as it is catalogued. */
	private static Map<String, Object> gpu() {
		Map<String, Object> gpu = new LinkedHashMap<>();
		gpu.put("vendor", "NVIDIA");
		gpu.put("displayName", "H100 SXM5 80GB");
		gpu.put("memoryGb", 80);
		gpu.put("tdpWatts", 700);
		gpu.put("idleWatts", 70);
		gpu.put("unitPrice", 27500);
		gpu.put("currency", "USD");
		gpu.put("source", "test");
		return gpu;
	}

	private static Map<String, Object> hosting(String code) {
		Map<String, Object> hosting = new LinkedHashMap<>();
		hosting.put("code", code);
		hosting.put("displayName", "Nordic colocation");
		hosting.put("currency", "USD");
		hosting.put("energyPricePerKwh", 0.05);
		hosting.put("pue", 1.15);
		hosting.put("colocationBasis", "PER_KW_MONTH");
		hosting.put("colocationPrice", 150);
		hosting.put("staffFtePerNode", 0.1);
		hosting.put("staffLoadedCostPerYear", 150000);
		hosting.put("supportFractionOfCapexPerYear", 0.08);
		hosting.put("softwarePerNodePerYear", 0);
		return hosting;
	}

	private MvcTestResult send(HttpMethod method, String uri, String token, Object body) {
		var request = this.mvc.method(method).uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		if (body != null) {
			request = request.contentType(MediaType.APPLICATION_JSON).content(this.json.writeValueAsString(body));
		}
		return request.exchange();
	}

	private JsonNode body(MvcTestResult result, HttpStatus expected) {
		String text;
		try {
			text = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
		assertThat(result.getResponse().getStatus()).as(text).isEqualTo(expected.value());
		return this.json.readTree(text);
	}

}
