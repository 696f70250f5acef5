package com.breakeven.ingestion.connector;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.breakeven.ingestion.usage.AnthropicCostFormat;
import com.breakeven.ingestion.usage.AnthropicUsageFormat;
import com.breakeven.ingestion.usage.OpenAiCostsFormat;
import com.breakeven.ingestion.usage.OpenAiUsageFormat;

/**
 * One paged, day-bucketed report of a provider's admin API, and the usage format that
 * reads its pages (the same one that imports a downloaded page). All four take a time
 * window, {@code bucket_width=1d}, a {@code limit} of buckets a page and the previous
 * answer's {@code next_page} as {@code page}; each answers {@code {"data": [bucket, …],
 * "has_more": …, "next_page": …}}. A page holds whole buckets, so whole days: importing
 * one page replaces exactly the days it holds.
 */
public enum UsageEndpoint {

	/**
	 * {@code GET /v1/organization/usage/completions}: Unix-second bounds; 1-day buckets
	 * at most 31 a page; grouped by the dimensions {@link OpenAiUsageFormat} keys rows
	 * on.
	 */
	OPENAI_USAGE(ConnectorProvider.OPENAI, Stream.USAGE, "/v1/organization/usage/completions", OpenAiUsageFormat.CODE,
			31, "group_by", List.of("model", "project_id", "batch", "service_tier")),

	/**
	 * {@code GET /v1/organization/costs}: Unix-second bounds; only 1-day buckets, at most
	 * 180 a page; grouped by project and line item (the line item names the model).
	 */
	OPENAI_COSTS(ConnectorProvider.OPENAI, Stream.COSTS, "/v1/organization/costs", OpenAiCostsFormat.CODE, 180,
			"group_by", List.of("project_id", "line_item")),

	/**
	 * {@code GET /v1/organizations/usage_report/messages}: RFC 3339 bounds; 1-day buckets
	 * at most 31 a page; grouped by the dimensions {@link AnthropicUsageFormat} keys rows
	 * on.
	 */
	ANTHROPIC_USAGE(ConnectorProvider.ANTHROPIC, Stream.USAGE, "/v1/organizations/usage_report/messages",
			AnthropicUsageFormat.CODE, 31, "group_by[]",
			List.of("model", "workspace_id", "service_tier", "context_window")),

	/**
	 * {@code GET /v1/organizations/cost_report}: RFC 3339 bounds; 1-day buckets at most
	 * 31 a page; grouped by workspace and description (which carries the model).
	 */
	ANTHROPIC_COSTS(ConnectorProvider.ANTHROPIC, Stream.COSTS, "/v1/organizations/cost_report",
			AnthropicCostFormat.CODE, 31, "group_by[]", List.of("workspace_id", "description"));

	/** What a stream holds; each stream of a connector keeps its own cursor. */
	public enum Stream {

		/** token counts */
		USAGE,
		/** billed amounts */
		COSTS

	}

	/** Anthropic's API version header value the report shapes were read from. */
	static final String ANTHROPIC_VERSION = "2023-06-01";

	private final ConnectorProvider provider;

	private final Stream stream;

	private final String path;

	private final String format;

	private final int maxBucketsPerPage;

	private final String groupByParameter;

	private final List<String> groupBy;

	UsageEndpoint(ConnectorProvider provider, Stream stream, String path, String format, int maxBucketsPerPage,
			String groupByParameter, List<String> groupBy) {
		this.provider = provider;
		this.stream = stream;
		this.path = path;
		this.format = format;
		this.maxBucketsPerPage = maxBucketsPerPage;
		this.groupByParameter = groupByParameter;
		this.groupBy = groupBy;
	}

	public ConnectorProvider provider() {
		return this.provider;
	}

	public Stream stream() {
		return this.stream;
	}

	/**
	 * @return the code of the usage format that reads its pages
	 */
	public String format() {
		return this.format;
	}

	public String path() {
		return this.path;
	}

	/**
	 * @param baseUrl the provider's API root ({@code https://api.openai.com})
	 * @param window the UTC days asked for
	 * @param page the previous answer's {@code next_page}, else {@code null}
	 * @return the request's address: every bucket that starts in the window, by day
	 */
	public URI uri(URI baseUrl, PullWindow window, String page) {
		List<String> query = new ArrayList<>();
		if (this.provider == ConnectorProvider.OPENAI) {
			query.add("start_time=" + epochSecond(window.start()));
			query.add("end_time=" + epochSecond(window.end()));
		}
		else {
			query.add("starting_at=" + window.start() + "T00:00:00Z");
			query.add("ending_at=" + window.end() + "T00:00:00Z");
		}
		query.add("bucket_width=1d");
		query.add("limit=" + Math.min(this.maxBucketsPerPage, window.days()));
		for (String dimension : this.groupBy) {
			query.add(encode(this.groupByParameter) + "=" + encode(dimension));
		}
		if (page != null) {
			query.add("page=" + encode(page));
		}
		String root = baseUrl.toString().replaceAll("/+$", "");
		return URI.create(root + this.path + "?" + String.join("&", query));
	}

	/**
	 * @param adminKey the connector's admin key
	 * @return the request headers that carry it, as each provider documents them
	 */
	Map<String, String> headers(AdminKey adminKey) {
		if (this.provider == ConnectorProvider.OPENAI) {
			return Map.of("Authorization", "Bearer " + adminKey.reveal());
		}
		return Map.of("x-api-key", adminKey.reveal(), "anthropic-version", ANTHROPIC_VERSION);
	}

	private static long epochSecond(LocalDate day) {
		return day.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
