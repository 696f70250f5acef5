package com.breakeven.ingestion.connector;

import java.util.List;

/** A provider whose admin API a connector pulls, and the endpoints it pulls there. */
public enum ConnectorProvider {

	/** OpenAI's organization usage and costs APIs, with an admin key. */
	OPENAI("OpenAI"),

	/** Anthropic's Admin API usage and cost reports, with an admin key. */
	ANTHROPIC("Anthropic");

	private final String displayName;

	ConnectorProvider(String displayName) {
		this.displayName = displayName;
	}

	/**
	 * @return the provider's name as people write it
	 */
	public String displayName() {
		return this.displayName;
	}

	/**
	 * @return the endpoints a connector of this provider pulls, each a stream with its
	 * own cursor
	 */
	public List<UsageEndpoint> endpoints() {
		return java.util.Arrays.stream(UsageEndpoint.values()).filter(e -> e.provider() == this).toList();
	}

}
