package com.breakeven.ingestion.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The line each property of a JSON document starts on, for reports that name where a
 * value is ({@code results → mmlu → acc} on line 12). A parsed tree keeps no lines, so
 * the document is read once more as tokens.
 */
final class JsonLines {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Map<List<String>, Integer> lines;

	private JsonLines(Map<List<String>, Integer> lines) {
		this.lines = lines;
	}

	/**
	 * @param json a document already known to parse
	 * @param depth how deep to record: 2 records {@code a → b}, not {@code a → b → c}
	 * @return the lines of its properties down to that depth, arrays not entered
	 */
	static JsonLines of(byte[] json, int depth) {
		Map<List<String>, Integer> lines = new HashMap<>();
		List<String> path = new ArrayList<>();
		// per open object: whether it pushed a name onto the path
		List<Boolean> named = new ArrayList<>();
		String pending = null;
		try (JsonParser parser = JSON.createParser(json)) {
			for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
				switch (token) {
					case PROPERTY_NAME -> {
						pending = parser.currentName();
						if (path.size() < depth) {
							List<String> at = new ArrayList<>(path);
							at.add(pending);
							lines.putIfAbsent(List.copyOf(at), parser.currentTokenLocation().getLineNr());
						}
					}
					case START_OBJECT -> {
						named.add(pending != null);
						if (pending != null) {
							path.add(pending);
						}
						pending = null;
					}
					case END_OBJECT -> {
						if (named.remove(named.size() - 1)) {
							path.remove(path.size() - 1);
						}
					}
					case START_ARRAY -> {
						parser.skipChildren();
						pending = null;
					}
					default -> pending = null;
				}
			}
		}
		catch (JacksonException ex) {
			// the caller parsed the document before: lines are then only what was read
		}
		return new JsonLines(lines);
	}

	/**
	 * @param path property names from the root
	 * @return its line, or 1 when not recorded (a line is at least 1)
	 */
	long line(String... path) {
		return this.lines.getOrDefault(List.of(path), 1);
	}

}
