package com.breakeven.ingestion.evaluation;

import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The part of JSON Schema (draft 2020-12) that answers to structured-output tasks need:
 * {@code type} (one name or a list), {@code properties}, {@code required},
 * {@code additionalProperties: false}, {@code items}, {@code enum} and {@code const}. A
 * schema using another keyword is refused when the task file is read, never half-applied.
 */
final class JsonSchemaSubset {

	private static final Set<String> KEYWORDS = Set.of("type", "properties", "required", "additionalProperties",
			"items", "enum", "const", "$schema", "title", "description");

	private static final Set<String> TYPES = Set.of("object", "array", "string", "number", "integer", "boolean",
			"null");

	private JsonSchemaSubset() {
	}

	/**
	 * @return why the schema is outside the subset, or {@code null}
	 */
	static String problemWith(JsonNode schema) {
		if (!schema.isObject()) {
			return "a schema must be an object, was " + schema;
		}
		for (String keyword : schema.propertyNames()) {
			if (!KEYWORDS.contains(keyword)) {
				return "JSON Schema keyword '" + keyword + "' is not supported (supported: type, properties, required,"
						+ " additionalProperties false, items, enum, const)";
			}
		}
		JsonNode type = schema.get("type");
		if (type != null) {
			for (JsonNode name : type.isArray() ? type : java.util.List.of(type)) {
				if (!name.isString() || !TYPES.contains(name.asString())) {
					return "unknown JSON Schema type " + name;
				}
			}
		}
		JsonNode additional = schema.get("additionalProperties");
		if (additional != null && !additional.isBoolean()) {
			return "additionalProperties must be true or false";
		}
		JsonNode properties = schema.get("properties");
		if (properties != null) {
			if (!properties.isObject()) {
				return "properties must be an object";
			}
			for (JsonNode property : properties) {
				String problem = problemWith(property);
				if (problem != null) {
					return problem;
				}
			}
		}
		JsonNode required = schema.get("required");
		if (required != null && (!required.isArray() || !allStrings(required))) {
			return "required must be a list of property names";
		}
		JsonNode enumeration = schema.get("enum");
		if (enumeration != null && !enumeration.isArray()) {
			return "enum must be a list";
		}
		JsonNode items = schema.get("items");
		return (items != null) ? problemWith(items) : null;
	}

	/**
	 * @return whether {@code value} is valid against the schema
	 */
	static boolean accepts(JsonNode schema, JsonNode value) {
		JsonNode type = schema.get("type");
		if (type != null && !(type.isArray() ? anyType(type, value) : isType(type.asString(), value))) {
			return false;
		}
		JsonNode constant = schema.get("const");
		if (constant != null && !constant.equals(value)) {
			return false;
		}
		JsonNode enumeration = schema.get("enum");
		if (enumeration != null && !contains(enumeration, value)) {
			return false;
		}
		if (value.isObject()) {
			JsonNode required = schema.get("required");
			if (required != null) {
				for (JsonNode name : required) {
					if (!value.has(name.asString())) {
						return false;
					}
				}
			}
			JsonNode properties = schema.get("properties");
			JsonNode additional = schema.get("additionalProperties");
			for (String name : value.propertyNames()) {
				JsonNode property = (properties != null) ? properties.get(name) : null;
				if (property == null && additional != null && !additional.asBoolean()) {
					return false;
				}
				if (property != null && !accepts(property, value.get(name))) {
					return false;
				}
			}
		}
		JsonNode items = schema.get("items");
		if (value.isArray() && items != null) {
			for (JsonNode item : value) {
				if (!accepts(items, item)) {
					return false;
				}
			}
		}
		return true;
	}

	private static boolean isType(String type, JsonNode value) {
		return switch (type) {
			case "object" -> value.isObject();
			case "array" -> value.isArray();
			case "string" -> value.isString();
			case "number" -> value.isNumber();
			// 1.0 is an integer in JSON Schema
			case "integer" -> value.isIntegralNumber()
					|| (value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0);
			case "boolean" -> value.isBoolean();
			default -> value.isNull();
		};
	}

	private static boolean anyType(JsonNode types, JsonNode value) {
		for (JsonNode type : types) {
			if (isType(type.asString(), value)) {
				return true;
			}
		}
		return false;
	}

	private static boolean contains(JsonNode list, JsonNode value) {
		for (JsonNode item : list) {
			if (item.equals(value)) {
				return true;
			}
		}
		return false;
	}

	private static boolean allStrings(JsonNode list) {
		for (JsonNode item : list) {
			if (!item.isString()) {
				return false;
			}
		}
		return true;
	}

}
