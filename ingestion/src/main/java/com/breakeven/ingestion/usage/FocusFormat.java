package com.breakeven.ingestion.usage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.breakeven.ingestion.UsageDay;
import com.breakeven.ingestion.UsageKind;

/**
 * FOCUS 1.0–1.2 billing exports (FinOps Open Cost and Usage Specification), CSV. Only AI
 * rows are kept: {@code ServiceCategory} "AI and Machine Learning" or an AI service name
 * (Azure OpenAI, Amazon Bedrock, Vertex AI…); GPU machines bill as "Compute" and are
 * skipped, as are storage and network rows. Each kept row is a BILLED usage row:
 * {@code BilledCost} (cash), {@code EffectiveCost} (amortised) and {@code ListCost} kept
 * apart, never added. Token counts come only from a token {@code ConsumedUnit} ("Tokens",
 * "1K Tokens", "1M Tokens") and a meter name that says the token class ("gpt-4o-0513 Inp
 * glbl Tokens", "USE1-Claude3.5Sonnet-input-tokens"); otherwise the row stays cost-only:
 * counts are never invented. Real-file quirks handled: a UTF-8 byte-order mark, the bare
 * word {@code NULL}, date-times without {@code T}, US short dates, {@code Tags} as JSON
 * with or without braces, negative credits and refunds (cost kept, no token count).
 */
public class FocusFormat implements TabularFormat {

	public static final String CODE = "focus";

	private static final List<String> REQUIRED = List.of("BilledCost", "BillingCurrency", "ChargePeriodStart",
			"ProviderName", "ServiceName");

	private static final Set<String> AI_SERVICES = Set.of("azure openai", "azure openai service", "azure ai services",
			"azure ai foundry", "azure ai studio", "amazon bedrock", "vertex ai", "google vertex ai", "gemini api",
			"openai", "anthropic");

	private static final String AI_CATEGORY = "AI and Machine Learning";

	private static final Pattern TOKEN_UNIT = Pattern.compile("^(?:(\\d+)\\s*([KM])?\\s+)?tokens?$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern BEDROCK_USAGE_TYPE = Pattern
		.compile("^(?:[A-Z]{2,4}\\d?-)?(.+?)-(input|output|cache-read|cache-write)-tokens?$", Pattern.CASE_INSENSITIVE);

	private static final Pattern CACHE_WRITE_METER = Pattern.compile("cache[ -]?write|cache creation");

	private static final Pattern CACHED_METER = Pattern.compile("\\bcached\\b|cache[ -]?read|\\bcchd\\b|cache hit");

	private static final Pattern OUTPUT_METER = Pattern.compile("\\boutp\\b|\\boutput\\b|-output-|\\bcompletion\\b");

	private static final Pattern INPUT_METER = Pattern.compile("\\binp\\b|\\binput\\b|-input-|\\bprompt\\b");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Token class of a meter. */
	enum TokenClass {

		INPUT, CACHED_INPUT, CACHE_WRITE, OUTPUT

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
		return switch (field) {
			case "date" -> "ChargePeriodStart";
			case "billed_cost" -> "BilledCost";
			case "effective_cost" -> "EffectiveCost";
			case "list_cost" -> "ListCost";
			case "provider" -> "ProviderName";
			case "account" -> "SubAccountId";
			case "source" -> "BillingAccountId";
			case "tags", "project", "team", "application" -> "Tags";
			default -> field;
		};
	}

	/** The required columns allow no null value in FOCUS 1.0 either. */
	@Override
	public Table table() {
		return new Table("FOCUS", REQUIRED, Set.copyOf(REQUIRED), new Rows()::line);
	}

	/** The meter a row names, read once per distinct meter of a file. */
	private record Meter(TokenClass tokenClass, String model) {

		static Meter of(String meter) {
			return new Meter(FocusFormat.tokenClass(meter), FocusFormat.modelOf(meter));
		}

	}

	/** Maps the rows of one file, remembering what its repeated texts mean. */
	private static final class Rows {

		private final Memo<String, Meter> meters = new Memo<>(Meter::of);

		private final Memo<String, Long> tokenBlocks = new Memo<>(FocusFormat::tokenBlock);

		private final Memo<String, LocalDate> days = new Memo<>(ExportDates::utcDay);

		private final Memo<String, Currency> currencies = new Memo<>(
				code -> Currency.getInstance(code.trim().toUpperCase(Locale.ROOT)));

		/*
		 * One instance per distinct dimension text (provider, accounts): the chunk sums
		 * hash and compare them for every line, and a shared instance keeps its hash and
		 * compares by identity.
		 */
		private final Memo<String, String> dimensions = new Memo<>(text -> text);

		private final Memo<String, String> sourceKeys = new Memo<>(
				billingAccount -> "focus:" + ((billingAccount != null) ? billingAccount : "unknown-billing-account"));

		UsageLine line(ExportRow record, long line, String fileName) {
			return FocusFormat.line(record, line, fileName, this);
		}

		String dimension(String text) {
			return (text != null) ? this.dimensions.get(text) : null;
		}

	}

	static UsageLine line(ExportRow record, long line, String fileName) {
		return line(record, line, fileName, new Rows());
	}

	private static UsageLine line(ExportRow record, long line, String fileName, Rows rows) {
		String serviceName = record.text("ServiceName");
		String category = record.text("ServiceCategory");
		boolean ai = AI_CATEGORY.equalsIgnoreCase(category)
				|| (serviceName != null && AI_SERVICES.contains(serviceName.toLowerCase(Locale.ROOT)));
		if (!ai) {
			return new UsageLine.Skipped(line, "not an AI service: " + serviceName + " (" + category + ")");
		}
		LocalDate day = day(record, fileName, line, rows.days);
		Currency currency = currency(record, fileName, line, rows.currencies);
		BigDecimal billed = record.decimal("BilledCost", true, line, fileName);
		BigDecimal effective = record.decimal("EffectiveCost", false, line, fileName);
		BigDecimal list = record.decimal("ListCost", false, line, fileName);
		String meter = firstPresent(record, "x_SkuMeterName", "ChargeDescription", "SkuId");
		Meter named = (meter != null) ? rows.meters.get(meter) : null;
		TokenClass tokenClass = (named != null) ? named.tokenClass() : null;
		Long tokens = tokens(record, fileName, line, rows.tokenBlocks);
		Long input = null;
		Long cached = null;
		Long cacheWrite = null;
		Long output = null;
		if (tokens != null && tokens >= 0 && tokenClass != null) {
			switch (tokenClass) {
				case INPUT -> input = tokens;
				case CACHED_INPUT -> cached = tokens;
				case CACHE_WRITE -> cacheWrite = tokens;
				case OUTPUT -> output = tokens;
			}
		}
		String model = (named != null) ? named.model() : null;
		JsonNode tags = tags(record, fileName, line);
		String subAccount = rows.dimension(record.text("SubAccountId"));
		String billingAccount = rows.dimension(record.text("BillingAccountId"));
		UsageDay usage = new UsageDay(day, null, rows.dimension(record.text("ProviderName")), null,
				(model != null) ? model : serviceName, (subAccount != null) ? subAccount : billingAccount,
				tag(tags, "project", "Project", "costcenter"), tag(tags, "team", "Team"),
				tag(tags, "app", "application", "Application"), (tags != null) ? tags.toString() : null, input, cached,
				cacheWrite, output, null, false, billed, effective, list, currency, UsageKind.BILLED, CODE,
				rows.sourceKeys.get(billingAccount), "L" + line);
		return new UsageLine.Accepted(line, usage);
	}

	/**
	 * "gpt-4o-0513 Inp glbl Tokens" → input; "USE1-Claude3.5Sonnet-output-tokens" →
	 * output.
	 */
	static TokenClass tokenClass(String meter) {
		String text = meter.toLowerCase(Locale.ROOT);
		if (CACHE_WRITE_METER.matcher(text).find()) {
			return TokenClass.CACHE_WRITE;
		}
		if (CACHED_METER.matcher(text).find()) {
			return TokenClass.CACHED_INPUT;
		}
		if (OUTPUT_METER.matcher(text).find()) {
			return TokenClass.OUTPUT;
		}
		if (INPUT_METER.matcher(text).find()) {
			return TokenClass.INPUT;
		}
		return null;
	}

	/**
	 * The model a meter names: Azure's first word, or Bedrock's usage type without region
	 * and token class.
	 */
	static String modelOf(String meter) {
		Matcher bedrock = BEDROCK_USAGE_TYPE.matcher(meter.trim());
		if (bedrock.matches()) {
			return bedrock.group(1);
		}
		String trimmed = meter.trim();
		if (trimmed.toLowerCase(Locale.ROOT).endsWith("tokens") && trimmed.contains(" ")) {
			return trimmed.substring(0, trimmed.indexOf(' '));
		}
		return null;
	}

	private static Long tokens(ExportRow record, String fileName, long line, Memo<String, Long> tokenBlocks) {
		String unit = record.text("ConsumedUnit");
		if (unit == null) {
			return null;
		}
		Long block = tokenBlocks.get(unit);
		if (block == null) {
			return null;
		}
		BigDecimal quantity = record.decimal("ConsumedQuantity", false, line, fileName);
		if (quantity == null) {
			return null;
		}
		BigDecimal tokens = quantity.multiply(BigDecimal.valueOf(block));
		try {
			// a fraction of a token is an error in the export, never rounded away
			return tokens.longValueExact();
		}
		catch (ArithmeticException ex) {
			throw new Refusal(fileName, line, "ConsumedQuantity", quantity.toPlainString(),
					"makes " + tokens.toPlainString() + " tokens (" + unit + "), which "
							+ UsageValues.notACount(tokens.toPlainString()));
		}
	}

	/**
	 * Tokens per unit: "Tokens" 1, "1K Tokens" 1,000, "1M Tokens" 1,000,000; null when
	 * not tokens.
	 */
	private static Long tokenBlock(String unit) {
		Matcher tokenUnit = TOKEN_UNIT.matcher(unit.trim());
		if (!tokenUnit.matches()) {
			return null;
		}
		long block = (tokenUnit.group(1) != null) ? Long.parseLong(tokenUnit.group(1)) : 1;
		if ("K".equalsIgnoreCase(tokenUnit.group(2))) {
			block *= 1_000;
		}
		else if ("M".equalsIgnoreCase(tokenUnit.group(2))) {
			block *= 1_000_000;
		}
		return block;
	}

	private static LocalDate day(ExportRow record, String fileName, long line, Memo<String, LocalDate> days) {
		String value = record.text("ChargePeriodStart");
		if (value == null) {
			throw new Refusal(fileName, line, "ChargePeriodStart", null, "a value is required");
		}
		try {
			return days.get(value);
		}
		catch (DateTimeParseException ex) {
			throw new Refusal(fileName, line, "ChargePeriodStart", value,
					"is not a date or date-time (2024-09-18, 2024-09-18 22:00:00, 2024-09-18T22:00:00Z or 9/18/24)");
		}
	}

	private static Currency currency(ExportRow record, String fileName, long line, Memo<String, Currency> currencies) {
		String value = record.text("BillingCurrency");
		try {
			return currencies.get(value);
		}
		catch (RuntimeException ex) {
			throw new Refusal(fileName, line, "BillingCurrency", value, "is not an ISO-4217 currency");
		}
	}

	private static JsonNode tags(ExportRow record, String fileName, long line) {
		String value = record.text("Tags");
		if (value == null || value.isBlank()) {
			return null;
		}
		String json = value.trim().startsWith("{") ? value.trim() : "{" + value.trim() + "}";
		try {
			JsonNode node = JSON.readTree(json);
			return node.isObject() ? node : null;
		}
		catch (JacksonException ex) {
			throw new Refusal(fileName, line, "Tags", value, "is not a JSON object of tags");
		}
	}

	private static String tag(JsonNode tags, String... names) {
		if (tags == null) {
			return null;
		}
		for (String name : names) {
			JsonNode value = tags.get(name);
			if (value != null && !value.isNull()) {
				return value.asString();
			}
		}
		return null;
	}

	private static String firstPresent(ExportRow record, String... columns) {
		for (String column : columns) {
			String value = record.text(column);
			if (value != null) {
				return value;
			}
		}
		return null;
	}

}
