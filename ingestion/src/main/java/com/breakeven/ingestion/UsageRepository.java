package com.breakeven.ingestion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Daily usage, stored in table {@code usage_daily}. */
@Repository
public class UsageRepository {

	private final JdbcClient jdbc;

	public UsageRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores one daily row.
	 * @param usage the row
	 * @param importRunId the run that brought it
	 * @param sourceFile file it came from
	 * @param sourceLine line in that file
	 */
	public void add(UsageDay usage, Long importRunId, String sourceFile, Long sourceLine) {
		this.jdbc
			.sql("""
					INSERT INTO usage_daily (usage_date, provider_id, raw_provider, model_id, raw_model, account, project,
					    team, application, tags_json, input_tokens, cached_input_tokens, cache_write_tokens, output_tokens,
					    input_audio_tokens, output_audio_tokens, requests, batch, billed_cost, effective_cost, list_cost, currency, usage_kind, source_format, source_key, row_key,
					    source_file, source_line, import_run_id)
					VALUES (:day, :providerId, :rawProvider, :modelId, :rawModel, :account, :project, :team, :application, :tags,
					    :input, :cachedInput, :cacheWrite, :output, :inputAudio, :outputAudio, :requests, :batch, :billed, :effective, :list, :currency,
					    :kind, :format, :sourceKey, :rowKey, :file, :line, :runId)""")
			.param("day", usage.usageDate())
			.param("providerId", usage.providerId())
			.param("rawProvider", usage.rawProvider())
			.param("modelId", usage.modelId())
			.param("rawModel", usage.rawModel())
			.param("account", usage.account())
			.param("project", usage.project())
			.param("team", usage.team())
			.param("application", usage.application())
			.param("tags", usage.tagsJson())
			.param("input", usage.inputTokens())
			.param("cachedInput", usage.cachedInputTokens())
			.param("cacheWrite", usage.cacheWriteTokens())
			.param("output", usage.outputTokens())
			.param("inputAudio", usage.inputAudioTokens())
			.param("outputAudio", usage.outputAudioTokens())
			.param("requests", usage.requests())
			.param("batch", usage.batch())
			.param("billed", usage.billedCost())
			.param("effective", usage.effectiveCost())
			.param("list", usage.listCost())
			.param("kind", usage.kind().name())
			.param("currency", (usage.currency() != null) ? usage.currency().getCurrencyCode() : null)
			.param("format", usage.sourceFormat())
			.param("sourceKey", usage.sourceKey())
			.param("rowKey", usage.rowKey())
			.param("file", sourceFile)
			.param("line", sourceLine)
			.param("runId", importRunId)
			.update();
	}

	/**
	 * The first and last day with usage: two index look-ups, where a page needs no more
	 * of the {@link #summary()}.
	 */
	public Days days() {
		return this.jdbc.sql("SELECT MIN(usage_date), MAX(usage_date) FROM usage_daily")
			.query((rs, row) -> new Days(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)))
			.single();
	}

	/**
	 * @param first the first day with usage, {@code null} before any
	 * @param last the last day with usage, {@code null} before any
	 */
	public record Days(LocalDate first, LocalDate last) {

	}

	/**
	 * @return rows, date range and billed cost per currency
	 */
	public UsageSummary summary() {
		record Range(long rows, LocalDate first, LocalDate last, long unresolved) {
		}
		Range range = this.jdbc.sql("""
				SELECT COUNT(*), MIN(usage_date), MAX(usage_date),
				       SUM(CASE WHEN model_id IS NULL THEN 1 ELSE 0 END)
				FROM usage_daily""")
			.query((rs, row) -> new Range(rs.getLong(1), rs.getObject(2, LocalDate.class),
					rs.getObject(3, LocalDate.class), rs.getLong(4)))
			.single();
		Map<Currency, BigDecimal> billed = new LinkedHashMap<>();
		// billed and estimated costs of the same traffic are never added: per model,
		// billed
		// wins where there is any (as in UsageReconciliation)
		this.jdbc.sql("""
				SELECT currency, SUM(COALESCE(billed, estimated)) FROM (
				    SELECT COALESCE(CAST(u.model_id AS VARCHAR(40)), u.raw_model) AS model, u.currency,
				           SUM(CASE WHEN u.usage_kind = 'BILLED' THEN u.billed_cost END) AS billed,
				           SUM(CASE WHEN u.usage_kind <> 'BILLED' THEN u.billed_cost END) AS estimated
				    FROM usage_daily u WHERE u.billed_cost IS NOT NULL
				    GROUP BY COALESCE(CAST(u.model_id AS VARCHAR(40)), u.raw_model), u.currency) per_model
				GROUP BY currency ORDER BY currency""")
			.query((rs, row) -> billed.put(Currency.getInstance(rs.getString(1).trim()), rs.getBigDecimal(2)))
			.list();
		return new UsageSummary(range.rows(), range.first(), range.last(), billed, range.unresolved());
	}

	/**
	 * Average monthly tokens per catalogued model and project (or team) over a period (a
	 * month = 365.25 ÷ 12 days of the period's length). Where usage reports, estimates
	 * and billing lines of the same model and project all carry tokens, only the first of
	 * those kinds counts: they describe the same traffic.
	 * @param from first day, inclusive
	 * @param to last day, inclusive
	 * @param slice whether a workload is a model's usage per project or per team
	 */
	public List<WorkloadVolume> workloadVolumes(LocalDate from, LocalDate to, WorkloadVolume.Slice slice) {
		String column = (slice == WorkloadVolume.Slice.TEAM) ? "u.team" : "u.project";
		double months = months(from, to);
		Map<String, Map<UsageKind, List<SellerSlice>>> byWorkload = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT m.canonical_name, %s, u.usage_kind, p.code, u.account, u.batch, SUM(u.input_tokens),
				       SUM(u.cached_input_tokens), SUM(u.output_tokens), COUNT(DISTINCT u.usage_date),
				       SUM(u.cache_write_tokens), SUM(u.input_audio_tokens), SUM(u.output_audio_tokens)
				FROM usage_daily u JOIN model m ON m.id = u.model_id LEFT JOIN provider p ON p.id = u.provider_id
				WHERE u.usage_date BETWEEN :from AND :to
				  AND (u.input_tokens IS NOT NULL OR u.output_tokens IS NOT NULL)
				GROUP BY m.canonical_name, %s, u.usage_kind, p.code, u.account, u.batch
				ORDER BY m.canonical_name, %s""".formatted(column, column, column))
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new SellerSlice(rs.getString(1), rs.getString(2), UsageKind.valueOf(rs.getString(3)),
					rs.getString(4), rs.getString(5), rs.getBoolean(6), rs.getLong(7), rs.getLong(8), rs.getLong(9),
					rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getLong(13)))
			.list()
			.forEach(part -> byWorkload.computeIfAbsent(part.model() + "|" + part.project(), k -> new LinkedHashMap<>())
				.computeIfAbsent(part.kind(), k -> new ArrayList<>())
				.add(part));
		List<WorkloadVolume> volumes = new ArrayList<>();
		for (Map<UsageKind, List<SellerSlice>> kinds : byWorkload.values()) {
			// usage reports win over estimates, and estimates over billing lines: never
			// added
			UsageKind kind = kinds.keySet()
				.stream()
				.min(Comparator.comparingInt(UsageRepository::priority))
				.orElseThrow();
			volumes.add(volume(kinds.get(kind), months));
		}
		return List.copyOf(volumes);
	}

	/**
	 * How many months a period is, for a monthly average: whole calendar months count as
	 * such (October is one month, so its average month is its bill); any other period
	 * counts its days in average months of 365.25 ÷ 12 days.
	 */
	static double months(LocalDate from, LocalDate to) {
		if (from.getDayOfMonth() == 1 && to.equals(to.withDayOfMonth(to.lengthOfMonth()))) {
			return java.time.temporal.ChronoUnit.MONTHS.between(from, to.plusDays(1));
		}
		return (to.toEpochDay() - from.toEpochDay() + 1) / (365.25 / 12);
	}

	/** One workload's tokens from one seller, account and batch flag. */
	private record SellerSlice(String model, String project, UsageKind kind, String seller, String account,
			boolean batch, long input, long cached, long output, long days, long cacheWrite, long inputAudio,
			long outputAudio) {

		long tokens() {
			return this.input + this.cached + this.cacheWrite + this.output + this.inputAudio + this.outputAudio;
		}

	}

	/**
	 * A workload's average month from its parts: the seller and account that carried most
	 * tokens, the share sent through a batch API.
	 */
	private static WorkloadVolume volume(List<SellerSlice> parts, double months) {
		Map<String, Long> bySeller = new LinkedHashMap<>();
		long input = 0;
		long cached = 0;
		long output = 0;
		long cacheWrite = 0;
		long inputAudio = 0;
		long outputAudio = 0;
		long batchTokens = 0;
		long days = 0;
		for (SellerSlice part : parts) {
			input += part.input();
			cached += part.cached();
			output += part.output();
			cacheWrite += part.cacheWrite();
			inputAudio += part.inputAudio();
			outputAudio += part.outputAudio();
			batchTokens += part.batch() ? part.tokens() : 0;
			days = Math.max(days, part.days());
			bySeller.merge(part.seller(), part.tokens(), Long::sum);
		}
		long total = input + cached + cacheWrite + output + inputAudio + outputAudio;
		String seller = largest(bySeller);
		// the account is chosen among the chosen seller's: its terms are that seller's
		Map<String, Long> byAccountAtSeller = new LinkedHashMap<>();
		for (SellerSlice part : parts) {
			if (java.util.Objects.equals(part.seller(), seller)) {
				byAccountAtSeller.merge(part.account(), part.tokens(), Long::sum);
			}
		}
		String account = largest(byAccountAtSeller);
		SellerSlice first = parts.get(0);
		return new WorkloadVolume(first.model(), first.project(), first.kind(), input / months, cached / months,
				output / months, days, seller, account, (total > 0) ? (double) batchTokens / total : 0, bySeller.size(),
				cacheWrite / months, inputAudio / months, outputAudio / months);
	}

	private static String largest(Map<String, Long> tokensByKey) {
		// a null key (no seller or account known) is a key like any other here
		Map.Entry<String, Long> largest = null;
		for (Map.Entry<String, Long> entry : tokensByKey.entrySet()) {
			if (largest == null || entry.getValue() > largest.getValue()) {
				largest = entry;
			}
		}
		return (largest != null) ? largest.getKey() : null;
	}

	/**
	 * Tokens of one model over a period, from usage reports where there are any, else
	 * estimates, else billing lines (they describe the same traffic, never added).
	 * @return uncached input, cached input, output, audio input and audio output tokens
	 */
	public long[] tokensOf(String canonicalModel, LocalDate from, LocalDate to) {
		Map<UsageKind, long[]> byKind = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT u.usage_kind, COALESCE(SUM(u.input_tokens), 0), COALESCE(SUM(u.cached_input_tokens), 0),
				       COALESCE(SUM(u.output_tokens), 0), COALESCE(SUM(u.input_audio_tokens), 0),
				       COALESCE(SUM(u.output_audio_tokens), 0)
				FROM usage_daily u JOIN model m ON m.id = u.model_id
				WHERE m.canonical_name = :model AND u.usage_date BETWEEN :from AND :to
				  AND (u.input_tokens IS NOT NULL OR u.output_tokens IS NOT NULL)
				GROUP BY u.usage_kind""")
			.param("model", canonicalModel)
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> byKind.put(UsageKind.valueOf(rs.getString(1)),
					new long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6) }))
			.list();
		return byKind.entrySet()
			.stream()
			.min((a, b) -> Integer.compare(priority(a.getKey()), priority(b.getKey())))
			.map(Map.Entry::getValue)
			.orElse(new long[5]);
	}

	private static int priority(UsageKind kind) {
		return switch (kind) {
			case USAGE -> 0;
			case ESTIMATE -> 1;
			case BILLED -> 2;
		};
	}

}
