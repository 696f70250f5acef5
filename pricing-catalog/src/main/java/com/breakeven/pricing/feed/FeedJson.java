package com.breakeven.pricing.feed;

import java.io.InputStream;
import java.math.BigDecimal;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON reading shared by the feeds: floats as exact decimals, and errors that say where
 * the document broke.
 */
final class FeedJson {

	/**
	 * Floats are read as BigDecimal: 2.5e-06 stays exactly 0.0000025, never a binary
	 * approximation.
	 */
	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private FeedJson() {
	}

	static JsonNode readTree(InputStream in, String sourceName) {
		try {
			JsonNode root = MAPPER.readTree(in);
			if (root == null || root.isMissingNode()) {
				throw new FeedFormatException(sourceName + " is empty", null);
			}
			return root;
		}
		catch (JacksonException ex) {
			throw new FeedFormatException(sourceName + " is not valid JSON (truncated or malformed): "
					+ ex.getOriginalMessage() + locationOf(ex), ex);
		}
	}

	/** A number, or a string holding one; {@code null} when absent or JSON null. */
	static BigDecimal decimal(JsonNode node) throws NumberFormatException {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return null;
		}
		if (node.isNumber()) {
			return node.decimalValue();
		}
		if (node.isString()) {
			return new BigDecimal(node.stringValue().trim());
		}
		throw new NumberFormatException("not a number: " + node);
	}

	/** An integer when the node holds a whole number, else {@code null}. */
	static Integer integerOrNull(JsonNode node) {
		if (node == null || !node.isNumber()) {
			return null;
		}
		BigDecimal value = node.decimalValue();
		return (value.signum() > 0 && value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) ? value.intValue()
				: null;
	}

	static String text(JsonNode node) {
		return (node == null || node.isNull() || node.isMissingNode()) ? null : node.asString();
	}

	private static String locationOf(JacksonException ex) {
		return (ex.getLocation() != null)
				? " at line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() : "";
	}

}
