package com.breakeven.simulator.planning;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A scenario resolved, or what the catalogue could not answer, by the field that asked.
 */
public sealed interface ScenarioResolution permits ScenarioResolution.Resolved, ScenarioResolution.Refused {

	/**
	 * @param scenario everything the calculators need
	 */
	record Resolved(ResolvedScenario scenario) implements ScenarioResolution {

	}

	/**
	 * @param byField the reason for each field the catalogue could not answer
	 */
	record Refused(Map<String, String> byField) implements ScenarioResolution {

		public Refused {
			byField = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byField));
		}

	}

}
