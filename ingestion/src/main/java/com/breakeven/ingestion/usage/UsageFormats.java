package com.breakeven.ingestion.usage;

import java.util.List;
import java.util.Optional;

/** The registry of usage export formats: one line per format. */
public final class UsageFormats {

	private static final List<UsageFormat> ALL = List.of(new FocusFormat(), new OpenAiUsageFormat(),
			new OpenAiCostsFormat(), new AnthropicUsageFormat(), new AnthropicCostFormat());

	private UsageFormats() {
	}

	/**
	 * @return the format with that code
	 */
	public static Optional<UsageFormat> byCode(String code) {
		return ALL.stream().filter(format -> format.code().equalsIgnoreCase(code)).findFirst();
	}

	/**
	 * @return every format's code
	 */
	public static List<String> codes() {
		return ALL.stream().map(UsageFormat::code).toList();
	}

}
