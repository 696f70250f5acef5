package com.breakeven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import com.breakeven.ingestion.UsageImportProperties;

/**
 * The usage settings reach the import: the plausibility window for dates is set by
 * configuration, and without it the documented defaults apply.
 */
class UsageSettingsTest {

	@Test
	void usageImportProperties_takeThePlausibleWindowFromConfiguration() {
		UsageImportProperties properties = bound(Map.of("breakeven.usage.earliest-usage-date", "2023-06-01",
				"breakeven.usage.max-days-ahead", "0", "breakeven.usage.chunk-size", "500"));

		assertThat(properties.earliestUsageDate()).isEqualTo(LocalDate.of(2023, 6, 1));
		assertThat(properties.maxDaysAhead()).isZero();
		assertThat(properties.chunkSize()).isEqualTo(500);
	}

	@Test
	void usageImportProperties_withoutSettingsAreTheDocumentedDefaults() {
		UsageImportProperties properties = bound(Map.of());

		assertThat(properties.earliestUsageDate()).isEqualTo(UsageImportProperties.EARLIEST_USAGE_DATE);
		assertThat(properties.maxDaysAhead()).isEqualTo(UsageImportProperties.MAX_DAYS_AHEAD);
		assertThat(properties.maxBadRowShare()).isEqualTo(0.05);
		assertThat(properties.chunkSize()).isEqualTo(50_000);
	}

	private static UsageImportProperties bound(Map<String, String> values) {
		UsageSettings settings = new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("breakeven.usage",
				UsageSettings.class);
		return new ApplicationConfiguration().usageImportProperties(settings);
	}

}
