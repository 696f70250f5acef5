package com.breakeven.web.api;

/**
 * Descriptions the OpenAPI document repeats across endpoints, written once so every field
 * of the same kind states the same unit.
 */
public final class ApiDocs {

	/** An ISO 4217 currency code. */
	public static final String CURRENCY = "ISO 4217 currency code of the amounts.";

	/** A money amount as a decimal string in the record's currency. */
	public static final String MONEY = " in the currency given by currency (decimal string).";

	/** A token price as a decimal string in the record's currency. */
	public static final String PER_MILLION = " in the currency given by currency per million tokens (decimal string).";

	/** A day. */
	public static final String ISO_DATE = ", ISO date YYYY-MM-DD.";

	/** An instant. */
	public static final String INSTANT = ", ISO 8601 date-time with offset.";

	/** Where a catalogue row's figures come from. */
	public static final String SOURCE = "Where the figures come from: a datasheet, a price list, a benchmark, or "
			+ "\"assumption\" with why.";

	/** A model's canonical name. */
	public static final String MODEL = "Canonical name of the model (creator/model).";

	/** A model given by any of its names. */
	public static final String MODEL_OR_ALIAS = "Canonical name or any alias of the model.";

	/** A catalogued GPU's code. */
	public static final String GPU_CODE = "Code of the catalogued GPU.";

	/** A hardware profile's code. */
	public static final String HARDWARE_CODE = "Code of the hardware profile: one node as bought.";

	/** A hosting profile's code. */
	public static final String HOSTING_CODE = "Code of the hosting profile: where nodes run and what that costs.";

	/** A display name. */
	public static final String DISPLAY_NAME = "Name shown to people.";

	private ApiDocs() {
	}

}
