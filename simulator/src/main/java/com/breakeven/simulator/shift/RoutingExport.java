package com.breakeven.simulator.shift;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The recommended routing as a LiteLLM router configuration: one {@code model_list} entry
 * per workload, named after the workload (the alias its applications call), pointing at
 * the model it should run on: the best recommendation's target, else where it runs today.
 * Self-hosted models are reached through LiteLLM's {@code hosted_vllm/} provider at the
 * address in an environment variable, which the configuration names rather than guesses.
 */
public final class RoutingExport {

	/**
	 * Where the self-hosted OpenAI-compatible server answers, read by LiteLLM at start.
	 */
	public static final String OWN_API_BASE = "os.environ/BREAKEVEN_OWN_API_BASE";

	private RoutingExport() {
	}

	/**
	 * @param advice the advice whose ranked recommendations are applied
	 * @param generatedOn the day, for the header comment
	 * @return the YAML text
	 */
	public static String liteLlmYaml(ShiftAdvisor.Advice advice, LocalDate generatedOn) {
		List<Map<String, Object>> modelList = new ArrayList<>();
		StringBuilder header = new StringBuilder();
		header.append("# LiteLLM router configuration written by Breakeven on ")
			.append(generatedOn)
			.append(" from its ranked recommendations.\n");
		for (ShiftAdvisor.WorkloadAdvice workload : advice.perWorkload()) {
			String name = workload.workload().name();
			Recommendation chosen = advice.ranked()
				.stream()
				.filter(r -> r.workload().equals(name))
				.findFirst()
				.orElse(null);
			Map<String, Object> params = new LinkedHashMap<>();
			if (chosen == null) {
				params.put("model", workload.workload().currentModel());
				header.append("# ")
					.append(name)
					.append(": stays on ")
					.append(workload.workload().currentModel())
					.append('\n');
			}
			else if (chosen.selfHosted()) {
				params.put("model", "hosted_vllm/" + chosen.toModel());
				params.put("api_base", OWN_API_BASE);
				header.append("# ").append(chosen.headline()).append('\n');
			}
			else {
				params.put("model", chosen.toModel());
				header.append("# ").append(chosen.headline()).append('\n');
			}
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("model_name", name);
			entry.put("litellm_params", params);
			modelList.add(entry);
		}
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setIndent(2);
		options.setIndicatorIndent(0);
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("model_list", modelList);
		return header + new Yaml(options).dump(root);
	}

}
