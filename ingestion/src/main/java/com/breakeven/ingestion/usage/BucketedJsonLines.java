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
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

import com.breakeven.ingestion.RowFailure;

/**
 * Usage API exports read one bucket at a time with Jackson's streaming parser, so memory
 * holds one bucket, never the file. The shapes real files have:
 * <ul>
 * <li>one API page, {@code {"object": "page", "data": [bucket, …], "has_more": …}};</li>
 * <li>several pages in one file, one after the other (each request's answer appended) or
 * as a JSON array of pages;</li>
 * <li>a JSON array of buckets: the pages' {@code data} joined, as OpenAI's cookbook saves
 * them ({@code all_data.extend(data_json.get("data", []))}).</li>
 * </ul>
 * Each bucket has {@code results}; each result is one "line": its 1-based position among
 * all results of the file, so a restart counts the same lines.
 */
final class BucketedJsonLines implements UsageLines {

	/** Turns one result of a bucket into a line. */
	@FunctionalInterface
	interface ResultMapper {

		UsageLine line(JsonNode bucket, JsonNode result, long line, String fileName);

	}

	/** Where the parser is between buckets. */
	private enum Place {

		/** between top-level values */
		TOP,
		/** inside a top-level array of pages or buckets */
		LIST,
		/** inside a page's {@code data} array */
		DATA

	}

	private static final String SHAPES = "a usage API page ({\"data\": [bucket, …]}), pages one after another,"
			+ " or a list of buckets ([{\"start_time\": …, \"results\": […]}, …])";

	/**
	 * Values are read one at a time from inside the file: what follows one is not an
	 * error.
	 */
	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private final JsonParser parser;

	private final ResultMapper mapper;

	private final String fileName;

	private final Deque<UsageLine> pending = new ArrayDeque<>();

	private final Deque<Place> places = new ArrayDeque<>();

	private long results;

	private long buckets;

	private boolean finished;

	BucketedJsonLines(InputStream in, String fileName, ResultMapper mapper) {
		this.fileName = fileName;
		this.mapper = mapper;
		try {
			this.parser = JSON.createParser(in);
		}
		catch (JacksonException ex) {
			throw new UsageFileException(fileName + " is not valid JSON: " + ex.getOriginalMessage(), ex);
		}
		this.places.push(Place.TOP);
	}

	@Override
	public boolean hasNext() {
		while (this.pending.isEmpty() && !this.finished) {
			JsonNode bucket = nextBucket();
			if (bucket == null) {
				this.finished = true;
			}
			else {
				lines(bucket);
			}
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

	/**
	 * @return the next bucket in file order, or {@code null} at the end of the file
	 */
	private JsonNode nextBucket() {
		try {
			while (true) {
				JsonToken token = this.parser.nextToken();
				Place place = this.places.peek();
				if (token == null) {
					if (place != Place.TOP) {
						throw new UsageFileException(this.fileName + " ends inside a JSON value (truncated)", null);
					}
					if (this.buckets == 0) {
						throw new UsageFileException(this.fileName + " holds no usage buckets: expected " + SHAPES,
								null);
					}
					return null;
				}
				if (token == JsonToken.END_ARRAY && place != Place.TOP) {
					this.places.pop();
					if (place == Place.DATA) {
						skipRestOfPage();
					}
					continue;
				}
				if (token == JsonToken.START_ARRAY && place == Place.TOP) {
					this.places.push(Place.LIST);
					continue;
				}
				if (token != JsonToken.START_OBJECT) {
					throw new UsageFileException(this.fileName + " is not " + SHAPES + ": found " + describe(token)
							+ " after result " + this.results, null);
				}
				JsonNode bucket = (place == Place.DATA) ? JSON.readTree(this.parser) : pageOrBucket();
				if (bucket != null) {
					this.buckets++;
					return bucket;
				}
			}
		}
		catch (JacksonException ex) {
			throw new UsageFileException(this.fileName + " is not valid JSON (truncated or malformed) after result "
					+ this.results + ": " + ex.getOriginalMessage(), ex);
		}
	}

	/**
	 * Reads an object that is a page or a bucket, field by field: at a page's
	 * {@code data} array it stops, and the buckets are read from there.
	 * @return the object when it is a bucket, {@code null} when it is a page
	 */
	private JsonNode pageOrBucket() {
		ObjectNode object = JSON.createObjectNode();
		while (this.parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = this.parser.currentName();
			JsonToken value = this.parser.nextToken();
			if ("data".equals(name) && value == JsonToken.START_ARRAY) {
				this.places.push(Place.DATA);
				return null;
			}
			object.set(name, JSON.readTree(this.parser));
		}
		if (!object.has("results")) {
			throw new UsageFileException(this.fileName + " is not " + SHAPES + ": an object after result "
					+ this.results + " has neither \"data\" nor \"results\" (its fields: "
					+ String.join(", ", object.propertyNames()) + ")", null);
		}
		return object;
	}

	/** After a page's {@code data}: its {@code has_more}, {@code next_page}… */
	private void skipRestOfPage() {
		while (this.parser.nextToken() == JsonToken.PROPERTY_NAME) {
			this.parser.nextToken();
			this.parser.skipChildren();
		}
	}

	private static String describe(JsonToken token) {
		return switch (token) {
			case START_ARRAY -> "an array inside an array";
			case VALUE_STRING -> "a text";
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
			default -> token.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
		};
	}

	private void lines(JsonNode bucket) {
		JsonNode results = bucket.path("results");
		if (!results.isArray()) {
			this.results++;
			this.pending.add(new UsageLine.Refused(
					new RowFailure(this.fileName, this.results, "results", null, "the bucket has no results array")));
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
