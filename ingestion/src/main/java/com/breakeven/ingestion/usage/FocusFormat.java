package com.breakeven.ingestion.usage;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.breakeven.ingestion.RowFailure;
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
public class FocusFormat implements UsageFormat {

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

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Token class of a meter. */
	enum TokenClass {

		INPUT, CACHED_INPUT, CACHE_WRITE, OUTPUT

	}

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public UsageLines open(InputStream in, String fileName) {
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.get();
		try {
			CSVParser parser = CSVParser.parse(withoutByteOrderMark(in), format);
			Map<String, Integer> header = parser.getHeaderMap();
			for (String column : REQUIRED) {
				if (!header.containsKey(column)) {
					parser.close();
					throw new UsageFileException(
							fileName + " line 1: required FOCUS column '" + column + "' is missing from the header",
							null);
				}
			}
			return new Lines(parser, fileName);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + fileName, ex);
		}
	}

	private static Reader withoutByteOrderMark(InputStream in) throws IOException {
		PushbackReader reader = new PushbackReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1);
		int first = reader.read();
		if (first != -1 && first != '\uFEFF') {
			reader.unread(first);
		}
		return reader;
	}

	private static final class Lines implements UsageLines {

		private final CSVParser parser;

		private final Iterator<CSVRecord> records;

		private final String fileName;

		Lines(CSVParser parser, String fileName) {
			this.parser = parser;
			this.records = parser.iterator();
			this.fileName = fileName;
		}

		@Override
		public boolean hasNext() {
			return this.records.hasNext();
		}

		@Override
		public UsageLine next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			CSVRecord record = this.records.next();
			return line(record, this.fileName);
		}

		@Override
		public void close() {
			try {
				this.parser.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	static UsageLine line(CSVRecord record, String fileName) {
		long line = record.getRecordNumber() + 1;
		String serviceName = text(record, "ServiceName");
		String category = text(record, "ServiceCategory");
		boolean ai = AI_CATEGORY.equalsIgnoreCase(category)
				|| (serviceName != null && AI_SERVICES.contains(serviceName.toLowerCase(Locale.ROOT)));
		if (!ai) {
			return new UsageLine.Skipped(line, "not an AI service: " + serviceName + " (" + category + ")");
		}
		try {
			LocalDate day = day(record, fileName, line);
			Currency currency = currency(record, fileName, line);
			BigDecimal billed = decimal(record, "BilledCost", true, fileName, line);
			BigDecimal effective = decimal(record, "EffectiveCost", false, fileName, line);
			BigDecimal list = decimal(record, "ListCost", false, fileName, line);
			String meter = firstPresent(record, "x_SkuMeterName", "ChargeDescription", "SkuId");
			TokenClass tokenClass = (meter != null) ? tokenClass(meter) : null;
			Long tokens = tokens(record, fileName, line);
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
			String model = (meter != null) ? modelOf(meter) : null;
			JsonNode tags = tags(record, fileName, line);
			String subAccount = text(record, "SubAccountId");
			String billingAccount = text(record, "BillingAccountId");
			UsageDay usage = new UsageDay(day, null, text(record, "ProviderName"), null,
					(model != null) ? model : serviceName, (subAccount != null) ? subAccount : billingAccount,
					tag(tags, "project", "Project", "costcenter"), tag(tags, "team", "Team"),
					tag(tags, "app", "application", "Application"), (tags != null) ? tags.toString() : null, input,
					cached, cacheWrite, output, null, false, billed, effective, list, currency, UsageKind.BILLED, CODE,
					"focus:" + ((billingAccount != null) ? billingAccount : "unknown-billing-account"), "L" + line);
			return new UsageLine.Accepted(line, usage);
		}
		catch (Refusal refusal) {
			return new UsageLine.Refused(refusal.failure);
		}
	}

	/**
	 * "gpt-4o-0513 Inp glbl Tokens" → input; "USE1-Claude3.5Sonnet-output-tokens" →
	 * output.
	 */
	static TokenClass tokenClass(String meter) {
		String text = meter.toLowerCase(Locale.ROOT);
		if (text.matches(".*(cache[ -]?write|cache creation|cache-write).*")) {
			return TokenClass.CACHE_WRITE;
		}
		if (text.matches(".*(\\bcached\\b|cache[ -]?read|\\bcchd\\b|cache hit).*")) {
			return TokenClass.CACHED_INPUT;
		}
		if (text.matches(".*(\\boutp\\b|\\boutput\\b|-output-|\\bcompletion\\b).*")) {
			return TokenClass.OUTPUT;
		}
		if (text.matches(".*(\\binp\\b|\\binput\\b|-input-|\\bprompt\\b).*")) {
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

	private static Long tokens(CSVRecord record, String fileName, long line) {
		String unit = text(record, "ConsumedUnit");
		if (unit == null) {
			return null;
		}
		Matcher tokenUnit = TOKEN_UNIT.matcher(unit.trim());
		if (!tokenUnit.matches()) {
			return null;
		}
		BigDecimal quantity = decimal(record, "ConsumedQuantity", false, fileName, line);
		if (quantity == null) {
			return null;
		}
		long block = (tokenUnit.group(1) != null) ? Long.parseLong(tokenUnit.group(1)) : 1;
		if ("K".equalsIgnoreCase(tokenUnit.group(2))) {
			block *= 1_000;
		}
		else if ("M".equalsIgnoreCase(tokenUnit.group(2))) {
			block *= 1_000_000;
		}
		return quantity.multiply(BigDecimal.valueOf(block))
			.setScale(0, java.math.RoundingMode.HALF_UP)
			.longValueExact();
	}

	private static LocalDate day(CSVRecord record, String fileName, long line) {
		String value = text(record, "ChargePeriodStart");
		if (value == null) {
			throw new Refusal(new RowFailure(fileName, line, "ChargePeriodStart", null, "a value is required"));
		}
		try {
			return ExportDates.utcDay(value);
		}
		catch (DateTimeParseException ex) {
			throw new Refusal(new RowFailure(fileName, line, "ChargePeriodStart", value,
					"is not a date or date-time (2024-09-18, 2024-09-18 22:00:00, 2024-09-18T22:00:00Z or 9/18/24)"));
		}
	}

	private static Currency currency(CSVRecord record, String fileName, long line) {
		String value = text(record, "BillingCurrency");
		try {
			return Currency.getInstance(value.trim().toUpperCase(Locale.ROOT));
		}
		catch (RuntimeException ex) {
			throw new Refusal(new RowFailure(fileName, line, "BillingCurrency", value, "is not an ISO-4217 currency"));
		}
	}

	private static BigDecimal decimal(CSVRecord record, String column, boolean required, String fileName, long line) {
		String value = text(record, column);
		if (value == null) {
			if (required) {
				throw new Refusal(new RowFailure(fileName, line, column, null, "a value is required"));
			}
			return null;
		}
		try {
			return new BigDecimal(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new Refusal(new RowFailure(fileName, line, column, value, "is not a decimal number"));
		}
	}

	private static JsonNode tags(CSVRecord record, String fileName, long line) {
		String value = text(record, "Tags");
		if (value == null || value.isBlank()) {
			return null;
		}
		String json = value.trim().startsWith("{") ? value.trim() : "{" + value.trim() + "}";
		try {
			JsonNode node = JSON.readTree(json);
			return node.isObject() ? node : null;
		}
		catch (JacksonException ex) {
			throw new Refusal(new RowFailure(fileName, line, "Tags", value, "is not a JSON object of tags"));
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

	private static String firstPresent(CSVRecord record, String... columns) {
		for (String column : columns) {
			String value = text(record, column);
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	/**
	 * A column's value, {@code null} when the column is absent, empty or the bare word
	 * NULL.
	 */
	private static String text(CSVRecord record, String column) {
		if (!record.isMapped(column) || !record.isSet(column)) {
			return null;
		}
		String value = record.get(column);
		return (value == null || value.isBlank() || value.trim().equalsIgnoreCase("NULL")) ? null : value;
	}

	/** Unwinds one line's parsing; never escapes this class. */
	private static final class Refusal extends RuntimeException {

		private final transient RowFailure failure;

		Refusal(RowFailure failure) {
			super(failure.describe(), null, false, false);
			this.failure = failure;
		}

	}

}
