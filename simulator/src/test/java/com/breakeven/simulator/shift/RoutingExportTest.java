package com.breakeven.simulator.shift;

import java.time.LocalDate;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import com.breakeven.tco.Demand;
import com.breakeven.tco.LatencySlo;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingExportTest {

	private static final Currency USD = Currency.getInstance("USD");

	private static final LocalDate WRITTEN_ON = LocalDate.of(2026, 11, 30);

	private static final LocalDate FROM = LocalDate.of(2026, 8, 1);

	private static final LocalDate TO = LocalDate.of(2026, 10, 31);

	/** Routes as the LiteLLM price map keys these prices (see LiteLlmFeed.route). */
	private static final Map<String, String> ROUTES = Map.of("openai/gpt-4o@openai", "openai/gpt-4o",
			"meta-llama/llama-3.3-70b-instruct@together-ai", "together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo");

	private static final RoutingExport.Routes ROUTED = (model, seller) -> Optional
		.ofNullable(ROUTES.get(model + "@" + seller));

	@Test
	void liteLlmYaml_routesEachWorkloadAliasToItsMoveWithTheCurrentModelAsFallback() {
		Workload bot = workload("support bot on openai/gpt-4o", DataSensitivity.INTERNAL);
		Workload legal = workload("team:legal", DataSensitivity.RESTRICTED);
		Workload stays = workload("search", DataSensitivity.PUBLIC);
		Recommendation toTogether = new Recommendation(bot.name(), "openai/gpt-4o at openai",
				"meta-llama/llama-3.3-70b-instruct at together-ai", "meta-llama/llama-3.3-70b-instruct", false, 4010,
				USD, "cheaper", "risk", Double.NaN, null, "together-ai");
		Recommendation toOwn = new Recommendation("team:legal", "openai/gpt-4o",
				"meta-llama/llama-3.3-70b-instruct on 8 x H100", "meta-llama/llama-3.3-70b-instruct", true, -900, USD,
				"required", "risk");
		ShiftAdvisor.Advice advice = new ShiftAdvisor.Advice(List.of(advice(bot), advice(legal), advice(stays)),
				List.of(toOwn, toTogether));

		String yaml = RoutingExport.liteLlmYaml(advice, ROUTED, WRITTEN_ON, FROM, TO);

		assertThat(yaml)
			.startsWith("# LiteLLM proxy configuration written by Breakeven on 2026-11-30 from its"
					+ " recommendations for the usage of 2026-08-01 to 2026-10-31.\n")
			.contains("# support-bot-on-openai-gpt-4o: move support bot on openai/gpt-4o from openai/gpt-4o at openai"
					+ " to meta-llama/llama-3.3-70b-instruct at together-ai: saves 4,010 USD a month\n")
			.contains("#   no fallback: its data may not leave the company\n")
			.contains("# search: stays on openai/gpt-4o\n");
		Map<String, Object> parsed = new Yaml().load(yaml);
		assertThat(parsed).containsOnlyKeys("model_list", "router_settings");
		List<Map<String, Object>> models = models(parsed);
		assertThat(models).extracting(m -> m.get("model_name"))
			.containsExactly("support-bot-on-openai-gpt-4o", "support-bot-on-openai-gpt-4o-current", "team-legal",
					"search");
		assertThat(models).extracting(m -> m.get("litellm_params"))
			.containsExactly(Map.of("model", "together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo"),
					Map.of("model", "openai/gpt-4o"),
					Map.of("model", "openai/meta-llama/llama-3.3-70b-instruct", "api_base",
							"os.environ/BREAKEVEN_OWN_API_BASE", "api_key", "os.environ/BREAKEVEN_OWN_API_KEY"),
					Map.of("model", "openai/gpt-4o"));
		// the moved API workload falls back to where it ran; the restricted one does not
		assertThat(parsed.get("router_settings")).isEqualTo(Map.of("fallbacks",
				List.of(Map.of("support-bot-on-openai-gpt-4o", List.of("support-bot-on-openai-gpt-4o-current")))));
	}

	@Test
	void liteLlmYaml_leavesOutWhatHasNoRouteAndSaysSo() {
		Workload manual = new Workload("manual", "acme/model", new Demand(1e9, 0, 1e8, 2), DataSensitivity.INTERNAL,
				ShiftAdvisorTest.floor("acme/model", 80), 8_000, LatencySlo.NONE, "acme", null);
		Workload unrouted = workload("unrouted", DataSensitivity.INTERNAL);
		Recommendation toManual = new Recommendation("unrouted", "openai/gpt-4o", "acme/model at acme", "acme/model",
				false, 100, USD, "cheaper", "risk", Double.NaN, null, "acme");
		ShiftAdvisor.Advice advice = new ShiftAdvisor.Advice(List.of(advice(manual), advice(unrouted)),
				List.of(toManual));

		String yaml = RoutingExport.liteLlmYaml(advice, ROUTED, WRITTEN_ON, FROM, TO);

		assertThat(yaml).contains("# manual: left out: no LiteLLM route known for acme/model at acme\n")
			.contains("# unrouted: no LiteLLM route known for acme/model at acme (its price is not from LiteLLM's or"
					+ " OpenRouter's feed); stays on openai/gpt-4o\n");
		Map<String, Object> parsed = new Yaml().load(yaml);
		assertThat(parsed).containsOnlyKeys("model_list");
		assertThat(models(parsed)).singleElement()
			.isEqualTo(Map.of("model_name", "unrouted", "litellm_params", Map.of("model", "openai/gpt-4o")));
	}

	@Test
	void modelName_hasNoSpaceOrSlashAndIsUnique() {
		Set<String> taken = new HashSet<>();

		assertThat(RoutingExport.modelName("Helpdesk on openai/gpt-4o", taken)).isEqualTo("helpdesk-on-openai-gpt-4o");
		assertThat(RoutingExport.modelName("helpdesk on openai gpt-4o", taken))
			.isEqualTo("helpdesk-on-openai-gpt-4o-2");
		assertThat(RoutingExport.modelName("  ", taken)).isEqualTo("workload");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> models(Map<String, Object> parsed) {
		return (List<Map<String, Object>>) parsed.get("model_list");
	}

	private static Workload workload(String name, DataSensitivity sensitivity) {
		return new Workload(name, "openai/gpt-4o", new Demand(1e9, 0, 1e8, 2), sensitivity,
				ShiftAdvisorTest.floor("openai/gpt-4o", 80), 8_000, LatencySlo.NONE, "openai", null);
	}

	private static ShiftAdvisor.WorkloadAdvice advice(Workload workload) {
		return new ShiftAdvisor.WorkloadAdvice(workload, 3500, Currency.getInstance("USD"), List.of(), Optional.empty(),
				List.of());
	}

}
