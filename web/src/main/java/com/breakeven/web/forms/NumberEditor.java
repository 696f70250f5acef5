package com.breakeven.web.forms;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;

/**
 * The one way a form field reads and shows a number. It shows a value with thousands
 * separators and without exponent or padding zeros ("7,628,242,547", "0.0895"), the way
 * every page writes numbers whatever the browser's language, and reads back what a person
 * types: "12,500.5", "12500.5", " 7,628,242,547 ". A comma only ever groups thousands:
 * "0,5" or "12,50" (a decimal comma, as German is written) is refused with a message
 * saying so, never read as 5 or 1250; anything else that is no number ("12abc") is
 * refused whole. Blank is no value.
 * <p>
 * An identifier that happens to be a number (a seed) is shown as bare digits
 * ({@link #plain}): grouping it would read as an amount.
 */
public final class NumberEditor extends PropertyEditorSupport {

	/** Digits grouped by commas in threes, with an optional decimal part. */
	private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

	/** Digits without grouping, an optional decimal part and exponent ("1E15"). */
	private static final Pattern UNGROUPED = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

	/** A comma read as a decimal separator: "0,5", "12,50", "1.234,5". */
	private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?[\\d.]*\\d,\\d{1,2}|[+-]?[\\d.]*\\d,\\d{4,}");

	/** More characters than any number a form takes, shown cut in the refusal. */
	private static final int LONGEST = 40;

	private final Class<? extends Number> type;

	private final boolean grouped;

	private NumberEditor(Class<? extends Number> type, boolean grouped) {
		this.type = type;
		this.grouped = grouped;
	}

	/** Shows values of {@code type} with thousands separators. */
	public static NumberEditor grouped(Class<? extends Number> type) {
		return new NumberEditor(type, true);
	}

	/** Shows values of {@code type} as bare digits (identifiers such as a seed). */
	public static NumberEditor plain(Class<? extends Number> type) {
		return new NumberEditor(type, false);
	}

	/**
	 * Registers the editor for every number type a form holds ({@link Double},
	 * {@link BigDecimal}, {@link Integer}, {@link Long}), grouped, and the refusal's own
	 * words as the message beside the field.
	 */
	public static void registerOn(WebDataBinder binder) {
		binder.registerCustomEditor(Double.class, grouped(Double.class));
		binder.registerCustomEditor(BigDecimal.class, grouped(BigDecimal.class));
		binder.registerCustomEditor(Integer.class, grouped(Integer.class));
		binder.registerCustomEditor(Long.class, grouped(Long.class));
		binder.setBindingErrorProcessor(new RefusalWords());
	}

	@Override
	public void setAsText(String text) {
		setValue(read(text, this.type));
	}

	@Override
	public String getAsText() {
		return (getValue() instanceof Number number) ? write(number, this.grouped) : "";
	}

	/**
	 * The number a person typed, as {@code type}; {@code null} for blank.
	 * @throws Refused saying what is wrong with the text
	 */
	public static <T extends Number> T read(String text, Class<T> type) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String typed = text.strip();
		if (typed.length() > LONGEST) {
			throw new Refused("“" + typed.substring(0, LONGEST) + "…” is not a number");
		}
		BigDecimal number;
		if (GROUPED.matcher(typed).matches()) {
			number = new BigDecimal(typed.replace(",", ""));
		}
		else if (UNGROUPED.matcher(typed).matches()) {
			number = new BigDecimal(typed);
		}
		else if (DECIMAL_COMMA.matcher(typed).matches()) {
			throw new Refused("“" + typed + "”: a comma only separates thousands here (12,500.5); write decimals with a"
					+ " point, e.g. " + typed.replace(".", "").replace(',', '.'));
		}
		else {
			throw new Refused("“" + typed + "” is not a number; write it as 12500.5 or 12,500.5");
		}
		return type.cast(as(number, type, typed));
	}

	private static Number as(BigDecimal number, Class<? extends Number> type, String typed) {
		if (type == BigDecimal.class) {
			return number;
		}
		if (type == Double.class) {
			double value = number.doubleValue();
			if (!Double.isFinite(value)) {
				throw new Refused("“" + typed + "” is too large a number");
			}
			return value;
		}
		try {
			return (type == Long.class) ? (Number) number.longValueExact() : (Number) number.intValueExact();
		}
		catch (ArithmeticException ex) {
			throw new Refused((number.stripTrailingZeros().scale() > 0)
					? "“" + typed + "” is not a whole number; write it without decimals"
					: "“" + typed + "” is too large a number");
		}
	}

	/**
	 * A number as a field shows it: digits grouped in threes by commas when
	 * {@code grouped}, a point before decimals, no padding zeros, never an exponent.
	 */
	public static String write(Number value, boolean grouped) {
		BigDecimal number;
		if (value instanceof BigDecimal decimal) {
			number = decimal.stripTrailingZeros();
		}
		else if (value instanceof Double || value instanceof Float) {
			if (!Double.isFinite(value.doubleValue())) {
				return value.toString();
			}
			number = new BigDecimal(value.toString()).stripTrailingZeros();
		}
		else {
			number = BigDecimal.valueOf(value.longValue());
		}
		if (!grouped) {
			return number.toPlainString();
		}
		DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
		format.setMaximumFractionDigits(Math.max(0, number.scale()));
		return format.format(number);
	}

	/** A typed text that is not a number here, with the words saying why. */
	public static final class Refused extends IllegalArgumentException {

		Refused(String message) {
			super(message);
		}

	}

	/**
	 * Puts a {@link Refused} text's own words beside its field (what was typed and how to
	 * write it) instead of the type's generic message.
	 */
	private static final class RefusalWords extends DefaultBindingErrorProcessor {

		@Override
		public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
			Throwable cause = ex;
			while (cause != null && !(cause instanceof Refused)) {
				cause = cause.getCause();
			}
			if (cause == null) {
				super.processPropertyAccessException(ex, bindingResult);
				return;
			}
			String field = ex.getPropertyName();
			Object typed = (ex.getValue() instanceof String[] values && values.length == 1) ? values[0] : ex.getValue();
			bindingResult.addError(new FieldError(bindingResult.getObjectName(), field, typed, true,
					bindingResult.resolveMessageCodes("typeMismatch.number", field), null, cause.getMessage()));
		}

	}

}
