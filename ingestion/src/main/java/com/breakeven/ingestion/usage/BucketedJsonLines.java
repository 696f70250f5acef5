package com.breakeven.ingestion.usage;

import java.io.InputStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.NoSuchElementException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.breakeven.ingestion.RowFailure;

/**
 * Usage API pages ({@code {"data": [bucket, …]}}, each bucket with {@code results}) read
 * one bucket at a time with Jackson's streaming parser, so memory holds one bucket, never
 * the file. Each result is one "line": its 1-based position among all results of the
 * file.
 */
final class BucketedJsonLines implements UsageLines {

	/** Turns one result of a bucket into a line. */
	@FunctionalInterface
	interface ResultMapper {

		UsageLine line(JsonNode bucket, JsonNode result, long line, String fileName);

	}

	/**
	 * Buckets are read one at a time from inside the page: what follows a bucket is not
	 * an error.
	 */
	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private final JsonParser parser;

	private final ResultMapper mapper;

	private final String fileName;

	private final Deque<UsageLine> pending = new ArrayDeque<>();

	private long results;

	private boolean finished;

	BucketedJsonLines(InputStream in, String fileName, ResultMapper mapper) {
		this.fileName = fileName;
		this.mapper = mapper;
		try {
			this.parser = JSON.createParser(in);
			if (this.parser.nextToken() != JsonToken.START_OBJECT) {
				throw new UsageFileException(fileName + " is not a usage API page: the document is not a JSON object",
						null);
			}
			while (true) {
				JsonToken token = this.parser.nextToken();
				if (token == null || token == JsonToken.END_OBJECT) {
					throw new UsageFileException(fileName + " is not a usage API page: no \"data\" array", null);
				}
				if (token == JsonToken.PROPERTY_NAME && "data".equals(this.parser.currentName())) {
					if (this.parser.nextToken() != JsonToken.START_ARRAY) {
						throw new UsageFileException(fileName + ": \"data\" is not an array", null);
					}
					break;
				}
				this.parser.nextToken();
				this.parser.skipChildren();
			}
		}
		catch (JacksonException ex) {
			throw new UsageFileException(fileName + " is not valid JSON: " + ex.getOriginalMessage(), ex);
		}
	}

	@Override
	public boolean hasNext() {
		while (this.pending.isEmpty() && !this.finished) {
			readBucket();
		}
		return !this.pending.isEmpty();
	}

	@Override
	public UsageLine next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		return this.pending.removeFirst();
	}

	private void readBucket() {
		try {
			JsonToken token = this.parser.nextToken();
			if (token != JsonToken.START_OBJECT) {
				this.finished = true;
				return;
			}
			JsonNode bucket = JSON.readTree(this.parser);
			JsonNode results = bucket.path("results");
			if (!results.isArray()) {
				this.results++;
				this.pending.add(new UsageLine.Refused(new RowFailure(this.fileName, this.results, "results", null,
						"the bucket has no results array")));
				return;
			}
			for (JsonNode result : results) {
				this.results++;
				try {
					this.pending.add(this.mapper.line(bucket, result, this.results, this.fileName));
				}
				catch (Refusal refusal) {
					this.pending.add(new UsageLine.Refused(refusal.failure()));
				}
				catch (IllegalArgumentException invalid) {
					// a usage row's own validation (a negative count, a cost without
					// currency)
					this.pending.add(new UsageLine.Refused(
							new RowFailure(this.fileName, this.results, null, null, invalid.getMessage())));
				}
			}
		}
		catch (JacksonException ex) {
			throw new UsageFileException(this.fileName + " is not valid JSON (truncated or malformed) after result "
					+ this.results + ": " + ex.getOriginalMessage(), ex);
		}
	}

	@Override
	public void close() {
		try {
			this.parser.close();
		}
		catch (JacksonException ex) {
			// closing a half-read stream: nothing to keep
		}
	}

	static Long count(JsonNode node, String field, long line, String fileName) {
		return count(node, field, field, line, fileName);
	}

	/**
	 * @param label the field as a message names it ({@code cache_creation.x})
	 * @return the whole number, or {@code null} when absent; a fraction, a text or a
	 * number beyond {@code long} is refused, never truncated
	 */
	static Long count(JsonNode node, String field, String label, long line, String fileName) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (value.isIntegralNumber() && value.canConvertToLong()) {
			return value.longValue();
		}
		throw refusal(fileName, line, label, value.toString(),
				value.isNumber() ? UsageValues.notACount(value.toString()) : "is not a number");
	}

	static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

	/**
	 * The UTC day a bucket starts: OpenAI writes {@code start_time} in Unix seconds,
	 * Anthropic {@code starting_at} as an ISO date-time.
	 */
	static LocalDate bucketDay(JsonNode bucket, long line, String fileName) {
		JsonNode epoch = bucket.get("start_time");
		if (epoch != null && epoch.isIntegralNumber()) {
			try {
				return Instant.ofEpochSecond(epoch.longValue()).atZone(ZoneOffset.UTC).toLocalDate();
			}
			catch (DateTimeException | ArithmeticException ex) {
				throw refusal(fileName, line, "start_time", epoch.toString(),
						"is not a Unix time in seconds that a date can hold");
			}
		}
		String iso = text(bucket, "starting_at");
		try {
			return ExportDates.utcDay(iso);
		}
		catch (DateTimeParseException | NullPointerException ex) {
			throw refusal(fileName, line, (epoch != null) ? "start_time" : "starting_at",
					(epoch != null) ? epoch.toString() : iso,
					"the bucket needs a start date (start_time or starting_at)");
		}
	}

	/**
	 * @return a refusal of the current result, naming the field and value
	 */
	static Refusal refusal(String fileName, long line, String field, String value, String reason) {
		return new Refusal(fileName, line, field, value, reason);
	}

}
