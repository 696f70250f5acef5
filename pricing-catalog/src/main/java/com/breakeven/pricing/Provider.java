package com.breakeven.pricing;

import java.util.Objects;

/**
 * A company that makes or sells models, identified by a lower-case code ({@code openai},
 * {@code aws-bedrock}).
 *
 * @param id database id, {@code null} before it is stored
 * @param code unique lower-case code
 * @param displayName name shown to people
 * @param kind what the provider does
 * @param website home page, optional
 */
public record Provider(Long id, String code, String displayName, ProviderKind kind, String website) {

	public Provider {
		Checks.requireCode("code", code);
		Objects.requireNonNull(displayName, "displayName must not be null");
		Objects.requireNonNull(kind, "kind must not be null");
	}

	/**
	 * @return a provider not yet stored
	 */
	public static Provider of(String code, String displayName, ProviderKind kind, String website) {
		return new Provider(null, code, displayName, kind, website);
	}

	Provider withId(long newId) {
		return new Provider(newId, this.code, this.displayName, this.kind, this.website);
	}

}
