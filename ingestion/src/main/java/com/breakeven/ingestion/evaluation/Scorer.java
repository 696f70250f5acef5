package com.breakeven.ingestion.evaluation;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How an answer is scored against a task's {@code expected}. Answers and expected strings
 * are compared after trimming white space at both ends.
 */
public enum Scorer {

	/** The answer is the expected string, letter case aside. */
	EXACT("exact") {
		@Override
		boolean correct(String answer, JsonNode expected) {
			return answer.strip().equalsIgnoreCase(expected.asString().strip());
		}
	},

	/** The answer contains the expected string, letter case aside. */
	CONTAINS("contains") {
		@Override
		boolean correct(String answer, JsonNode expected) {
			return answer.toLowerCase(Locale.ROOT).contains(expected.asString().strip().toLowerCase(Locale.ROOT));
		}
	},

	/** The expected regular expression (Java syntax) is found in the answer. */
	REGEX("regex") {
		@Override
		boolean correct(String answer, JsonNode expected) {
			return Pattern.compile(expected.asString()).matcher(answer.strip()).find();
		}

		@Override
		String problemWith(JsonNode expected) {
			String problem = super.problemWith(expected);
			if (problem != null) {
				return problem;
			}
			try {
				Pattern.compile(expected.asString());
				return null;
			}
			catch (PatternSyntaxException ex) {
				return "not a regular expression: " + ex.getDescription();
			}
		}
	},

	/**
	 * The answer is JSON (alone, or in one fenced code block) that the expected schema
	 * accepts ({@link JsonSchemas}: JSON Schema draft 2020-12).
	 */
	JSON_SCHEMA("json-schema") {
		@Override
		boolean correct(String answer, JsonNode expected) {
			return json(answer).map(value -> JsonSchemas.accepts(expected, value)).orElse(false);
		}

		@Override
		String problemWith(JsonNode expected) {
			return expected.isObject() ? JsonSchemas.problemWith(expected)
					: "must be a JSON Schema object for the json-schema scorer";
		}
	};

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern FENCED = Pattern.compile("```(?:json)?\\s*(.*?)```", Pattern.DOTALL);

	private static final Map<String, Scorer> BY_NAME = Map.of("exact", EXACT, "contains", CONTAINS, "regex", REGEX,
			"json-schema", JSON_SCHEMA);

	private final String optionName;

	Scorer(String optionName) {
		this.optionName = optionName;
	}

	/** The name on the command line ({@code json-schema}). */
	public String optionName() {
		return this.optionName;
	}

	/**
	 * @return the scorer with that command-line name
	 * @throws IllegalArgumentException naming the scorers there are
	 */
	public static Scorer named(String name) {
		Scorer scorer = BY_NAME.get(name);
		if (scorer == null) {
			throw new IllegalArgumentException(
					"--scorer must be exact, contains, regex or json-schema, was '" + name + "'");
		}
		return scorer;
	}

	/**
	 * @param answer the model's answer
	 * @param task the task answered
	 * @return whether the answer is correct
	 */
	public boolean score(String answer, EvaluationTask task) {
		return correct(answer, task.expected());
	}

	abstract boolean correct(String answer, JsonNode expected);

	/**
	 * @return why {@code expected} cannot be scored this way, or {@code null}
	 */
	String problemWith(JsonNode expected) {
		return expected.isString() ? null : "must be a string for the " + this.optionName + " scorer";
	}

	private static Optional<JsonNode> json(String answer) {
		String text = answer.strip();
		var fenced = FENCED.matcher(text);
		if (fenced.find()) {
			text = fenced.group(1).strip();
		}
		try {
			return Optional.ofNullable(JSON.readTree(text));
		}
		catch (JacksonException ex) {
			return Optional.empty();
		}
	}

}
