package com.breakeven.pricing.feed;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;

import com.breakeven.pricing.ModalityClaim;
import com.breakeven.pricing.ModelMode;
import com.breakeven.pricing.Names;
import com.breakeven.pricing.ProviderKind;

/**
 * The OpenRouter models API ({@code GET /api/v1/models}): {@code data[]} with {@code id}
 * = {@code creator/model}, prices as decimal <em>strings</em> per token. OpenRouter is
 * the seller; the id's prefix names the model's provider (creator). A price of
 * {@code "-1"} is dynamic (router models): stored as unpriced, never as negative. Models
 * whose output is not text are counted by output modality and left out; what every
 * model's {@code architecture.input_modalities}/{@code output_modalities} say is kept.
 * Audio tokens are priced from {@code pricing.audio} (input) and
 * {@code pricing.audio_output}; {@code input_audio_cache} (cached audio) is not a class
 * the catalogue keeps.
 */
public class OpenRouterFeed implements PriceFeed {

	public static final String CODE = "openrouter";

	public static final String SELLER = "openrouter";

	private static final Currency USD = Currency.getInstance("USD");

	private static final String DYNAMIC = "-1";

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public FeedReading read(InputStream in, String sourceName) {
		JsonNode root = FeedJson.readTree(in, sourceName);
		JsonNode data = root.get("data");
		if (data == null || !data.isArray()) {
			throw new FeedFormatException(sourceName + " is not an OpenRouter models response: no \"data\" array",
					null);
		}
		List<FeedEntry> entries = new ArrayList<>();
		List<FeedProblem> problems = new ArrayList<>();
		Map<String, Integer> classified = new TreeMap<>();
		List<ModalityStatement> statements = new ArrayList<>();
		for (int index = 0; index < data.size(); index++) {
			int ordinal = index + 1;
			JsonNode model = data.get(index);
			String id = FeedJson.text(model.get("id"));
			if (id == null || id.isBlank()) {
				problems.add(new FeedProblem(ordinal, "?", "id", null, "is missing"));
				continue;
			}
			Set<String> inputs = strings(model.path("architecture").path("input_modalities"));
			Set<String> outputs = strings(model.path("architecture").path("output_modalities"));
			if (!outputs.isEmpty()) {
				statements.add(new ModalityStatement(identify(id).canonicalName(), new ModalityClaim(CODE, inputs,
						outputs,
						id + ": architecture " + ModalityClaim.joined(inputs) + "->" + ModalityClaim.joined(outputs))));
			}
			if (!outputs.isEmpty() && !outputs.contains("text")) {
				classified.merge(String.join("+", outputs), 1, Integer::sum);
				continue;
			}
			try {
				entries.add(entry(ordinal, id, model));
			}
			catch (EntryRefused refused) {
				problems.add(refused.problem());
			}
		}
		return new FeedReading(CODE, data.size(), entries, problems, classified, statements);
	}

	/** The array's strings in the feed's order. */
	private static Set<String> strings(JsonNode array) {
		Set<String> values = new LinkedHashSet<>();
		array.forEach(value -> values.add(value.asString().trim().toLowerCase(Locale.ROOT)));
		return values;
	}

	private static ModelIdentity identify(String id) {
		return ModelNames.identify(id, Set.of(), SELLER);
	}

	private static FeedEntry entry(int ordinal, String id, JsonNode model) {
		JsonNode pricing = model.get("pricing");
		if (pricing == null || !pricing.isObject()) {
			throw new EntryRefused(new FeedProblem(ordinal, id, "pricing", null, "is missing"));
		}
		ModelIdentity identity = identify(id);
		String slug = FeedJson.text(model.get("canonical_slug"));
		if (slug != null && !slug.isBlank()) {
			Set<String> aliases = new LinkedHashSet<>(identity.aliases());
			aliases.add(Names.normalise(slug));
			identity = new ModelIdentity(identity.canonicalName(), identity.creatorCode(), identity.region(), aliases,
					identity.variant(), identity.snapshotDate());
		}
		String prompt = FeedJson.text(pricing.get("prompt"));
		String completion = FeedJson.text(pricing.get("completion"));
		boolean dynamic = DYNAMIC.equals(prompt) || DYNAMIC.equals(completion);
		List<TierPrice> tiers = new ArrayList<>();
		if (!dynamic) {
			BigDecimal input = required(ordinal, id, pricing, "prompt");
			BigDecimal output = required(ordinal, id, pricing, "completion");
			// pricing.audio is per audio input token, pricing.audio_output per audio
			// output token (openai/gpt-audio: 0.000032 and 0.000064, LiteLLM's
			// input_cost_per_audio_token and output_cost_per_audio_token for gpt-audio)
			tiers.add(new TierPrice(0, input, optional(ordinal, id, pricing, "input_cache_read"),
					optional(ordinal, id, pricing, "input_cache_write"), output, null, null,
					optional(ordinal, id, pricing, "audio"), optional(ordinal, id, pricing, "audio_output")));
		}
		return new FeedEntry(ordinal, id, SELLER, ProviderKind.API, identity, displayName(model), ModelMode.CHAT,
				FeedJson.integerOrNull(model.get("context_length")),
				FeedJson.integerOrNull(model.path("top_provider").get("max_completion_tokens")), USD, tiers, dynamic);
	}

	private static BigDecimal required(int ordinal, String id, JsonNode pricing, String field) {
		BigDecimal value = optional(ordinal, id, pricing, field);
		if (value == null) {
			throw new EntryRefused(new FeedProblem(ordinal, id, "pricing." + field, null, "is missing"));
		}
		return value;
	}

	private static BigDecimal optional(int ordinal, String id, JsonNode pricing, String field) {
		JsonNode node = pricing.get(field);
		BigDecimal perToken;
		try {
			perToken = FeedJson.decimal(node);
		}
		catch (NumberFormatException ex) {
			throw new EntryRefused(
					new FeedProblem(ordinal, id, "pricing." + field, String.valueOf(node), "is not a decimal number"));
		}
		if (perToken == null) {
			return null;
		}
		BigDecimal perMillion = PriceUnits.perMillionFromPerToken(perToken);
		String implausible = PriceUnits.implausibility(perMillion);
		if (implausible != null) {
			throw new EntryRefused(new FeedProblem(ordinal, id, "pricing." + field, perToken.toPlainString(),
					"per token " + implausible));
		}
		return perMillion;
	}

	/**
	 * "Qwen: Qwen3.8 27B" → "Qwen3.8 27B": the creator is already in the canonical name.
	 */
	private static String displayName(JsonNode model) {
		String name = FeedJson.text(model.get("name"));
		if (name == null) {
			return null;
		}
		int colon = name.indexOf(": ");
		return (colon > 0) ? name.substring(colon + 2) : name;
	}

}
