package com.breakeven.pricing;

/** What a model produces, as price feeds classify it (LiteLLM's {@code mode}). */
public enum ModelMode {

	CHAT, COMPLETION, EMBEDDING, IMAGE_GENERATION, AUDIO_SPEECH, AUDIO_TRANSCRIPTION, RERANK, MODERATION,
	VIDEO_GENERATION, OTHER

}
