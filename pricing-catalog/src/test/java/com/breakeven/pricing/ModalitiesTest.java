package com.breakeven.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one rule for a chat candidate: mode chat or completion, and every statement about
 * the model says text in, text out. Statements as the feeds write them (LiteLLM and
 * OpenRouter snapshots in ../shared/data/pricing).
 */
class ModalitiesTest {

	private static final ModalityClaim LITELLM_CHAT = new ModalityClaim("litellm", Set.of("text"), Set.of("text"),
			"gpt-4o: mode 'chat'");

	private static final ModalityClaim OPENROUTER_VISION = new ModalityClaim("openrouter", Set.of("text", "image"),
			Set.of("text"), "openai/gpt-4o: architecture image+text->text");

	private static final ModalityClaim LITELLM_IMAGE = new ModalityClaim("litellm", Set.of(), Set.of("image"),
			"vertex_ai/gemini-3-pro-image-preview: mode 'image_generation'");

	private static final ModalityClaim LITELLM_NO_OUTPUT = new ModalityClaim("litellm", Set.of("text"), Set.of(),
			"vercel_ai_gateway/amazon/titan-embed-text-v2: mode 'chat', max_output_tokens 0");

	@Test
	void whyNotTextChat_aModelNoSourceDescribesIsJudgedByItsMode() {
		assertThat(Modalities.NONE_STATED.whyNotTextChat(ModelMode.CHAT, "openai/gpt-4o")).isEmpty();
		assertThat(Modalities.NONE_STATED.whyNotTextChat(ModelMode.COMPLETION, "openai/gpt-3.5-turbo-instruct"))
			.isEmpty();
		assertThat(Modalities.NONE_STATED.whyNotTextChat(ModelMode.EMBEDDING, "openai/text-embedding-3-small"))
			.contains("not a chat model (embedding)");
	}

	@Test
	void whyNotTextChat_feedsThatAgreeOnTextInTextOutMakeACandidate() {
		// OpenRouter says the model also takes images: text is among its inputs
		assertThat(new Modalities(List.of(LITELLM_CHAT, OPENROUTER_VISION)).whyNotTextChat(ModelMode.CHAT,
				"openai/gpt-4o"))
			.isEmpty();
	}

	@Test
	void whyNotTextChat_aDisagreementExcludesAndNamesBothSides() {
		Modalities stated = new Modalities(List.of(OPENROUTER_VISION, LITELLM_IMAGE));

		assertThat(stated.whyNotTextChat(ModelMode.CHAT, "google/gemini-3-pro-image-preview"))
			.contains("its sources disagree on text in, text out (openrouter: image+text->text against"
					+ " litellm: ?->image)");
	}

	@Test
	void whyNotTextChat_theNameIsAWitnessThatCanOnlyExclude() {
		// LiteLLM lists Fireworks' FLUX ControlNet as mode chat with per-token prices
		assertThat(new Modalities(List.of(LITELLM_CHAT)).whyNotTextChat(ModelMode.CHAT,
				"fireworks-ai/flux-1-dev-controlnet-union"))
			.contains("its sources disagree on text in, text out (litellm: text->text against name: ?->image)");
	}

	@Test
	void whyNotTextChat_noSourceSayingTextOutIsNotTextChat() {
		assertThat(
				new Modalities(List.of(LITELLM_NO_OUTPUT)).whyNotTextChat(ModelMode.CHAT, "amazon/titan-embed-text-v2"))
			.contains("not text in, text out (litellm: text->nothing; name: ?->embeddings)");
	}

	@Test
	void textInTextOut_unstatedInputsAreNotHeldAgainstTheModelButMissingTextOutputIs() {
		assertThat(new ModalityClaim("openrouter", Set.of(), Set.of("text"), "x").textInTextOut()).isTrue();
		assertThat(new ModalityClaim("openrouter", Set.of("audio"), Set.of("transcription"), "x").textInTextOut())
			.isFalse();
		assertThat(new ModalityClaim("openrouter", Set.of("audio"), Set.of("text"), "x").textInTextOut()).isFalse();
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource({ "google/gemini-embedding-001, embeddings", "cohere/rerank-v3.5, rerank",
			"openai/omni-moderation-latest, moderation", "openai/gpt-4o-mini-tts, speech",
			"openai/whisper-1, transcription", "openai/dall-e-3, image", "stability/stable-diffusion-xl-v1, image",
			"google/imagen-4.0-generate-001, image", "black-forest-labs/flux.2-pro, image" })
	void nameClaim_readsTheKindOfModelAName(String canonicalName, String output) {
		assertThat(Modalities.nameClaim(canonicalName)).get()
			.extracting(ModalityClaim::outputs)
			.isEqualTo(Set.of(output));
	}

	@ParameterizedTest
	@CsvSource({ "openai/gpt-4o", "acme/embedded-assistant", "acme/influx-7b", "meta-llama/llama-guard-3-8b" })
	void nameClaim_saysNothingOfOtherNamesNorOfWordsInsideWords(String canonicalName) {
		assertThat(Modalities.nameClaim(canonicalName)).isEmpty();
	}

}
