package com.breakeven.pricing;

/** What a provider does in the market; decides which strategies it can appear in. */
public enum ProviderKind {

	/** Sells tokens through an API (OpenAI, Anthropic, Together, OpenRouter). */
	API,
	/** Sells tokens and GPU hours (AWS Bedrock + EC2, Azure, Google Cloud). */
	CLOUD,
	/** Publishes model weights without selling tokens itself (Meta, Qwen). */
	MODEL_CREATOR,
	/** The organisation's own GPUs. */
	SELF_HOSTED

}
