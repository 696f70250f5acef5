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
 * Anthropic's cost report (Admin API {@code /v1/organizations/cost_report}).
 * {@code amount} is a decimal <em>string in cents</em>: {@code "123.78912"} is USD
 * 1.2378912. Cost-only BILLED rows per model, token type, workspace and service tier.
 */
public class AnthropicCostFormat implements UsageFormat {

	public static final String CODE = "anthropic-costs";

	private static final BigDecimal CENTS_PER_UNIT = new BigDecimal(100);

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public String column(String field) {
		return switch (field) {
			case "date" -> "starting_at";
			case "billed_cost" -> "amount";
			default -> field;
		};
	}

	@Override
	public UsageLines open(InputStream in, String fileName) {
		return new BucketedJsonLines(in, fileName, AnthropicCostFormat::line);
	}

	static UsageLine line(JsonNode bucket, JsonNode result, long line, String fileName) {
		LocalDate day = BucketedJsonLines.bucketDay(bucket, line, fileName);
		String start = BucketedJsonLines.text(bucket, "starting_at");
		String cents = BucketedJsonLines.text(result, "amount");
		BigDecimal amount;
		try {
			// Convert once, here: cents → currency units, exactly
			amount = new BigDecimal(cents.trim()).divide(CENTS_PER_UNIT);
		}
		catch (NumberFormatException | NullPointerException ex) {
			throw BucketedJsonLines.refusal(fileName, line, "amount", cents, "is not a decimal string of cents");
		}
		Currency currency;
		try {
			currency = Currency
				.getInstance(String.valueOf(BucketedJsonLines.text(result, "currency")).toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw BucketedJsonLines.refusal(fileName, line, "currency", BucketedJsonLines.text(result, "currency"),
					"is not an ISO-4217 currency");
		}
		String model = BucketedJsonLines.text(result, "model");
		String workspace = BucketedJsonLines.text(result, "workspace_id");
		String rowKey = String.join("|", start, String.valueOf(model), String.valueOf(workspace),
				String.valueOf(BucketedJsonLines.text(result, "cost_type")),
				String.valueOf(BucketedJsonLines.text(result, "token_type")),
				String.valueOf(BucketedJsonLines.text(result, "service_tier")),
				String.valueOf(BucketedJsonLines.text(result, "context_window")),
				String.valueOf(BucketedJsonLines.text(result, "description")));
		return new UsageLine.Accepted(line,
				new UsageDay(day, null, "anthropic", null,
						(model != null) ? model : String.valueOf(BucketedJsonLines.text(result, "description")),
						workspace, null, null, null, null, null, null, null, null, null, false, amount, null, null,
						currency, UsageKind.BILLED, CODE, CODE, rowKey));
	}

}
