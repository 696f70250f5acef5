package com.breakeven.ingestion.usage;

import java.io.InputStream;
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
abstract class BucketedJsonLines implements UsageLines {

	/**
	 * Buckets are read one at a time from inside the page: what follows a bucket is not
	 * an error.
	 */
	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private final JsonParser parser;

	private final String fileName;

	private final Deque<UsageLine> pending = new ArrayDeque<>();

	private long results;

	private boolean finished;

	BucketedJsonLines(InputStream in, String fileName) {
		this.fileName = fileName;
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

	/** Turns one result of a bucket into a line. */
	abstract UsageLine line(JsonNode bucket, JsonNode result, long line, String fileName);

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
				this.pending.add(line(bucket, result, this.results, this.fileName));
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

	static Long count(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asLong();
	}

	static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

}
