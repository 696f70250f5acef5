package com.breakeven.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether a routing file is one LiteLLM's proxy loads as it is: only the keys LiteLLM
 * documents for {@code litellm --config}, model names a client can send, routes whose
 * provider LiteLLM knows, secrets read from the environment, fallbacks between listed
 * model names.
 */
public final class LiteLlmConfigs {

	// https://docs.litellm.ai/docs/proxy/configs (the sections and an entry's keys, the
	// litellm_params of its examples) and https://docs.litellm.ai/docs/proxy/reliability
	// (router_settings.fallbacks: [{"model-name": ["fallback-name"]}])
	private static final Set<String> SECTIONS = Set.of("model_list", "router_settings", "litellm_settings",
			"general_settings", "environment_variables");

	private static final Set<String> ENTRY = Set.of("model_name", "litellm_params", "model_info");

	private static final Set<String> LITELLM_PARAMS = Set.of("model", "api_base", "api_key", "api_version", "rpm",
			"tpm", "timeout", "stream_timeout", "organization");

	private static final Set<String> ROUTER_SETTINGS = Set.of("fallbacks", "context_window_fallbacks",
			"routing_strategy", "routing_strategy_args", "model_group_alias", "num_retries", "timeout", "allowed_fails",
			"cooldown_time");

	private static final String FEED = "sample-data/feeds/litellm_model_prices_and_context_window.json";

	private LiteLlmConfigs() {
	}

	/**
	 * The providers LiteLLM routes, as its own price map names them in
	 * {@code litellm_provider}; a family ({@code vertex_ai-language-models}) by the
	 * provider before its dash.
	 */
	public static Set<String> providers() {
		Set<String> providers = new TreeSet<>();
		try (InputStream in = LiteLlmConfigs.class.getClassLoader().getResourceAsStream(FEED)) {
			JsonNode root = JsonMapper.builder().build().readTree(in);
			root.properties().forEach(entry -> {
				String provider = entry.getValue().path("litellm_provider").asString("");
				providers.add(provider);
				if (provider.endsWith("models")) {
					providers.add(provider.substring(0, provider.indexOf('-')));
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return providers;
	}

	/**
	 * Fails unless the YAML is a LiteLLM proxy configuration written by Breakeven that
	 * LiteLLM loads as it is.
	 */
	@SuppressWarnings("unchecked")
	public static void assertLoadable(String yaml) {
		assertThat(yaml).startsWith("# LiteLLM proxy configuration written by Breakeven on ");
		Map<String, Object> config = new Yaml().load(yaml);
		assertThat(SECTIONS).containsAll(config.keySet());
		List<Map<String, Object>> models = (List<Map<String, Object>>) config.get("model_list");
		assertThat(models).isNotEmpty();
		Set<String> providers = providers();
		for (Map<String, Object> entry : models) {
			assertThat(ENTRY).as("keys of %s", entry).containsAll(entry.keySet());
			assertThat((String) entry.get("model_name")).matches("[A-Za-z0-9._:-]+");
			Map<String, Object> params = (Map<String, Object>) entry.get("litellm_params");
			assertThat(LITELLM_PARAMS).as("litellm_params of %s", entry).containsAll(params.keySet());
			String route = (String) params.get("model");
			assertThat(route).as("route of %s", entry).contains("/").doesNotContain(" ");
			assertThat(providers).as("provider of %s", route).contains(route.substring(0, route.indexOf('/')));
			for (String secret : List.of("api_base", "api_key")) {
				if (params.containsKey(secret)) {
					assertThat((String) params.get(secret)).startsWith("os.environ/");
				}
			}
		}
		Set<String> names = models.stream().map(m -> (String) m.get("model_name")).collect(Collectors.toSet());
		assertThat(names).hasSameSizeAs(models);
		Map<String, Object> router = (Map<String, Object>) config.getOrDefault("router_settings", Map.of());
		assertThat(ROUTER_SETTINGS).containsAll(router.keySet());
		for (Map<String, List<String>> fallback : (List<Map<String, List<String>>>) router.getOrDefault("fallbacks",
				List.of())) {
			fallback.forEach((from, to) -> {
				assertThat(names).contains(from);
				assertThat(names).containsAll(to);
			});
		}
	}

}
