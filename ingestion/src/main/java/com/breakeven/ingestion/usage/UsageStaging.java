package com.breakeven.ingestion.usage;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import com.breakeven.ingestion.UsageDay;

/**
 * The staging area of usage imports (table {@code usage_staging}) and the one statement
 * pair that publishes it: delete the partitions (source, account, day) the file covers
 * from {@code usage_daily}, insert the file's rows.
 */
public class UsageStaging {

	private static final String COLUMNS = "usage_date, provider_id, raw_provider, model_id, raw_model, account, project,"
			+ " team, application, tags_json, input_tokens, cached_input_tokens, cache_write_tokens, output_tokens,"
			+ " requests, batch, billed_cost, effective_cost, list_cost, currency, usage_kind, source_format, source_key,"
			+ " row_key, source_file, source_line, import_run_id";

	private final JdbcTemplate jdbc;

	public UsageStaging(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A row waiting in staging, with where it came from. */
	public record StagedRow(UsageDay usage, String sourceFile, long sourceLine) {

	}

	/** What publishing did. */
	public record Published(int rowsReplaced, int rowsInserted) {

	}

	/** Adds rows of a run to staging, as one JDBC batch. */
	public void stage(long runId, List<StagedRow> rows) {
		List<Object[]> arguments = new ArrayList<>(rows.size());
		for (StagedRow row : rows) {
			UsageDay u = row.usage();
			arguments.add(new Object[] { u.usageDate(), u.providerId(), u.rawProvider(), u.modelId(), u.rawModel(),
					u.account(), u.project(), u.team(), u.application(), u.tagsJson(), u.inputTokens(),
					u.cachedInputTokens(), u.cacheWriteTokens(), u.outputTokens(), u.requests(), u.batch(),
					u.billedCost(), u.effectiveCost(), u.listCost(),
					(u.currency() != null) ? u.currency().getCurrencyCode() : null, u.kind().name(), u.sourceFormat(),
					u.sourceKey(), u.rowKey(), row.sourceFile(), row.sourceLine(), runId });
		}
		this.jdbc.batchUpdate("INSERT INTO usage_staging (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
				+ " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", arguments);
	}

	/**
	 * @return rows a run has staged
	 */
	public long staged(long runId) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM usage_staging WHERE import_run_id = ?", Long.class,
				runId);
	}

	/**
	 * Replaces every partition (source key, account, day) the run's rows cover with the
	 * run's rows. Run in one transaction with the checksum registration: a later export
	 * of the same source that overlaps an earlier one replaces the overlapping days
	 * instead of adding to them.
	 */
	public Published publish(long runId) {
		int replaced = this.jdbc.update("DELETE FROM usage_daily WHERE EXISTS (SELECT 1 FROM usage_staging s"
				+ " WHERE s.import_run_id = ? AND s.source_key = usage_daily.source_key"
				+ " AND s.usage_date = usage_daily.usage_date"
				+ " AND (s.account = usage_daily.account OR (s.account IS NULL AND usage_daily.account IS NULL)))",
				runId);
		int inserted = this.jdbc.update("INSERT INTO usage_daily (" + COLUMNS + ") SELECT " + COLUMNS
				+ " FROM usage_staging WHERE import_run_id = ?", runId);
		discard(runId);
		return new Published(replaced, inserted);
	}

	/**
	 * @return the distinct raw model names of a run's rows that no catalogue alias
	 * resolved, at most 20
	 */
	public List<String> unresolvedModels(long runId) {
		return this.jdbc
			.queryForList("SELECT DISTINCT raw_model FROM usage_staging WHERE import_run_id = ?"
					+ " AND model_id IS NULL ORDER BY raw_model", String.class, runId)
			.stream()
			.limit(20)
			.toList();
	}

	/** Drops a run's staged rows. */
	public void discard(long runId) {
		this.jdbc.update("DELETE FROM usage_staging WHERE import_run_id = ?", runId);
	}

}
