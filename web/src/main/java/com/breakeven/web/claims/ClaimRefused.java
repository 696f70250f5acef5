package com.breakeven.web.claims;

import java.util.LinkedHashMap;
import java.util.Map;

/** A claim that cannot be checked as asked, each reason under the field it concerns. */
public class ClaimRefused extends RuntimeException {

	private final Map<String, String> byField;

	ClaimRefused(Map<String, String> byField) {
		super("the claim cannot be checked: " + byField);
		this.byField = new LinkedHashMap<>(byField);
	}

	public Map<String, String> byField() {
		return this.byField;
	}

}
