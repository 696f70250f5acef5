package com.breakeven.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * A day in words, "1 August 2026", as pages write it beside a day picker (as
 * {@code @days} in templates; {@code /dates.js} writes the same words as the day is
 * changed): the picker shows the browser's own form, 08/01/2026 or 01.08.2026, and the
 * words leave no doubt which day was chosen.
 */
@Component("days")
public class DayWords {

	private static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH);

	private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

	private static final DateTimeFormatter SHORT_MONTH_YEAR = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);

	/**
	 * A month as a table's row or a chart's axis shows it: "Aug 2026" (downloads keep
	 * 2026-08, for spreadsheets to sort).
	 */
	public static String shortMonth(YearMonth month) {
		return SHORT_MONTH_YEAR.format(month);
	}

	/** {@link #shortMonth} for templates ({@code @days.month(b.month())}). */
	public String month(YearMonth month) {
		return (month != null) ? shortMonth(month) : "";
	}

	/**
	 * @param day a {@link LocalDate} or its ISO text (2026-08-01)
	 * @return the day in words, or an empty text for none or a text that is not a day
	 */
	public String words(Object day) {
		if (day instanceof LocalDate date) {
			return WORDS.format(date);
		}
		if (day instanceof CharSequence text && !text.isEmpty()) {
			try {
				return WORDS.format(LocalDate.parse(text));
			}
			catch (DateTimeParseException ex) {
				return "";
			}
		}
		return "";
	}

	/**
	 * A span of days as sentences write it: whole months by their names ("July to October
	 * 2026", "November 2025 to January 2026", "October 2026"), any other span by its days
	 * ("1 July 2026 to 20 October 2026").
	 * @param from the first day
	 * @param to the last day
	 * @return the span in words, or an empty text when a day is missing
	 */
	public String period(LocalDate from, LocalDate to) {
		return span(from, to);
	}

	/** {@link #period}, for code outside templates. */
	public static String span(LocalDate from, LocalDate to) {
		if (from == null || to == null) {
			return "";
		}
		boolean wholeMonths = from.getDayOfMonth() == 1 && to.getDayOfMonth() == to.lengthOfMonth();
		if (!wholeMonths) {
			return WORDS.format(from) + " to " + WORDS.format(to);
		}
		if (YearMonth.from(from).equals(YearMonth.from(to))) {
			return MONTH_YEAR.format(to);
		}
		return ((from.getYear() == to.getYear()) ? MONTH.format(from) : MONTH_YEAR.format(from)) + " to "
				+ MONTH_YEAR.format(to);
	}

}
