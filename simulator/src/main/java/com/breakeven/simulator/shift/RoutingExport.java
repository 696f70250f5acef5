package com.breakeven.simulator.shift;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The recommended routing as a LiteLLM proxy configuration ({@code litellm --config}):
 * one {@code model_list} entry per workload, named after the workload (the alias its
 * applications call), routed to the model its move goes to, else where it runs today; for
 * a workload that moves, a second entry on its current model and a
 * {@code router_settings.fallbacks} line from the first to the second, so a failing new
 * route falls back to what worked before. A restricted workload gets no fallback: its
 * data may not go back to the external API.
 * <p>
 * Routes are LiteLLM's {@code provider/model} strings, looked up by the caller from the
 * feed each price came from ({@link Routes}); a self-hosted model is reached as
 * {@code openai/<model>} on the OpenAI-compatible server whose address LiteLLM reads from
 * an environment variable ({@code os.environ/…}, as LiteLLM documents), so the file names
 * the variable rather than guessing an address.
 */
public final class RoutingExport {

	/**
	 * Where the self-hosted OpenAI-compatible server answers, read by LiteLLM at start.
	 */
	public static final String OWN_API_BASE = "os.environ/BREAKEVEN_OWN_API_BASE";

	/** The key that server expects, read by LiteLLM at start. */
	public static final String OWN_API_KEY = "os.environ/BREAKEVEN_OWN_API_KEY";

	/** The suffix of the entry a moved workload falls back to. */
	static final String CURRENT_SUFFIX = "-current";

	private RoutingExport() {
	}

	/**
	 * Where LiteLLM reaches a model sold by a seller.
	 */
	@FunctionalInterface
	public interface Routes {

		/**
		 * @param model the canonical model
		 * @param seller the seller's code, or {@code null} when not stated
		 * @return LiteLLM's {@code provider/model} route, or empty when none is known
		 */
		Optional<String> route(String model, String seller);

	}

	/**
	 * @param advice the advice whose moves are applied
	 * @param routes where LiteLLM reaches each API model
	 * @param writtenOn the day the file is written, for the header
	 * @param from first usage day the advice was computed on
	 * @param to last usage day the advice was computed on
	 * @return the YAML text
	 */
	public static String liteLlmYaml(ShiftAdvisor.Advice advice, Routes routes, LocalDate writtenOn, LocalDate from,
			LocalDate to) {
		StringBuilder header = new StringBuilder();
		header.append("# LiteLLM proxy configuration written by Breakeven on ")
			.append(writtenOn)
			.append(" from its recommendations for the usage of ")
			.append(from)
			.append(" to ")
			.append(to)
			.append(".\n")
			.append("# Load it with: litellm --config <this file>. Provider keys come from LiteLLM's usual")
			.append(" environment variables;\n")
			.append("# self-hosted models are served under the names below by an OpenAI-compatible server")
			.append(" (vLLM --served-model-name)\n")
			.append("# at $BREAKEVEN_OWN_API_BASE with the key $BREAKEVEN_OWN_API_KEY.\n");
		List<Map<String, Object>> modelList = new ArrayList<>();
		List<Map<String, List<String>>> fallbacks = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (ShiftAdvisor.WorkloadAdvice workloadAdvice : advice.perWorkload()) {
			Workload workload = workloadAdvice.workload();
			String name = modelName(workload.name(), names);
			Optional<String> current = routes.route(workload.currentModel(), workload.currentSeller());
			// its first ranked move: a required one, else the larger saving (as move())
			Optional<Recommendation> move = advice.ranked()
				.stream()
				.filter(r -> r.workload().equals(workload.name()))
				.findFirst();
			Map<String, Object> target = move.flatMap(m -> params(m, routes)).orElse(null);
			if (target == null) {
				header.append("# ").append(name).append(": ");
				if (move.isPresent()) {
					header.append("no LiteLLM route known for ")
						.append(move.get().to())
						.append(" (its price is not from LiteLLM's or OpenRouter's feed); ");
				}
				if (current.isEmpty()) {
					header.append("left out: no LiteLLM route known for ")
						.append(workload.currentModel())
						.append((workload.currentSeller() != null) ? " at " + workload.currentSeller() : "")
						.append('\n');
					continue;
				}
				header.append("stays on ").append(current.get()).append('\n');
				modelList.add(entry(name, Map.of("model", current.get())));
				continue;
			}
			header.append("# ").append(name).append(": ").append(move.get().headline()).append('\n');
			modelList.add(entry(name, target));
			if (!workload.sensitivity().mayLeaveTheCompany()) {
				header.append("#   no fallback: its data may not leave the company\n");
			}
			else if (current.isPresent()) {
				String fallback = modelName(name + CURRENT_SUFFIX, names);
				modelList.add(entry(fallback, Map.of("model", current.get())));
				fallbacks.add(Map.of(name, List.of(fallback)));
			}
		}
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("model_list", modelList);
		if (!fallbacks.isEmpty()) {
			root.put("router_settings", Map.of("fallbacks", fallbacks));
		}
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setIndent(2);
		options.setIndicatorIndent(0);
		return header + new Yaml(options).dump(root);
	}

	/**
	 * A workload's name as a LiteLLM model name: no spaces or slashes (a client sends it
	 * as the {@code model} of its requests), unique within the file.
	 */
	static String modelName(String workload, Set<String> taken) {
		String base = workload.strip()
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9._-]+", "-")
			.replaceAll("^-+|-+$", "");
		String name = base.isEmpty() ? "workload" : base;
		for (int n = 2; !taken.add(name); n++) {
			name = base + "-" + n;
		}
		return name;
	}

	private static Optional<Map<String, Object>> params(Recommendation move, Routes routes) {
		if (move.selfHosted()) {
			Map<String, Object> params = new LinkedHashMap<>();
			params.put("model", "openai/" + move.toModel());
			params.put("api_base", OWN_API_BASE);
			params.put("api_key", OWN_API_KEY);
			return Optional.of(params);
		}
		return routes.route(move.toModel(), move.toSeller()).map(route -> Map.of("model", route));
	}

	private static Map<String, Object> entry(String name, Map<String, Object> params) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("model_name", name);
		entry.put("litellm_params", params);
		return entry;
	}

}
