package com.breakeven.ingestion.usage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.breakeven.ingestion.UsageDay;
import com.breakeven.ingestion.UsageKind;

/**
 * Any usage CSV, read through a mapping from Breakeven's fields to the file's column
 * names, given as
 * {@code date=Day,model=Model,input_tokens=Prompt,output_tokens=Completion,cost=Amount,currency=Currency}.
 * A value that starts with {@code :} is a constant for every row ({@code currency=:USD},
 * {@code kind=:BILLED}, {@code source=:team-export}). Required: {@code date} and
 * {@code model}; a {@code cost} needs a {@code currency}.
 */
public class GenericCsvFormat implements TabularFormat {

	public static final String CODE = "generic";

	/** The fields a mapping may name. */
	public static final Set<String> FIELDS = Set.of("date", "model", "provider", "account", "project", "team",
			"application", "input_tokens", "cached_input_tokens", "cache_write_tokens", "output_tokens", "requests",
			"cost", "currency", "kind", "source");

	private final Map<String, String> mapping;

	/**
	 * @param specification the mapping, {@code field=Column} pairs separated by commas
	 */
	public GenericCsvFormat(String specification) {
		this.mapping = parse(specification);
	}

	static Map<String, String> parse(String specification) {
		if (specification == null || specification.isBlank()) {
			throw new IllegalArgumentException("the generic format needs a column mapping such as"
					+ " --map date=Day,model=Model,input_tokens=Prompt,output_tokens=Completion");
		}
		Map<String, String> mapping = new LinkedHashMap<>();
		for (String pair : specification.split(",")) {
			int equals = pair.indexOf('=');
			String field = (equals > 0) ? pair.substring(0, equals).trim().toLowerCase(Locale.ROOT) : pair.trim();
			if (equals <= 0 || !FIELDS.contains(field) || pair.substring(equals + 1).isBlank()) {
				throw new IllegalArgumentException("mapping entry '" + pair.trim() + "' must be field=Column with a"
						+ " field among " + new java.util.TreeSet<>(FIELDS));
			}
			mapping.put(field, pair.substring(equals + 1).trim());
		}
		for (String required : List.of("date", "model")) {
			if (!mapping.containsKey(required)) {
				throw new IllegalArgumentException("the mapping must name a column for '" + required + "'");
			}
		}
		if (mapping.containsKey("cost") && !mapping.containsKey("currency")) {
			throw new IllegalArgumentException(
					"a mapped cost needs a currency: map a column or a constant (currency=:USD)");
		}
		constants(mapping);
		return mapping;
	}

	/**
	 * Checks the constants ({@code field=:value}) once, up front: a bad one would refuse
	 * every row of the file.
	 */
	private static void constants(Map<String, String> mapping) {
		for (Map.Entry<String, String> entry : mapping.entrySet()) {
			if (!entry.getValue().startsWith(":")) {
				continue;
			}
			String field = entry.getKey();
			String constant = entry.getValue().substring(1).trim();
			String problem = switch (field) {
				case "kind" -> List.of("USAGE", "ESTIMATE", "BILLED").contains(constant.toUpperCase(Locale.ROOT)) ? null
						: "must be USAGE, ESTIMATE or BILLED";
				case "currency" -> isCurrency(constant) ? null : "is not an ISO-4217 currency code";
				case "cost" ->
					!isDecimal(constant) ? "is not a decimal number" : UsageValues.costReason(new BigDecimal(constant));
				case "date" -> isDate(constant) ? null : "is not a date";
				case "input_tokens", "cached_input_tokens", "cache_write_tokens", "output_tokens", "requests" ->
					"must name a column: a count is never the same for every row";
				default -> null;
			};
			if (problem != null) {
				throw new IllegalArgumentException(
						"mapping entry '" + field + "=:" + constant + "': the constant " + problem);
			}
		}
	}

	private static boolean isCurrency(String code) {
		try {
			Currency.getInstance(code.toUpperCase(Locale.ROOT));
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static boolean isDecimal(String text) {
		try {
			new BigDecimal(text);
			return true;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	private static boolean isDate(String text) {
		try {
			ExportDates.utcDay(text);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	/** Rows are keyed by line number: every line is a charge of its own. */
	@Override
	public boolean keysMayRepeat() {
		return false;
	}

	@Override
	public boolean oneRecordPerLine() {
		return true;
	}

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public String column(String field) {
		String named = this.mapping.get("billed_cost".equals(field) ? "cost" : field);
		return (named != null) ? named : field;
	}

	/** Every mapped column must be in the header; the date and model need a value. */
	@Override
	public Table table() {
		List<String> columns = new ArrayList<>();
		this.mapping.values().stream().filter(column -> !column.startsWith(":")).forEach(columns::add);
		Set<String> values = new java.util.HashSet<>();
		for (String field : List.of("date", "model")) {
			if (!this.mapping.get(field).startsWith(":")) {
				values.add(this.mapping.get(field));
			}
		}
		return new Table("mapped", columns, values, this::line);
	}

	private UsageLine line(ExportRow record, long line, String fileName) {
		String dateText = value(record, "date");
		LocalDate day;
		try {
			day = ExportDates.utcDay(String.valueOf(dateText));
		}
		catch (DateTimeParseException ex) {
			throw new Refusal(fileName, line, this.mapping.get("date"), dateText, "is not a date");
		}
		String model = value(record, "model");
		if (model == null) {
			throw new Refusal(fileName, line, this.mapping.get("model"), null, "a value is required");
		}
		BigDecimal cost = decimal(record, "cost", line, fileName);
		Currency currency = null;
		if (cost != null) {
			String code = value(record, "currency");
			try {
				currency = Currency.getInstance(String.valueOf(code).trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new Refusal(fileName, line, this.mapping.get("currency"), code, "is not an ISO-4217 currency");
			}
		}
		String kindText = value(record, "kind");
		UsageKind kind;
		try {
			kind = (kindText != null) ? UsageKind.valueOf(kindText.trim().toUpperCase(Locale.ROOT)) : UsageKind.USAGE;
		}
		catch (IllegalArgumentException ex) {
			throw new Refusal(fileName, line, this.mapping.get("kind"), kindText, "must be USAGE, ESTIMATE or BILLED");
		}
		String provider = value(record, "provider");
		String source = value(record, "source");
		return new UsageLine.Accepted(line, new UsageDay(day, null, (provider != null) ? provider : "unknown", null,
				model, value(record, "account"), value(record, "project"), value(record, "team"),
				value(record, "application"), null, count(record, "input_tokens", line, fileName),
				count(record, "cached_input_tokens", line, fileName),
				count(record, "cache_write_tokens", line, fileName), count(record, "output_tokens", line, fileName),
				count(record, "requests", line, fileName), false, cost, null, null, currency, kind, CODE,
				"generic:" + ((source != null) ? source : fileName), "L" + line));
	}

	private String value(ExportRow record, String field) {
		String column = this.mapping.get(field);
		if (column == null) {
			return null;
		}
		return column.startsWith(":") ? column.substring(1) : record.text(column);
	}

	private BigDecimal decimal(ExportRow record, String field, long line, String fileName) {
		String column = this.mapping.get(field);
		if (column == null) {
			return null;
		}
		return column.startsWith(":") ? new BigDecimal(column.substring(1))
				: record.decimal(column, false, line, fileName);
	}

	private Long count(ExportRow record, String field, long line, String fileName) {
		String column = this.mapping.get(field);
		return (column == null || column.startsWith(":")) ? null : record.count(column, line, fileName);
	}

}
