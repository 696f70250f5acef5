package com.breakeven.ingestion.usage;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

import com.breakeven.ingestion.UsageDay;
import com.breakeven.ingestion.UsageKind;

/**
 * OpenAI's Costs API ({@code GET /v1/organization/costs}): what the organisation was
 * charged per bucket, project and line item. {@code amount.value} is a JSON number in
 * dollars and {@code amount.currency} a lower-case code ({@code "usd"}). The line item
 * ({@code "gpt-4o-2024-08-06, input"}) names the model before the comma. Cost-only BILLED
 * rows: no token counts.
 */
public class OpenAiCostsFormat implements UsageFormat {

	public static final String CODE = "openai-costs";

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public String column(String field) {
		return switch (field) {
			case "date" -> "start_time";
			case "billed_cost" -> "amount.value";
			default -> field;
		};
	}

	@Override
	public UsageLines open(InputStream in, String fileName) {
		return new BucketedJsonLines(in, fileName, OpenAiCostsFormat::line);
	}

	static UsageLine line(JsonNode bucket, JsonNode result, long line, String fileName) {
		LocalDate day = BucketedJsonLines.bucketDay(bucket, line, fileName);
		JsonNode start = bucket.get("start_time");
		JsonNode amount = result.path("amount");
		JsonNode value = amount.get("value");
		if (value == null || !value.isNumber()) {
			throw BucketedJsonLines.refusal(fileName, line, "amount.value", String.valueOf(value),
					"is not a number of dollars");
		}
		// a float in dollars: kept to 12 decimals (see UsageValues.fromBinaryFloat)
		BigDecimal cost = value.isFloatingPointNumber() && !value.isBigDecimal()
				? UsageValues.fromBinaryFloat(value.doubleValue()) : value.decimalValue();
		Currency currency;
		try {
			currency = Currency.getInstance(amount.path("currency").asString("").toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw BucketedJsonLines.refusal(fileName, line, "amount.currency", amount.path("currency").asString(""),
					"is not an ISO-4217 currency");
		}
		String lineItem = BucketedJsonLines.text(result, "line_item");
		String model = (lineItem != null && lineItem.contains(",")) ? lineItem.substring(0, lineItem.indexOf(','))
				: (lineItem != null) ? lineItem : "(all line items)";
		String project = BucketedJsonLines.text(result, "project_id");
		String rowKey = String.join("|", "b" + ((start != null) ? start.asString() : day.toString()),
				String.valueOf(lineItem), String.valueOf(project),
				String.valueOf(BucketedJsonLines.text(result, "api_key_id")));
		return new UsageLine.Accepted(line,
				new UsageDay(day, null, "openai", null, model.trim(), project, project, null, null, null, null, null,
						null, null, null, false, cost, null, null, currency, UsageKind.BILLED, CODE, CODE, rowKey));
	}

}
