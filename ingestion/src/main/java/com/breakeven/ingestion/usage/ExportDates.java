package com.breakeven.ingestion.usage;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/**
 * The date and date-time spellings real exports use, read as a UTC calendar day:
 * <ul>
 * <li>ISO-8601 dates and date-times, {@code T} or a space between them, seconds and
 * fractions optional ({@code 2023-11-13T10:00Z}, as OCI cost reports write it);</li>
 * <li>an offset or zone after the time: {@code Z}, {@code +02:00}, {@code +0200},
 * {@code +02} (PostgreSQL, DuckDB), {@code UTC} or {@code GMT} (BigQuery), with or
 * without a space before it; the instant is moved to UTC before its day is taken;</li>
 * <li>US short dates ({@code 5/1/25}, {@code 09/21/2023}).</li>
 * </ul>
 * A date-time without offset is read as UTC. A date without a time keeps its day even
 * with an offset: it names a calendar day, not an instant, and moving it would put a
 * whole day's charges on the day before.
 */
final class ExportDates {

	// Strict: 2026-02-30 is refused, never read as 2026-02-28 (the patterns' "smart"
	// default would clamp it); strict resolution needs the proleptic year "uuuu".
	private static final List<DateTimeFormatter> US_DATES = List.of(strict("M/d/uuuu"), strict("M/d/uu"));

	private ExportDates() {
	}

	private static DateTimeFormatter strict(String pattern) {
		return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
	}

	/**
	 * @param text as written in the export
	 * @return the UTC day
	 * @throws DateTimeParseException when no known spelling matches, or the date or time
	 * does not exist (30 February, 25:00)
	 */
	static LocalDate utcDay(String text) {
		String value = text.trim();
		if (value.length() >= 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
			return iso(value);
		}
		for (DateTimeFormatter format : US_DATES) {
			try {
				return LocalDate.parse(value, format);
			}
			catch (DateTimeParseException ex) {
				// try the next spelling
			}
		}
		throw notADate(value);
	}

	/**
	 * Reads {@code uuuu-MM-dd[(T| )HH:mm[:ss[.fraction]]][ ][offset]} by hand: a
	 * formatter per spelling would throw an exception per row before finding the right
	 * one.
	 */
	private static LocalDate iso(String value) {
		Cursor at = new Cursor(value);
		LocalDate date;
		try {
			int year = at.digits(4);
			at.expect('-');
			int month = at.digits(2);
			at.expect('-');
			date = LocalDate.of(year, month, at.digits(2));
			if (at.done()) {
				return date;
			}
			boolean timeFollows = at.peek('T');
			if (!timeFollows && !at.peek(' ')) {
				return dateWithZone(at, date, value);
			}
			at.skip();
			if (!timeFollows && !Character.isDigit(at.current())) {
				// "2024-09-18 UTC": a date with a zone
				return dateWithZone(at, date, value);
			}
			int hour = at.digits(2);
			at.expect(':');
			int minute = at.digits(2);
			int second = 0;
			int nanos = 0;
			if (at.peek(':')) {
				at.skip();
				second = at.digits(2);
				if (at.peek('.') || at.peek(',')) {
					at.skip();
					nanos = at.fraction();
				}
			}
			LocalTime time = LocalTime.of(hour, minute, second, nanos);
			ZoneOffset offset = at.offset();
			if (!at.done()) {
				throw notADate(value);
			}
			LocalDateTime local = LocalDateTime.of(date, time);
			return (offset == null) ? date : local.atOffset(offset).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
		}
		catch (DateTimeException | IndexOutOfBoundsException ex) {
			throw notADate(value);
		}
	}

	/** A date followed by an offset or zone keeps its day (see the class comment). */
	private static LocalDate dateWithZone(Cursor at, LocalDate date, String value) {
		at.offset();
		if (!at.done()) {
			throw notADate(value);
		}
		return date;
	}

	private static DateTimeParseException notADate(String value) {
		return new DateTimeParseException("not a date or date-time in a known spelling", value, 0);
	}

	/** A position in the text being read; each step throws when the text differs. */
	private static final class Cursor {

		private final String text;

		private int index;

		Cursor(String text) {
			this.text = text;
		}

		boolean done() {
			return this.index == this.text.length();
		}

		char current() {
			return this.text.charAt(this.index);
		}

		boolean peek(char expected) {
			return !done() && current() == expected;
		}

		void skip() {
			this.index++;
		}

		void expect(char expected) {
			if (!peek(expected)) {
				throw new DateTimeException("expected '" + expected + "'");
			}
			skip();
		}

		int digits(int count) {
			int value = 0;
			for (int i = 0; i < count; i++) {
				char digit = current();
				if (digit < '0' || digit > '9') {
					throw new DateTimeException("expected a digit");
				}
				value = value * 10 + (digit - '0');
				skip();
			}
			return value;
		}

		/** Up to nine digits of a second: more would be below a nanosecond. */
		int fraction() {
			int nanos = 0;
			int read = 0;
			while (!done() && Character.isDigit(current())) {
				if (read < 9) {
					nanos = nanos * 10 + (current() - '0');
				}
				read++;
				skip();
			}
			if (read == 0) {
				throw new DateTimeException("expected a fraction of a second");
			}
			for (int i = read; i < 9; i++) {
				nanos *= 10;
			}
			return nanos;
		}

		/**
		 * @return the offset at the cursor (after an optional space), or {@code null}
		 * when the text ends
		 */
		ZoneOffset offset() {
			if (peek(' ')) {
				skip();
			}
			if (done()) {
				return null;
			}
			String rest = this.text.substring(this.index);
			if (rest.equals("Z") || rest.equals("UTC") || rest.equals("GMT")) {
				this.index = this.text.length();
				return ZoneOffset.UTC;
			}
			char sign = current();
			if (sign != '+' && sign != '-') {
				throw new DateTimeException("expected an offset");
			}
			skip();
			int hours = digits(2);
			int minutes = 0;
			if (peek(':')) {
				skip();
				minutes = digits(2);
			}
			else if (!done()) {
				minutes = digits(2);
			}
			return (sign == '+') ? ZoneOffset.ofHoursMinutes(hours, minutes)
					: ZoneOffset.ofHoursMinutes(-hours, -minutes);
		}

	}

}
