package com.breakeven.simulator.shift;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import com.breakeven.tco.Demand;
import com.breakeven.tco.LatencySlo;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingExportTest {

	private static final Currency USD = Currency.getInstance("USD");

	@Test
	void liteLlmYaml_routesEachWorkloadAliasToItsRecommendedModel() {
		Workload bot = workload("support-bot", DataSensitivity.INTERNAL);
		Workload legal = workload("team:legal", DataSensitivity.RESTRICTED);
		Workload stays = workload("search", DataSensitivity.PUBLIC);
		Recommendation toDeepSeek = new Recommendation("support-bot", "openai/gpt-4o", "deepseek/deepseek-chat",
				"deepseek/deepseek-chat", false, 4010, USD, "cheaper", "risk");
		Recommendation toOwn = new Recommendation("team:legal", "openai/gpt-4o",
				"meta-llama/llama-3.3-70b-instruct on 8 x H100", "meta-llama/llama-3.3-70b-instruct", true, -900, USD,
				"required", "risk");
		ShiftAdvisor.Advice advice = new ShiftAdvisor.Advice(List.of(advice(bot), advice(legal), advice(stays)),
				List.of(toOwn, toDeepSeek));

		String yaml = RoutingExport.liteLlmYaml(advice, LocalDate.of(2026, 11, 23));

		assertThat(yaml).startsWith("# LiteLLM router configuration written by Breakeven on 2026-11-23")
			.contains("# move support-bot from openai/gpt-4o to deepseek/deepseek-chat: saves USD 4,010/month")
			.contains("# search: stays on openai/gpt-4o");
		Map<String, List<Map<String, Object>>> parsed = new Yaml().load(yaml);
		List<Map<String, Object>> models = parsed.get("model_list");
		assertThat(models).extracting(m -> m.get("model_name")).containsExactly("support-bot", "team:legal", "search");
		assertThat(models.get(0).get("litellm_params")).isEqualTo(Map.of("model", "deepseek/deepseek-chat"));
		assertThat(models.get(1).get("litellm_params")).isEqualTo(Map.of("model",
				"hosted_vllm/meta-llama/llama-3.3-70b-instruct", "api_base", "os.environ/BREAKEVEN_OWN_API_BASE"));
		assertThat(models.get(2).get("litellm_params")).isEqualTo(Map.of("model", "openai/gpt-4o"));
	}

	private static Workload workload(String name, DataSensitivity sensitivity) {
		return new Workload(name, "openai/gpt-4o", new Demand(1e9, 0, 1e8, 2), sensitivity,
				ShiftAdvisorTest.floor("openai/gpt-4o", 80), 8_000, LatencySlo.NONE);
	}

	private static ShiftAdvisor.WorkloadAdvice advice(Workload workload) {
		return new ShiftAdvisor.WorkloadAdvice(workload, 3500, List.of(), Optional.empty(), List.of());
	}

}
