package com.breakeven.web.guardrails;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class AlertChecksTest {

	@Test
	void anAlertNamesTheLowerThresholdsItStandsFor() {
		assertThat(AlertChecks.alsoPassed(List.of(100, 50, 80), 0, 100, false))
			.isEqualTo(" The budget's 50 % and 80 % thresholds are passed too; each check raises one alert,"
					+ " for the highest threshold reached.");
		assertThat(AlertChecks.alsoPassed(List.of(10, 50, 80, 100), 0, 100, true))
			.startsWith(" The forecast passes its 10 %, 50 % and 80 % thresholds too;");
		assertThat(AlertChecks.alsoPassed(List.of(50, 80), 0, 80, true))
			.startsWith(" The forecast passes its 50 % threshold too;");
		assertThat(AlertChecks.alsoPassed(List.of(50, 80, 100), 0, 50, false)).isEmpty();
		// the forecast's alert leaves out what the spend to date reached: its own alert
		// names that
		assertThat(AlertChecks.alsoPassed(List.of(50, 80, 100), 50, 100, true))
			.startsWith(" The forecast passes its 80 % threshold too;");
	}

}
