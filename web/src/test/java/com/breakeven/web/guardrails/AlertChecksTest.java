package com.breakeven.web.guardrails;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class AlertChecksTest {

	@Test
	void anAlertNamesTheLowerThresholdsItStandsFor() {
		assertThat(AlertChecks.alsoPassed(List.of(100, 50, 80), 100, false))
			.isEqualTo(" Its 50 % and 80 % thresholds are passed too; each check raises one alert,"
					+ " for the highest threshold reached.");
		assertThat(AlertChecks.alsoPassed(List.of(10, 50, 80, 100), 100, true))
			.startsWith(" The forecast passes its 10 %, 50 % and 80 % thresholds too;");
		assertThat(AlertChecks.alsoPassed(List.of(50, 80), 80, true))
			.startsWith(" The forecast passes its 50 % threshold too;");
		assertThat(AlertChecks.alsoPassed(List.of(50, 80, 100), 50, false)).isEmpty();
	}

}
