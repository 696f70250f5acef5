package com.breakeven.ingestion.usage;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/**
 * The date and date-time spellings real exports use, read as a UTC calendar day: ISO-8601
 * with or without offset, {@code 2024-09-18 22:00:00} without {@code T}, and US short
 * dates ({@code 5/1/25}, {@code 09/21/2023}).
 */
final class ExportDates {

	// Strict: 2026-02-30 is refused, never read as 2026-02-28 (the patterns' "smart"
	// default would clamp it); strict resolution needs the proleptic year "uuuu".
	private static final List<DateTimeFormatter> LOCAL_DATE_TIMES = List.of(DateTimeFormatter.ISO_LOCAL_DATE_TIME,
			strict("uuuu-MM-dd HH:mm:ss"), strict("uuuu-MM-dd HH:mm"));

	private static final List<DateTimeFormatter> LOCAL_DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			strict("M/d/uuuu"), strict("M/d/uu"));

	private ExportDates() {
	}

	private static DateTimeFormatter strict(String pattern) {
		return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
	}

	/**
	 * @param text as written in the export
	 * @return the UTC day
	 * @throws DateTimeParseException when no known spelling matches
	 */
	static LocalDate utcDay(String text) {
		String value = text.trim();
		if (value.length() > 19 && value.charAt(10) == 'T' && hasOffset(value)) {
			try {
				return OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
			}
			catch (DateTimeParseException notOffset) {
				// fall through to the local forms, which exports write in UTC
			}
		}
		if (value.length() > 10 && value.charAt(10) == ' ') {
			try {
				// 2026-10-01 09:15:02.120: ISO with a space, fractions of a second
				// included
				return LocalDateTime.parse(value.substring(0, 10) + "T" + value.substring(11)).toLocalDate();
			}
			catch (DateTimeParseException ex) {
				// try the explicit spellings
			}
		}
		for (DateTimeFormatter format : LOCAL_DATE_TIMES) {
			try {
				return LocalDateTime.parse(value, format).toLocalDate();
			}
			catch (DateTimeParseException ex) {
				// try the next spelling
			}
		}
		for (DateTimeFormatter format : LOCAL_DATES) {
			try {
				return LocalDate.parse(value, format);
			}
			catch (DateTimeParseException ex) {
				// try the next spelling
			}
		}
		throw new DateTimeParseException("not a date or date-time in a known spelling", value, 0);
	}

	/**
	 * Cheap shape test so that the common spellings are parsed without an exception per
	 * row.
	 */
	private static boolean hasOffset(String value) {
		char last = value.charAt(value.length() - 1);
		return last == 'Z' || value.lastIndexOf('+') > 10 || value.lastIndexOf('-') > 10;
	}

}
