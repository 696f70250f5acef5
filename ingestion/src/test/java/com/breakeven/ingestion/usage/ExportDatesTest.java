package com.breakeven.ingestion.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;

class ExportDatesTest {

	private static final LocalDate NOV_13 = LocalDate.of(2023, 11, 13);

	@Test
	void utcDay_readsMinutesWithoutSecondsAsOciCostReportsWriteThem() {
		// OCI cost reports: lineItem/intervalUsageStart "2023-11-13T10:00Z"
		for (String spelling : new String[] { "2023-11-13T10:00Z", "2023-11-13T10:00", "2023-11-13 10:00",
				"2023-11-13 10:00Z", "2023-11-13T10:00:00Z", "2023-11-13T10:00:00.123456789Z",
				"2023-11-13 10:00:00.120", " 2023-11-13T10:00Z " }) {
			assertThat(ExportDates.utcDay(spelling)).as(spelling).isEqualTo(NOV_13);
		}
	}

	@Test
	void utcDay_movesAnInstantWithAnOffsetToItsUtcDay() {
		// 2023-11-13T23:30 at UTC-02:00 is 2023-11-14T01:30Z
		for (String spelling : new String[] { "2023-11-13T23:30-02:00", "2023-11-13T23:30:00-0200",
				"2023-11-13 23:30:00-02", "2023-11-13 23:30:00 -02:00" }) {
			assertThat(ExportDates.utcDay(spelling)).as(spelling).isEqualTo(NOV_13.plusDays(1));
		}
		// 2023-11-14T01:00 at UTC+02:00 is 2023-11-13T23:00Z
		for (String spelling : new String[] { "2023-11-14T01:00+02:00", "2023-11-14T01:00:00+0200",
				"2023-11-14 01:00:00+02" }) {
			assertThat(ExportDates.utcDay(spelling)).as(spelling).isEqualTo(NOV_13);
		}
		// PostgreSQL and DuckDB write UTC as +00, BigQuery as " UTC"
		assertThat(ExportDates.utcDay("2023-11-13 10:00:00+00")).isEqualTo(NOV_13);
		assertThat(ExportDates.utcDay("2023-11-13 10:00:00 UTC")).isEqualTo(NOV_13);
	}

	@Test
	void utcDay_keepsTheDayOfADateWithoutTime() {
		for (String spelling : new String[] { "2023-11-13", "2023-11-13Z", "2023-11-13+02:00", "2023-11-13 UTC",
				"11/13/2023", "11/13/23" }) {
			assertThat(ExportDates.utcDay(spelling)).as(spelling).isEqualTo(NOV_13);
		}
	}

	@Test
	void utcDay_refusesTimesAndOffsetsThatDoNotExistAndTrailingText() {
		for (String wrong : new String[] { "2023-11-13T25:00Z", "2023-11-13T10:60", "2023-11-13T10:00+19:00",
				"2023-11-13T", "2023-11-13T10", "2023-11-13T10:00 tomorrow", "2023-11-13x", "2023-11-13 10:00:00.Z",
				"13.11.2023", "" }) {
			assertThatExceptionOfType(DateTimeParseException.class).as(wrong)
				.isThrownBy(() -> ExportDates.utcDay(wrong));
		}
	}

}
