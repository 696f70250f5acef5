package com.breakeven.pricing.feed;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import com.breakeven.pricing.ModelMode;
import com.breakeven.pricing.ProviderKind;

/**
 * The LiteLLM price map ({@code model_prices_and_context_window.json}): one object per
 * key, USD per token as JSON numbers. Chat, responses and completion models are priced;
 * other modes are counted by mode and left out. The key {@code sample_spec} documents the
 * format and is skipped. Long-context tiers are written into field names
 * ({@code input_cost_per_token_above_200k_tokens}): above the threshold the whole request
 * is billed at the tier; a component a tier does not restate keeps its base price.
 * Service-tier variants ({@code _priority}, {@code _flex}) are not imported.
 */
public class LiteLlmFeed implements PriceFeed {

	public static final String CODE = "litellm";

	private static final Currency USD = Currency.getInstance("USD");

	private static final Pattern TIER_FIELD = Pattern.compile(
			"^(input_cost_per_token|output_cost_per_token|cache_read_input_token_cost|cache_creation_input_token_cost)"
					+ "_above_(\\d+)(k|m)?_tokens$");

	/**
	 * LiteLLM provider names to Breakeven seller codes, where they differ from
	 * lower-case-with-dashes.
	 */
	private static final Map<String, String> SELLERS = Map.ofEntries(Map.entry("azure", "azure-openai"),
			Map.entry("bedrock", "aws-bedrock"), Map.entry("bedrock_converse", "aws-bedrock"),
			Map.entry("gemini", "google-ai-studio"), Map.entry("vertex_ai", "google-vertex-ai"),
			Map.entry("text-completion-openai", "openai"), Map.entry("meta_llama", "meta-llama"));

	private static final Set<String> CLOUD_SELLERS = Set.of("aws-bedrock", "google-vertex-ai", "azure-openai",
			"azure-ai", "oci", "databricks", "snowflake", "watsonx", "sagemaker");

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public FeedReading read(InputStream in, String sourceName) {
		JsonNode root = FeedJson.readTree(in, sourceName);
		if (!root.isObject()) {
			throw new FeedFormatException(sourceName + " is not a LiteLLM price map: the document is not a JSON object",
					null);
		}
		List<FeedEntry> entries = new ArrayList<>();
		List<FeedProblem> problems = new ArrayList<>();
		Map<String, Integer> classified = new TreeMap<>();
		int ordinal = 0;
		for (Map.Entry<String, JsonNode> property : root.properties()) {
			String key = property.getKey();
			if (key.equals("sample_spec")) {
				continue;
			}
			ordinal++;
			JsonNode node = property.getValue();
			if (!node.isObject()) {
				problems.add(new FeedProblem(ordinal, key, null, null, "entry is not a JSON object"));
				continue;
			}
			String mode = FeedJson.text(node.get("mode"));
			ModelMode modelMode = pricedMode(mode);
			if (modelMode == null) {
				classified.merge((mode != null) ? mode : "no mode", 1, Integer::sum);
				continue;
			}
			String litellmProvider = FeedJson.text(node.get("litellm_provider"));
			if (litellmProvider == null || litellmProvider.isBlank()) {
				problems.add(new FeedProblem(ordinal, key, "litellm_provider", null, "is missing"));
				continue;
			}
			try {
				entries.add(entry(ordinal, key, node, litellmProvider, modelMode));
			}
			catch (EntryRefused refused) {
				problems.add(refused.problem());
			}
		}
		return new FeedReading(CODE, ordinal, entries, problems, classified);
	}

	private static ModelMode pricedMode(String mode) {
		if (mode == null) {
			return null;
		}
		return switch (mode) {
			case "chat", "responses" -> ModelMode.CHAT;
			case "completion" -> ModelMode.COMPLETION;
			default -> null;
		};
	}

	private static FeedEntry entry(int ordinal, String key, JsonNode node, String litellmProvider, ModelMode mode) {
		String seller = sellerCode(litellmProvider);
		Set<String> routePrefixes = new LinkedHashSet<>();
		routePrefixes.add(litellmProvider.toLowerCase());
		routePrefixes.add(litellmProvider.toLowerCase().split("[-_]")[0]);
		routePrefixes.add(litellmProvider.toLowerCase().split("-")[0]);
		ModelIdentity identity = ModelNames.identify(key, routePrefixes, seller);
		BigDecimal input = price(ordinal, key, node, "input_cost_per_token");
		BigDecimal output = price(ordinal, key, node, "output_cost_per_token");
		List<TierPrice> tiers = new ArrayList<>();
		if (input != null || output != null) {
			if (input == null) {
				throw refused(ordinal, key, "input_cost_per_token", null,
						"is missing while output_cost_per_token is given");
			}
			if (output == null) {
				throw refused(ordinal, key, "output_cost_per_token", null,
						"is missing while input_cost_per_token is given");
			}
			TierPrice base = new TierPrice(0, input, price(ordinal, key, node, "cache_read_input_token_cost"),
					price(ordinal, key, node, "cache_creation_input_token_cost"), output,
					price(ordinal, key, node, "input_cost_per_token_batches"),
					price(ordinal, key, node, "output_cost_per_token_batches"));
			tiers.add(base);
			tiers.addAll(longContextTiers(ordinal, key, node, base));
		}
		return new FeedEntry(ordinal, key, seller, sellerKind(seller), identity, null, mode,
				FeedJson.integerOrNull(node.get("max_input_tokens")),
				FeedJson.integerOrNull(node.get("max_output_tokens")), USD, tiers, false);
	}

	private static List<TierPrice> longContextTiers(int ordinal, String key, JsonNode node, TierPrice base) {
		Map<Integer, Map<String, BigDecimal>> byThreshold = new TreeMap<>();
		for (String field : node.propertyNames()) {
			Matcher tier = TIER_FIELD.matcher(field);
			if (tier.matches()) {
				int threshold = Integer.parseInt(tier.group(2))
						* ("k".equals(tier.group(3)) ? 1_000 : "m".equals(tier.group(3)) ? 1_000_000 : 1);
				BigDecimal value = price(ordinal, key, node, field);
				if (value != null) {
					byThreshold.computeIfAbsent(threshold, t -> new HashMap<>()).put(tier.group(1), value);
				}
			}
		}
		List<TierPrice> tiers = new ArrayList<>();
		byThreshold.forEach((threshold,
				values) -> tiers.add(new TierPrice(threshold, values.getOrDefault("input_cost_per_token", base.input()),
						values.getOrDefault("cache_read_input_token_cost", base.cachedInput()),
						values.getOrDefault("cache_creation_input_token_cost", base.cacheWrite()),
						values.getOrDefault("output_cost_per_token", base.output()), null, null)));
		return tiers;
	}

	/**
	 * A per-token field converted to per million tokens, refused when negative or
	 * implausible.
	 */
	private static BigDecimal price(int ordinal, String key, JsonNode node, String field) {
		JsonNode value = node.get(field);
		BigDecimal perToken;
		try {
			perToken = FeedJson.decimal(value);
		}
		catch (NumberFormatException ex) {
			throw refused(ordinal, key, field, String.valueOf(value), "is not a number");
		}
		if (perToken == null) {
			return null;
		}
		BigDecimal perMillion = PriceUnits.perMillionFromPerToken(perToken);
		String implausible = PriceUnits.implausibility(perMillion);
		if (implausible != null) {
			throw refused(ordinal, key, field, perToken.toPlainString(), "per token " + implausible);
		}
		return perMillion;
	}

	static String sellerCode(String litellmProvider) {
		String provider = litellmProvider.toLowerCase();
		if (provider.startsWith("vertex_ai")) {
			return "google-vertex-ai";
		}
		String mapped = SELLERS.get(provider);
		return (mapped != null) ? mapped : provider.replace('_', '-');
	}

	private static ProviderKind sellerKind(String sellerCode) {
		return CLOUD_SELLERS.contains(sellerCode) ? ProviderKind.CLOUD : ProviderKind.API;
	}

	private static EntryRefused refused(int ordinal, String key, String field, String value, String reason) {
		return new EntryRefused(new FeedProblem(ordinal, key, field, value, reason));
	}

}
