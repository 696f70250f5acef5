package com.breakeven.ingestion.evaluation;

import java.util.Objects;

import tools.jackson.databind.JsonNode;

/**
 * One task of a task file: a prompt and what a correct answer must match.
 *
 * @param line the task's line in its file, from 1
 * @param id the task's own id, or its line number when it has none
 * @param prompt the user message sent to the model
 * @param expected a string for the exact, contains and regex scorers, a JSON Schema
 * object for the json-schema scorer
 */
public record EvaluationTask(long line, String id, String prompt, JsonNode expected) {

	public EvaluationTask {
		Objects.requireNonNull(id, "id must not be null");
		Objects.requireNonNull(prompt, "prompt must not be null");
		Objects.requireNonNull(expected, "expected must not be null");
	}

}
