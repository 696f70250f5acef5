package com.breakeven.ingestion.usage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The registry of usage export formats: one line per format. */
public final class UsageFormats {

	private static final List<UsageFormat> ALL = List.of(new FocusFormat(), new OpenAiUsageFormat(),
			new OpenAiCostsFormat(), new AnthropicUsageFormat(), new AnthropicCostFormat(),
			new LiteLlmSpendLogFormat());

	private UsageFormats() {
	}

	/**
	 * @return the format with that code
	 */
	public static Optional<UsageFormat> byCode(String code) {
		return ALL.stream().filter(format -> format.code().equalsIgnoreCase(code)).findFirst();
	}

	/**
	 * @param code a format code
	 * @param mapping the column mapping, for the {@code generic} format only
	 * @return the format, configured
	 */
	public static Optional<UsageFormat> byCode(String code, String mapping) {
		if (GenericCsvFormat.CODE.equalsIgnoreCase(code)) {
			return Optional.of(new GenericCsvFormat(mapping));
		}
		return byCode(code);
	}

	/**
	 * @return every format's code
	 */
	public static List<String> codes() {
		List<String> codes = new ArrayList<>(ALL.stream().map(UsageFormat::code).toList());
		codes.add(GenericCsvFormat.CODE);
		return codes;
	}

}
