package com.breakeven.pricing.feed;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import com.breakeven.pricing.ModalityClaim;
import com.breakeven.pricing.ModelMode;
import com.breakeven.pricing.ProviderKind;

/**
 * The LiteLLM price map ({@code model_prices_and_context_window.json}): one object per
 * key, USD per token as JSON numbers. Chat, responses and completion models are priced;
 * other modes are counted by mode and left out, but what every entry says of its model's
 * modalities is kept ({@link #claim}). The key {@code sample_spec} documents the format
 * and is skipped. Long-context tiers are written into field names
 * ({@code input_cost_per_token_above_200k_tokens}): above the threshold the whole request
 * is billed at the tier; a component a tier does not restate keeps its base price.
 * Service-tier variants ({@code _priority}, {@code _flex}) are not imported. Audio tokens
 * are priced from {@code input_cost_per_audio_token} and
 * {@code output_cost_per_audio_token}; a long-context tier keeps the base audio prices
 * (no entry restates them above a threshold).
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

	/**
	 * What LiteLLM's other modes produce, in OpenRouter's words for output modalities; a
	 * mode not listed produces what it names (realtime, search, ocr).
	 */
	private static final Map<String, String> MODE_OUTPUTS = Map.of("embedding", "embeddings", "image_generation",
			"image", "image_edit", "image", "audio_speech", "speech", "audio_transcription", "transcription",
			"video_generation", "video", "rerank", "rerank", "moderation", "moderation");

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
		List<ModalityStatement> statements = new ArrayList<>();
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
			String litellmProvider = FeedJson.text(node.get("litellm_provider"));
			boolean hasProvider = litellmProvider != null && !litellmProvider.isBlank();
			ModelIdentity identity = hasProvider ? identify(key, litellmProvider) : null;
			if (identity != null && mode != null) {
				statements.add(new ModalityStatement(identity.canonicalName(), claim(key, node, mode)));
			}
			if (modelMode == null) {
				classified.merge((mode != null) ? mode : "no mode", 1, Integer::sum);
				continue;
			}
			if (!hasProvider) {
				problems.add(new FeedProblem(ordinal, key, "litellm_provider", null, "is missing"));
				continue;
			}
			try {
				entries.add(entry(ordinal, key, node, litellmProvider, identity, modelMode));
			}
			catch (EntryRefused refused) {
				problems.add(refused.problem());
			}
		}
		return new FeedReading(CODE, ordinal, entries, problems, classified, statements);
	}

	/**
	 * What an entry says its model takes in and gives out. Stated modalities
	 * ({@code supported_modalities}, {@code supported_output_modalities}) win; else the
	 * mode speaks: chat, responses and completion models take and answer text (plus what
	 * the {@code supports_*} flags add), every other mode produces what it names. An
	 * entry whose {@code max_output_tokens} is 0 returns no token, whatever its mode:
	 * LiteLLM lists Vercel's copies of embedding models (titan-embed-text-v2, embed-v4.0)
	 * as "chat" with 0 output tokens, and no other entry has 0.
	 */
	static ModalityClaim claim(String key, JsonNode node, String mode) {
		boolean answers = pricedMode(mode) != null;
		List<String> evidence = new ArrayList<>();
		evidence.add("mode '" + mode + "'");
		Set<String> inputs = strings(node.get("supported_modalities"));
		if (!inputs.isEmpty()) {
			evidence.add("supported_modalities");
		}
		else if (answers) {
			inputs.add(ModalityClaim.TEXT);
			flag(node, "supports_vision", "image", inputs, evidence);
			flag(node, "supports_audio_input", "audio", inputs, evidence);
			flag(node, "supports_pdf_input", "file", inputs, evidence);
		}
		Set<String> outputs = strings(node.get("supported_output_modalities"));
		if (!outputs.isEmpty()) {
			evidence.add("supported_output_modalities");
		}
		else if (answers) {
			outputs.add(ModalityClaim.TEXT);
			flag(node, "supports_audio_output", "audio", outputs, evidence);
		}
		else {
			outputs.add(MODE_OUTPUTS.getOrDefault(mode, mode));
		}
		JsonNode maxOutput = node.get("max_output_tokens");
		if (maxOutput != null && maxOutput.isNumber() && maxOutput.decimalValue().signum() == 0) {
			outputs.clear();
			evidence.add("max_output_tokens 0");
		}
		return new ModalityClaim(CODE, inputs, outputs, key + ": " + String.join(", ", evidence));
	}

	private static void flag(JsonNode node, String field, String modality, Set<String> modalities,
			List<String> evidence) {
		if (node.path(field).asBoolean(false)) {
			modalities.add(modality);
			evidence.add(field);
		}
	}

	private static Set<String> strings(JsonNode array) {
		Set<String> values = new TreeSet<>();
		if (array != null && array.isArray()) {
			array.forEach(value -> values.add(value.asString().trim().toLowerCase(Locale.ROOT)));
		}
		return values;
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

	private static ModelIdentity identify(String key, String litellmProvider) {
		Set<String> routePrefixes = new LinkedHashSet<>();
		routePrefixes.add(litellmProvider.toLowerCase());
		routePrefixes.add(litellmProvider.toLowerCase().split("[-_]")[0]);
		routePrefixes.add(litellmProvider.toLowerCase().split("-")[0]);
		return ModelNames.identify(key, routePrefixes, sellerCode(litellmProvider));
	}

	private static FeedEntry entry(int ordinal, String key, JsonNode node, String litellmProvider,
			ModelIdentity identity, ModelMode mode) {
		String seller = sellerCode(litellmProvider);
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
			// audio tokens at their per-token prices; input_cost_per_audio_per_second (a
			// price per second of audio, gemini-1.5 and embedding entries) is no token
			// price and is left out, as are the realtime mode's cached-audio prices
			TierPrice base = new TierPrice(0, input, price(ordinal, key, node, "cache_read_input_token_cost"),
					price(ordinal, key, node, "cache_creation_input_token_cost"), output,
					price(ordinal, key, node, "input_cost_per_token_batches"),
					price(ordinal, key, node, "output_cost_per_token_batches"),
					price(ordinal, key, node, "input_cost_per_audio_token"),
					price(ordinal, key, node, "output_cost_per_audio_token"));
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
						values.getOrDefault("output_cost_per_token", base.output()), null, null, base.inputAudio(),
						base.outputAudio())));
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

	/**
	 * LiteLLM's route prefix for a seller, the inverse of {@link #sellerCode}: where
	 * several LiteLLM providers fold into one seller, the one whose prefix LiteLLM routes
	 * chat through ({@code bedrock_converse} and {@code bedrock} are both reached as
	 * {@code bedrock/}, every {@code vertex_ai-*} family as {@code vertex_ai/}).
	 */
	private static final Map<String, String> ROUTE_PREFIXES = Map.of("azure-openai", "azure", "aws-bedrock", "bedrock",
			"google-ai-studio", "gemini", "google-vertex-ai", "vertex_ai", "meta-llama", "meta_llama", "amazon-nova",
			"amazon_nova");

	/**
	 * The model string LiteLLM's proxy takes in {@code litellm_params.model} for an entry
	 * of this feed: the key itself when it already starts with its provider's route
	 * ({@code together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo}), else the seller's
	 * route prefix before it ({@code gpt-4o} at openai is {@code openai/gpt-4o},
	 * {@code gemini-2.5-pro} at Vertex AI is {@code vertex_ai/gemini-2.5-pro}). The key
	 * keeps its case: providers' model ids are case-sensitive. Every route of the sample
	 * snapshot starts with one of its {@code litellm_provider} values
	 * (LiteLlmRoutesTests).
	 * @param sellerCode the seller the entry was stored under ({@link #sellerCode} of its
	 * {@code litellm_provider})
	 * @param key the feed's key for the entry
	 * @return the route
	 */
	public static String route(String sellerCode, String key) {
		int slash = key.indexOf('/');
		if (slash > 0 && sellerCode(key.substring(0, slash)).equals(sellerCode)) {
			// the feed writes amazon_nova's keys as amazon-nova/…, which LiteLLM does
			// not route
			return ROUTE_PREFIXES.getOrDefault(sellerCode, key.substring(0, slash)) + key.substring(slash);
		}
		return ROUTE_PREFIXES.getOrDefault(sellerCode, sellerCode.replace('-', '_')) + "/" + key;
	}

	private static ProviderKind sellerKind(String sellerCode) {
		return CLOUD_SELLERS.contains(sellerCode) ? ProviderKind.CLOUD : ProviderKind.API;
	}

	private static EntryRefused refused(int ordinal, String key, String field, String value, String reason) {
		return new EntryRefused(new FeedProblem(ordinal, key, field, value, reason));
	}

}
