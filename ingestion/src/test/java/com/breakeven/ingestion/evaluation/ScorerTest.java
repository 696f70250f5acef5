package com.breakeven.ingestion.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScorerTest {

	private static final String INVOICE_SCHEMA = """
			{"type": "object", "required": ["total", "currency"], "additionalProperties": false,
			 "properties": {"total": {"type": "number"}, "currency": {"enum": ["USD", "EUR"]},
			                "lines": {"type": "array", "items": {"type": "string"}}}}""";

	@TempDir
	Path directory;

	private List<EvaluationTask> read(String lines, Scorer scorer) throws IOException {
		return TaskFile.read(Files.writeString(this.directory.resolve("tasks.jsonl"), lines), scorer);
	}

	@Test
	void exactContainsAndRegex_scoreTheTrimmedAnswer() throws IOException {
		EvaluationTask yes = read("{\"prompt\": \"Refund due?\", \"expected\": \"Yes\"}\n", Scorer.EXACT).get(0);
		EvaluationTask digits = read("{\"id\": 7, \"prompt\": \"Total?\", \"expected\": \"\\\\b42\\\\.00\\\\b\"}\n",
				Scorer.REGEX)
			.get(0);

		assertThat(Scorer.EXACT.score("  yes\n", yes)).isTrue();
		assertThat(Scorer.EXACT.score("yes, it is", yes)).isFalse();
		assertThat(Scorer.CONTAINS.score("I think YES.", yes)).isTrue();
		assertThat(Scorer.REGEX.score("The total is 42.00 USD", digits)).isTrue();
		assertThat(Scorer.REGEX.score("The total is 142.001", digits)).isFalse();
		assertThat(digits.id()).isEqualTo("7");
	}

	@Test
	void jsonSchema_acceptsOnlyJsonTheSchemaAccepts() throws IOException {
		EvaluationTask invoice = read(
				"{\"prompt\": \"Invoice as JSON\", \"expected\": " + INVOICE_SCHEMA.strip().replace("\n", " ") + "}\n",
				Scorer.JSON_SCHEMA)
			.get(0);

		assertThat(Scorer.JSON_SCHEMA.score("```json\n{\"total\": 42.0, \"currency\": \"USD\"}\n```", invoice))
			.isTrue();
		assertThat(Scorer.JSON_SCHEMA.score("{\"total\": \"42\", \"currency\": \"USD\"}", invoice)).isFalse();
		assertThat(Scorer.JSON_SCHEMA.score("{\"total\": 42, \"currency\": \"GBP\"}", invoice)).isFalse();
		assertThat(Scorer.JSON_SCHEMA.score("{\"total\": 42, \"currency\": \"EUR\", \"vat\": 1}", invoice)).isFalse();
		assertThat(Scorer.JSON_SCHEMA.score("{\"total\": 42, \"currency\": \"EUR\", \"lines\": [1]}", invoice))
			.isFalse();
		assertThat(Scorer.JSON_SCHEMA.score("the total is 42", invoice)).isFalse();
	}

	@Test
	void read_refusesTheFileAtItsFirstBadLineNamingTheField() {
		assertThatThrownBy(() -> read(
				"{\"prompt\": \"a\", \"expected\": \"b\"}\n\n{\"prompt\": \"\", \"expected\": \"b\"}\n", Scorer.EXACT))
			.hasMessage("tasks.jsonl line 3, field prompt: missing or not a non-blank string");
		assertThatThrownBy(() -> read("{\"prompt\": \"a\", \"expected\": \"(\"}\n", Scorer.REGEX))
			.hasMessageStartingWith("tasks.jsonl line 1, field expected: not a regular expression");
		assertThatThrownBy(() -> read("{\"prompt\": \"a\", \"expected\": {\"minLength\": 3}}\n", Scorer.JSON_SCHEMA))
			.hasMessageContaining("field expected: JSON Schema keyword 'minLength' is not supported");
		assertThatThrownBy(() -> read("{\"id\": \"x\", \"prompt\": \"a\", \"expected\": \"b\"}\n"
				+ "{\"id\": \"x\", \"prompt\": \"c\", \"expected\": \"d\"}\n", Scorer.EXACT))
			.hasMessage("tasks.jsonl line 2, field id: 'x' is used by an earlier task");
		assertThatThrownBy(() -> read("not json\n", Scorer.EXACT))
			.hasMessageStartingWith("tasks.jsonl line 1, field line: not a JSON object");
	}

	@Test
	void answer_withoutContentIsAFailureNotAWrongAnswer() {
		ChatAnswer failed = ChatCompletions.answer("t1", "{\"choices\": []}", 12);
		ChatAnswer answered = ChatCompletions.answer("t1", "{\"choices\": [{\"message\": {\"content\": \"yes\"}}]}",
				12);

		assertThat(failed.outcome()).isEqualTo(ChatAnswer.Outcome.FAILED);
		assertThat(answered.outcome()).isEqualTo(ChatAnswer.Outcome.ANSWERED);
		assertThat(answered.hasUsage()).isFalse();
	}

}
