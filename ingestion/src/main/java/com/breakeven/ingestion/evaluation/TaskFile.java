package com.breakeven.ingestion.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A task file in JSON Lines, one task an object per line, blank lines skipped: <pre>
 * {"id": "refund-1", "prompt": "Is a refund due? Answer yes or no.", "expected": "yes"}
 * {"prompt": "Extract the invoice as JSON.", "expected": {"type": "object", "required": ["total"]}}
 * </pre> {@code id} is optional (the line number otherwise) and unique; {@code prompt} a
 * non-blank string; {@code expected} what the scorer asks for. A file with any bad line
 * is refused whole, naming the file, line and field: an evaluation on part of a file
 * would be a different benchmark under the same name.
 */
public final class TaskFile {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private TaskFile() {
	}

	/**
	 * @param file the task file
	 * @param scorer the scorer the answers will be scored with (checks each
	 * {@code expected})
	 * @return the tasks in file order
	 * @throws IllegalArgumentException naming file, line and field of the first bad task
	 */
	public static List<EvaluationTask> read(Path file, Scorer scorer) {
		List<EvaluationTask> tasks = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		String name = file.getFileName().toString();
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			long line = 0;
			for (String text = reader.readLine(); text != null; text = reader.readLine()) {
				line++;
				if (text.isBlank()) {
					continue;
				}
				EvaluationTask task = task(name, line, text, scorer);
				if (!ids.add(task.id())) {
					throw refused(name, line, "id", "'" + task.id() + "' is used by an earlier task");
				}
				tasks.add(task);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(name + ": cannot be read", ex);
		}
		if (tasks.isEmpty()) {
			throw new IllegalArgumentException(name + ": no tasks (one JSON object a line)");
		}
		return List.copyOf(tasks);
	}

	private static EvaluationTask task(String name, long line, String text, Scorer scorer) {
		JsonNode node;
		try {
			node = JSON.readTree(text);
		}
		catch (JacksonException ex) {
			throw refused(name, line, "line", "not a JSON object: " + ex.getOriginalMessage());
		}
		if (node == null || !node.isObject()) {
			throw refused(name, line, "line", "not a JSON object");
		}
		JsonNode prompt = node.get("prompt");
		if (prompt == null || !prompt.isString() || prompt.asString().isBlank()) {
			throw refused(name, line, "prompt", "missing or not a non-blank string");
		}
		JsonNode id = node.get("id");
		if (id != null && !id.isString() && !id.isNumber()) {
			throw refused(name, line, "id", "must be a string or a number");
		}
		JsonNode expected = node.get("expected");
		if (expected == null || expected.isNull()) {
			throw refused(name, line, "expected", "missing");
		}
		String problem = scorer.problemWith(expected);
		if (problem != null) {
			throw refused(name, line, "expected", problem);
		}
		return new EvaluationTask(line, (id != null) ? id.asString() : String.valueOf(line), prompt.asString(),
				expected);
	}

	private static IllegalArgumentException refused(String name, long line, String field, String reason) {
		return new IllegalArgumentException(name + " line " + line + ", field " + field + ": " + reason);
	}

}
