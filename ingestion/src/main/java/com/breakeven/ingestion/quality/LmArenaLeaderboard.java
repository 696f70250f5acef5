package com.breakeven.ingestion.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * LMArena's text leaderboard as lmarena/arena-catalog publishes it
 * ({@code data/leaderboard-text.json}): per category ({@code full} is the overall board,
 * then {@code coding}, {@code math}, languages, industries), per model key, a
 * Bradley-Terry rating on the Elo scale with the bounds of its 95 % interval
 * ({@code rating_q025}, {@code rating_q975}). The file carries no date.
 */
final class LmArenaLeaderboard {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * The table keeps four decimals; the file writes a double's thirteen, which say no
	 * more about a rating with an interval some ten points wide.
	 */
	private static final int DECIMALS = 4;

	private LmArenaLeaderboard() {
	}

	/**
	 * One rating of a key.
	 *
	 * @param category the board it was rated on
	 * @param rating the rating
	 * @param lower the 2.5th percentile
	 * @param upper the 97.5th percentile
	 */
	record Rating(String category, BigDecimal rating, BigDecimal lower, BigDecimal upper) {

	}

	/**
	 * A model key with its ratings, in the file's order.
	 *
	 * @param key LMArena's name of the model ({@code gpt-4o-2024-08-06})
	 * @param line the line the key first appears on
	 * @param ratings one per category that rates it
	 */
	record Entry(String key, long line, List<Rating> ratings) {

	}

	/**
	 * @param json the file
	 * @param fileName its name, for messages
	 * @return every key with its ratings
	 * @throws QualityFileException naming file, line, category, key and field when the
	 * file is not this leaderboard
	 */
	static List<Entry> read(byte[] json, String fileName) {
		JsonNode root;
		try {
			root = JSON.readTree(json);
		}
		catch (JacksonException ex) {
			throw new QualityFileException(fileName + ": not JSON (" + ex.getOriginalMessage() + ")", ex);
		}
		if (root == null || !root.isObject() || root.isEmpty()) {
			throw new QualityFileException(
					fileName + ": not LMArena's leaderboard: expected {category: {model key: {rating, …}}}", null);
		}
		JsonLines lines = JsonLines.of(json, 2);
		Map<String, Long> firstLines = new LinkedHashMap<>();
		Map<String, List<Rating>> ratings = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> category : root.properties()) {
			if (!category.getValue().isObject()) {
				throw new QualityFileException(fileName + ", line " + lines.line(category.getKey()) + ", category '"
						+ category.getKey() + "': not an object of model keys", null);
			}
			for (Map.Entry<String, JsonNode> model : category.getValue().properties()) {
				long line = lines.line(category.getKey(), model.getKey());
				String where = fileName + ", line " + line + ", category '" + category.getKey() + "', key '"
						+ model.getKey() + "'";
				BigDecimal rating = number(model.getValue(), "rating", where);
				BigDecimal lower = number(model.getValue(), "rating_q025", where);
				BigDecimal upper = number(model.getValue(), "rating_q975", where);
				if (lower.compareTo(rating) > 0 || rating.compareTo(upper) > 0) {
					throw new QualityFileException(
							where + ": rating " + rating + " lies outside its interval " + lower + " to " + upper,
							null);
				}
				firstLines.putIfAbsent(model.getKey(), line);
				ratings.computeIfAbsent(model.getKey(), key -> new ArrayList<>())
					.add(new Rating(category.getKey(), rating, lower, upper));
			}
		}
		List<Entry> entries = new ArrayList<>();
		ratings.forEach((key, rated) -> entries.add(new Entry(key, firstLines.get(key), List.copyOf(rated))));
		return entries;
	}

	private static BigDecimal number(JsonNode rated, String field, String where) {
		JsonNode value = rated.path(field);
		if (!value.isNumber()) {
			throw new QualityFileException(where + ", field '" + field + "': missing or not a number", null);
		}
		return value.decimalValue().setScale(DECIMALS, RoundingMode.HALF_UP);
	}

}
