package com.breakeven.web.scenario;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A scenario that cannot be run as given, with a message per form field (the editor shows
 * each beside its field; an empty field name is about the scenario as a whole).
 */
public class ScenarioProblems extends RuntimeException {

	private final Map<String, String> byField;

	public ScenarioProblems(Map<String, String> byField) {
		super(String.join("; ", byField.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList()));
		this.byField = Map.copyOf(new LinkedHashMap<>(byField));
	}

	public Map<String, String> byField() {
		return this.byField;
	}

}
