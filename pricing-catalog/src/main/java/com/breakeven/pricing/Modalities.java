package com.breakeven.pricing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything the sources say a model takes in and gives out, and the one rule that makes
 * a model a chat candidate: its mode is chat or completion, and <em>every</em> statement
 * about it (each feed's, and its name's) says text in, text out. A disagreement excludes
 * rather than includes: one feed entry labelling a model "chat" is not enough when
 * another says it draws images. A model no source describes (a hand-kept list, the sample
 * catalogue) is judged by its mode alone.
 *
 * @param claims the feeds' statements, as stored
 */
public record Modalities(List<ModalityClaim> claims) {

	/** No feed has said anything about the model. */
	public static final Modalities NONE_STATED = new Modalities(List.of());

	/**
	 * Words a model's name uses to say what it produces, and the names of text-to-image
	 * families, with the output each names. A name is a witness that can only exclude,
	 * never make a model a chat candidate. It is needed because LiteLLM lists some models
	 * with mode "chat", per-token prices and nothing else: Fireworks' FLUX.1 [dev],
	 * [schnell] and FLUX.1 [dev] ControlNet Union (an image-conditioning network for
	 * FLUX), whose fp8 builds the same file lists as image_generation, and Vercel's
	 * copies of embedding models. FLUX is Black Forest Labs' text-to-image family: both
	 * feeds list every other FLUX entry as an image model (LiteLLM black_forest_labs/…,
	 * azure_ai/FLUX…; OpenRouter black-forest-labs/flux.2-*). No text-output model in
	 * either feed has one of these words in its name.
	 */
	private static final Map<String, String> NAME_WORDS = Map.ofEntries(Map.entry("embed", "embeddings"),
			Map.entry("embedding", "embeddings"), Map.entry("embeddings", "embeddings"), Map.entry("rerank", "rerank"),
			Map.entry("reranker", "rerank"), Map.entry("moderation", "moderation"), Map.entry("tts", "speech"),
			Map.entry("whisper", "transcription"), Map.entry("transcribe", "transcription"), Map.entry("flux", "image"),
			Map.entry("controlnet", "image"), Map.entry("dall-e", "image"), Map.entry("stable-diffusion", "image"),
			Map.entry("sdxl", "image"), Map.entry("imagen", "image"));

	/** One of the words, standing alone between separators of the name. */
	private static final Pattern NAME_WORD = Pattern
		.compile("(?:^|[-_./:@])(" + String.join("|", NAME_WORDS.keySet()) + ")(?=$|[-_./:@0-9])");

	public Modalities {
		claims = List.copyOf(claims);
	}

	/**
	 * The one definition of a chat candidate.
	 * @param mode the model's mode in the catalogue
	 * @param canonicalName its {@code creator/model} name
	 * @return why the model cannot take a chat workload, or empty when it can
	 */
	public Optional<String> whyNotTextChat(ModelMode mode, String canonicalName) {
		if (mode != ModelMode.CHAT && mode != ModelMode.COMPLETION) {
			return Optional.of("not a chat model (" + mode.name().toLowerCase(Locale.ROOT) + ")");
		}
		List<ModalityClaim> all = new ArrayList<>(this.claims);
		nameClaim(canonicalName).ifPresent(all::add);
		Set<String> saying = new LinkedHashSet<>();
		Set<String> denying = new LinkedHashSet<>();
		for (ModalityClaim claim : all) {
			(claim.textInTextOut() ? saying : denying).add(claim.describe());
		}
		if (denying.isEmpty()) {
			return Optional.empty();
		}
		if (saying.isEmpty()) {
			return Optional.of("not text in, text out (" + String.join("; ", denying) + ")");
		}
		return Optional.of("its sources disagree on text in, text out (" + String.join("; ", saying) + " against "
				+ String.join("; ", denying) + ")");
	}

	/**
	 * @return what the model's name says it produces, when it names a non-text kind
	 */
	static Optional<ModalityClaim> nameClaim(String canonicalName) {
		String name = canonicalName.substring(canonicalName.indexOf('/') + 1);
		Matcher word = NAME_WORD.matcher(name);
		if (!word.find()) {
			return Optional.empty();
		}
		return Optional.of(new ModalityClaim(ModalityClaim.NAME_SOURCE, Set.of(), Set.of(NAME_WORDS.get(word.group(1))),
				"'" + word.group(1) + "' in " + canonicalName));
	}

}
