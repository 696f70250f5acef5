package com.breakeven.ingestion.evaluation;

import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;

/**
 * JSON Schema, draft 2020-12 in full (networknt's json-schema-validator, the 3.x line on
 * Jackson 3), for the json-schema scorer: a task's schema is checked against the draft's
 * meta-schema when the task file is read, so a bad schema refuses the file naming its
 * line, never scores every answer wrong. References resolve within the schema and to the
 * draft's own meta-schemas (bundled in the library); nothing is fetched from the network.
 */
final class JsonSchemas {

	private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
			registry -> registry.schemaLoader(loader -> loader.fetchRemoteResources(false)));

	/** The draft's meta-schema: what a schema must itself satisfy. */
	private static final Schema META = REGISTRY
		.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));

	private JsonSchemas() {
	}

	/**
	 * @return why the schema is not a draft 2020-12 schema that can be used, naming where
	 * in it ("$.properties.total.type: …"), or {@code null}
	 */
	static String problemWith(JsonNode schema) {
		List<Error> errors = META.validate(schema);
		if (!errors.isEmpty()) {
			Error first = errors.get(0);
			return "not a JSON Schema (draft 2020-12): at " + first.getInstanceLocation() + ", " + first.getMessage()
					+ ((errors.size() > 1) ? " (and " + (errors.size() - 1) + " more)" : "");
		}
		try {
			// builds every keyword's validator, so a $ref that resolves nowhere is found
			// now
			REGISTRY.getSchema(schema).initializeValidators();
			return null;
		}
		catch (SchemaException | IllegalArgumentException | IllegalStateException ex) {
			return "not a usable JSON Schema: " + ex.getMessage();
		}
	}

	/**
	 * @return whether {@code value} is valid against the schema
	 */
	static boolean accepts(JsonNode schema, JsonNode value) {
		return REGISTRY.getSchema(schema).validate(value).isEmpty();
	}

}
