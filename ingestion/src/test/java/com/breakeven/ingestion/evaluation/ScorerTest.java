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
		assertThatThrownBy(() -> read(
				"{\"prompt\": \"a\", \"expected\": \"b\"}\n"
						+ "{\"prompt\": \"a\", \"expected\": {\"properties\": {\"total\": {\"type\": \"decimal\"}}}}\n",
				Scorer.JSON_SCHEMA))
			.hasMessageStartingWith("tasks.jsonl line 1, field expected: must be a JSON Schema object");
		assertThatThrownBy(() -> read("{\"id\": \"x\", \"prompt\": \"a\", \"expected\": \"b\"}\n"
				+ "{\"id\": \"x\", \"prompt\": \"c\", \"expected\": \"d\"}\n", Scorer.EXACT))
			.hasMessage("tasks.jsonl line 2, field id: 'x' is used by an earlier task");
		assertThatThrownBy(() -> read("not json\n", Scorer.EXACT))
			.hasMessageStartingWith("tasks.jsonl line 1, field line: not a JSON object");
	}

	@Test
	void jsonSchema_keywordsBeyondTheOldSubsetApply() throws IOException {
		// draft 2020-12: bounds, patterns, $defs with $ref, oneOf, prefixItems
		String schema = """
				{"$defs": {"code": {"type": "string", "pattern": "^[A-Z]{3}$"}},
				 "type": "object", "required": ["total", "currency"],
				 "properties": {"total": {"type": "number", "exclusiveMinimum": 0},
				                "currency": {"$ref": "#/$defs/code"},
				                "reference": {"type": "string", "minLength": 4},
				                "paid": {"oneOf": [{"type": "boolean"}, {"const": "partly"}]},
				                "pair": {"type": "array", "prefixItems": [{"type": "string"}, {"type": "integer"}],
				                         "items": false}}}""".replace("\n", " ");
		EvaluationTask task = read("{\"prompt\": \"p\", \"expected\": " + schema + "}\n", Scorer.JSON_SCHEMA).get(0);

		assertThat(Scorer.JSON_SCHEMA.score("{\"total\": 12.5, \"currency\": \"EUR\", \"reference\": \"INV-7\","
				+ " \"paid\": \"partly\", \"pair\": [\"a\", 1]}", task))
			.isTrue();
		assertThat(Scorer.JSON_SCHEMA.score("{\"total\": 0, \"currency\": \"EUR\"}", task)).as("exclusiveMinimum")
			.isFalse();
		assertThat(Scorer.JSON_SCHEMA.score("{\"total\": 1, \"currency\": \"eur\"}", task)).as("pattern via $ref")
			.isFalse();
		assertThat(Scorer.JSON_SCHEMA.score("{\"total\": 1, \"currency\": \"EUR\", \"reference\": \"INV\"}", task))
			.as("minLength")
			.isFalse();
		assertThat(Scorer.JSON_SCHEMA.score("{\"total\": 1, \"currency\": \"EUR\", \"paid\": \"no\"}", task))
			.as("oneOf")
			.isFalse();
		assertThat(Scorer.JSON_SCHEMA.score("{\"total\": 1, \"currency\": \"EUR\", \"pair\": [\"a\", 1, 2]}", task))
			.as("items false after prefixItems")
			.isFalse();
	}

	@Test
	void read_refusesASchemaThatIsNoDraft202012SchemaNamingLineFieldAndPlace() {
		// "decimal" is no JSON type: the meta-schema refuses it where it stands
		assertThatThrownBy(() -> read(
				"{\"prompt\": \"a\", \"expected\": {\"type\": \"object\"}}\n"
						+ "{\"prompt\": \"b\", \"expected\": {\"properties\": {\"total\": {\"type\": \"decimal\"}}}}\n",
				Scorer.JSON_SCHEMA))
			.hasMessageStartingWith("tasks.jsonl line 2, field expected: not a JSON Schema (draft 2020-12): ")
			.hasMessageContaining("at /properties/total/type, does not have a value in the enumeration");
		assertThatThrownBy(() -> read("{\"prompt\": \"a\", \"expected\": {\"minLength\": -1}}\n", Scorer.JSON_SCHEMA))
			.hasMessageStartingWith("tasks.jsonl line 1, field expected: not a JSON Schema (draft 2020-12): ")
			.hasMessageContaining("minLength");
		assertThatThrownBy(
				() -> read("{\"prompt\": \"a\", \"expected\": {\"required\": \"total\"}}\n", Scorer.JSON_SCHEMA))
			.hasMessageContaining("line 1, field expected: not a JSON Schema (draft 2020-12): ")
			.hasMessageContaining("required");
		// a reference that resolves nowhere, found before any request is sent
		assertThatThrownBy(
				() -> read("{\"prompt\": \"a\", \"expected\": {\"$ref\": \"#/$defs/missing\"}}\n", Scorer.JSON_SCHEMA))
			.hasMessageStartingWith("tasks.jsonl line 1, field expected: not a usable JSON Schema: ");
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
