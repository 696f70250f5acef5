package com.breakeven.ingestion.usage;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.List;

import org.apache.commons.csv.CSVRecord;

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
public class LiteLlmSpendLogFormat implements UsageFormat {

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
	public UsageLines open(InputStream in, String fileName) {
		return new CsvUsageLines(in, fileName, "LiteLLM spend-log", REQUIRED, LiteLlmSpendLogFormat::line);
	}

	static UsageLine line(CSVRecord record, long line, String fileName) {
		String requestId = CsvUsageLines.text(record, "request_id");
		if (requestId == null) {
			throw CsvUsageLines.refusal(fileName, line, "request_id", null, "a value is required");
		}
		String start = CsvUsageLines.text(record, "startTime");
		LocalDate day;
		try {
			day = ExportDates.utcDay(String.valueOf(start));
		}
		catch (DateTimeParseException ex) {
			throw CsvUsageLines.refusal(fileName, line, "startTime", start, "is not a date-time");
		}
		String model = CsvUsageLines.text(record, "model");
		if (model == null) {
			throw CsvUsageLines.refusal(fileName, line, "model", null, "a value is required");
		}
		BigDecimal spend = CsvUsageLines.decimal(record, "spend", true, line, fileName);
		String provider = CsvUsageLines.text(record, "custom_llm_provider");
		String team = CsvUsageLines.text(record, "team_id");
		String tags = CsvUsageLines.text(record, "request_tags");
		if (tags != null && !isJsonArray(tags)) {
			throw CsvUsageLines.refusal(fileName, line, "request_tags", tags,
					"is not a JSON array of tags (such as [\"prod\", \"chat\"])");
		}
		return new UsageLine.Accepted(line,
				new UsageDay(day, null, (provider != null) ? provider : "litellm-proxy", null, model, team, null, team,
						CsvUsageLines.text(record, "user"), (tags != null) ? "{\"request_tags\": " + tags + "}" : null,
						CsvUsageLines.count(record, "prompt_tokens", line, fileName), null, null,
						CsvUsageLines.count(record, "completion_tokens", line, fileName), 1L, false, spend, null, null,
						USD, UsageKind.ESTIMATE, CODE, CODE, requestId));
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
