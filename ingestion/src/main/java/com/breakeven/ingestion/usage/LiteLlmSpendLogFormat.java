package com.breakeven.ingestion.usage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.List;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import com.breakeven.ingestion.UsageDay;
import com.breakeven.ingestion.UsageKind;

/**
 * A CSV export of LiteLLM proxy's spend-log table ({@code LiteLLM_SpendLogs}): one row
 * per request, identified by {@code request_id}. {@code spend} is LiteLLM's own estimate
 * in USD from its price map (an ESTIMATE row, never summed with billed rows of the same
 * traffic). {@code prompt_tokens} follows the OpenAI convention and may include cached
 * tokens the log does not separate, so it is stored as input and no cached count is
 * invented. The team is the account; request tags are kept as JSON.
 */
public class LiteLlmSpendLogFormat implements TabularFormat {

	public static final String CODE = "litellm-spend";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Currency USD = Currency.getInstance("USD");

	private static final List<String> REQUIRED = List.of("request_id", "startTime", "model", "spend");

	@Override
	public boolean oneRecordPerLine() {
		return true;
	}

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public String column(String field) {
		return switch (field) {
			case "date" -> "startTime";
			case "billed_cost" -> "spend";
			case "provider" -> "custom_llm_provider";
			case "account", "team" -> "team_id";
			case "application" -> "user";
			case "tags" -> "request_tags";
			case "row_key" -> "request_id";
			default -> field;
		};
	}

	@Override
	public Table table() {
		return new Table("LiteLLM spend-log", REQUIRED, Set.copyOf(REQUIRED), LiteLlmSpendLogFormat::line);
	}

	static UsageLine line(ExportRow record, long line, String fileName) {
		String requestId = record.text("request_id");
		if (requestId == null) {
			throw new Refusal(fileName, line, "request_id", null, "a value is required");
		}
		String start = record.text("startTime");
		LocalDate day;
		try {
			day = ExportDates.utcDay(String.valueOf(start));
		}
		catch (DateTimeParseException ex) {
			throw new Refusal(fileName, line, "startTime", start, "is not a date-time");
		}
		String model = record.text("model");
		if (model == null) {
			throw new Refusal(fileName, line, "model", null, "a value is required");
		}
		BigDecimal spend = record.decimal("spend", true, line, fileName);
		String provider = record.text("custom_llm_provider");
		String team = record.text("team_id");
		String tags = record.text("request_tags");
		if (tags != null && !isJsonArray(tags)) {
			throw new Refusal(fileName, line, "request_tags", tags,
					"is not a JSON array of tags (such as [\"prod\", \"chat\"])");
		}
		return new UsageLine.Accepted(line,
				new UsageDay(day, null, (provider != null) ? provider : "litellm-proxy", null, model, team, null, team,
						record.text("user"), (tags != null) ? "{\"request_tags\": " + tags + "}" : null,
						record.count("prompt_tokens", line, fileName), null, null,
						record.count("completion_tokens", line, fileName), 1L, false, spend, null, null, USD,
						UsageKind.ESTIMATE, CODE, CODE, requestId));
	}

	private static boolean isJsonArray(String text) {
		try {
			return JSON.readTree(text).isArray();
		}
		catch (JacksonException ex) {
			return false;
		}
	}

}
