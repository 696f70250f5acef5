package com.breakeven.ingestion.usage;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import com.breakeven.ingestion.UsageDay;

/**
 * The staging area of usage imports (table {@code usage_staging}) and the statements that
 * publish it: delete the partitions (source, account, day) the file covers from
 * {@code usage_daily}, insert the file's rows summed to daily grain.
 * <p>
 * On PostgreSQL rows are staged through {@code COPY}, which is an order of magnitude
 * faster than batched inserts; elsewhere (H2) through a JDBC batch.
 */
public class UsageStaging {

	private static final String COLUMNS = "usage_date, provider_id, raw_provider, model_id, raw_model, account, project,"
			+ " team, application, tags_json, input_tokens, cached_input_tokens, cache_write_tokens, output_tokens,"
			+ " input_audio_tokens, output_audio_tokens, requests, batch, billed_cost, effective_cost, list_cost, currency, usage_kind, source_format, source_key,"
			+ " row_key, source_file, source_line, source_rows, import_run_id";

	/** What makes a daily row: every dimension, no measure. */
	private static final String DAILY_GRAIN = "usage_date, provider_id, raw_provider, model_id, raw_model, account,"
			+ " project, team, application, tags_json, batch, currency, usage_kind, source_format, source_key";

	private static final String MEASURES = "input_tokens, cached_input_tokens, cache_write_tokens, output_tokens,"
			+ " input_audio_tokens, output_audio_tokens, requests, billed_cost, effective_cost, list_cost";

	private final JdbcTemplate jdbc;

	private final boolean postgres;

	public UsageStaging(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.postgres = jdbc.execute((ConnectionCallback<Boolean>) connection -> connection.getMetaData()
			.getDatabaseProductName()
			.toLowerCase(java.util.Locale.ROOT)
			.contains("postgres"));
	}

	/**
	 * A row waiting in staging, with where it came from.
	 *
	 * @param usage the row
	 * @param sourceFile the file
	 * @param sourceLine its (first) line
	 * @param sourceRows how many lines of the file it sums
	 */
	public record StagedRow(UsageDay usage, String sourceFile, long sourceLine, long sourceRows) {

		public StagedRow(UsageDay usage, String sourceFile, long sourceLine) {
			this(usage, sourceFile, sourceLine, 1);
		}

	}

	/**
	 * What publishing did.
	 *
	 * @param rowsReplaced daily rows of earlier imports that the file's partitions
	 * replaced
	 * @param rowsInserted daily rows stored
	 * @param linesStored export lines those daily rows sum up
	 * @param duplicateLines lines dropped because an earlier line of the file had the
	 * same natural key (same request, bucket or row)
	 */
	public record Published(int rowsReplaced, int rowsInserted, long linesStored, long duplicateLines) {

	}

	/** Adds rows of a run to staging, in the caller's transaction. */
	public void stage(long runId, List<StagedRow> rows) {
		if (this.postgres) {
			copy(runId, rows);
			return;
		}
		List<Object[]> arguments = new ArrayList<>(rows.size());
		for (StagedRow row : rows) {
			UsageDay u = row.usage();
			arguments.add(new Object[] { u.usageDate(), u.providerId(), u.rawProvider(), u.modelId(), u.rawModel(),
					u.account(), u.project(), u.team(), u.application(), u.tagsJson(), u.inputTokens(),
					u.cachedInputTokens(), u.cacheWriteTokens(), u.outputTokens(), u.inputAudioTokens(),
					u.outputAudioTokens(), u.requests(), u.batch(), u.billedCost(), u.effectiveCost(), u.listCost(),
					(u.currency() != null) ? u.currency().getCurrencyCode() : null, u.kind().name(), u.sourceFormat(),
					u.sourceKey(), u.rowKey(), row.sourceFile(), row.sourceLine(), row.sourceRows(), runId });
		}
		this.jdbc.batchUpdate("INSERT INTO usage_staging (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
				+ " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", arguments);
	}

	private void copy(long runId, List<StagedRow> rows) {
		StringBuilder csv = new StringBuilder(rows.size() * 256);
		for (StagedRow row : rows) {
			UsageDay u = row.usage();
			csv.append(u.usageDate()).append(',');
			number(csv, u.providerId());
			text(csv, u.rawProvider());
			number(csv, u.modelId());
			text(csv, u.rawModel());
			text(csv, u.account());
			text(csv, u.project());
			text(csv, u.team());
			text(csv, u.application());
			text(csv, u.tagsJson());
			number(csv, u.inputTokens());
			number(csv, u.cachedInputTokens());
			number(csv, u.cacheWriteTokens());
			number(csv, u.outputTokens());
			number(csv, u.inputAudioTokens());
			number(csv, u.outputAudioTokens());
			number(csv, u.requests());
			csv.append(u.batch()).append(',');
			money(csv, u.billedCost());
			money(csv, u.effectiveCost());
			money(csv, u.listCost());
			text(csv, (u.currency() != null) ? u.currency().getCurrencyCode() : null);
			text(csv, u.kind().name());
			text(csv, u.sourceFormat());
			text(csv, u.sourceKey());
			text(csv, u.rowKey());
			text(csv, row.sourceFile());
			csv.append(row.sourceLine()).append(',').append(row.sourceRows()).append(',').append(runId).append('\n');
		}
		this.jdbc.execute((ConnectionCallback<Long>) connection -> {
			try {
				return connection.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("COPY usage_staging (" + COLUMNS + ") FROM STDIN WITH (FORMAT csv)",
							new StringReader(csv.toString()));
			}
			catch (IOException ex) {
				throw new SQLException("COPY into usage_staging failed", ex);
			}
		});
	}

	private static void number(StringBuilder csv, Long value) {
		if (value != null) {
			csv.append(value.longValue());
		}
		csv.append(',');
	}

	private static void money(StringBuilder csv, BigDecimal value) {
		if (value != null) {
			csv.append(value.toPlainString());
		}
		csv.append(',');
	}

	/**
	 * An unquoted empty field is NULL in COPY's CSV format, a quoted one the empty
	 * string.
	 */
	private static void text(StringBuilder csv, String value) {
		if (value != null) {
			csv.append('"');
			if (value.indexOf('"') < 0) {
				csv.append(value);
			}
			else {
				csv.append(value.replace("\"", "\"\""));
			}
			csv.append('"');
		}
		csv.append(',');
	}

	/**
	 * @return export lines a run has staged
	 */
	public long staged(long runId) {
		return this.jdbc.queryForObject(
				"SELECT COALESCE(SUM(source_rows), 0) FROM usage_staging WHERE import_run_id = ?", Long.class, runId);
	}

	/**
	 * Replaces every partition (source key, account, day) the run's rows cover with the
	 * run's rows summed to daily grain. Run in one transaction with the checksum
	 * registration: a later export of the same source that overlaps an earlier one
	 * replaces the overlapping days instead of adding to them.
	 * @param runId the run
	 * @param keysMayRepeat whether lines with the same natural key (source, day, row key)
	 * may occur; each such key then counts once, with its largest figures
	 * @param stagedLines the lines the run staged ({@link #staged(long)}), read once by
	 * the caller
	 */
	public Published publish(long runId, boolean keysMayRepeat, long stagedLines) {
		if (this.postgres) {
			// the aggregation sorts up to millions of staged rows: in memory, not on disk
			this.jdbc.execute("SET LOCAL work_mem = '256MB'");
		}
		int replaced = deletePartitions(runId);
		boolean repeats = keysMayRepeat && this.jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT 1 AS repeated"
				+ " FROM usage_staging WHERE import_run_id = ? GROUP BY source_key, usage_date, row_key"
				+ " HAVING COUNT(*) > 1) r", Long.class, runId) > 0;
		// With repeats, an inner query first keeps one line per natural key (its largest
		// figures, never their sum); then the lines of a day and its dimensions are
		// summed.
		String lines = repeats ? "(SELECT " + DAILY_GRAIN + ", row_key, MAX(input_tokens) AS input_tokens,"
				+ " MAX(cached_input_tokens) AS cached_input_tokens, MAX(cache_write_tokens) AS cache_write_tokens,"
				+ " MAX(output_tokens) AS output_tokens, MAX(input_audio_tokens) AS input_audio_tokens,"
				+ " MAX(output_audio_tokens) AS output_audio_tokens, MAX(requests) AS requests, MAX(billed_cost) AS billed_cost,"
				+ " MAX(effective_cost) AS effective_cost, MAX(list_cost) AS list_cost,"
				+ " MIN(source_file) AS source_file, MIN(source_line) AS source_line, MIN(source_rows) AS source_rows"
				+ " FROM usage_staging" + " WHERE import_run_id = ? GROUP BY " + DAILY_GRAIN + ", row_key) line"
				: "(SELECT * FROM usage_staging WHERE import_run_id = ?) line";
		int inserted = this.jdbc.update("INSERT INTO usage_daily (" + DAILY_GRAIN + ", " + MEASURES
				+ ", row_key, source_file, source_line, source_rows, import_run_id) SELECT " + DAILY_GRAIN
				+ ", SUM(input_tokens), SUM(cached_input_tokens), SUM(cache_write_tokens), SUM(output_tokens),"
				+ " SUM(input_audio_tokens), SUM(output_audio_tokens), SUM(requests), SUM(billed_cost), SUM(effective_cost), SUM(list_cost), MIN(row_key),"
				+ " MIN(source_file), MIN(source_line), SUM(source_rows), ? FROM " + lines + " GROUP BY " + DAILY_GRAIN,
				runId, runId);
		long stored = this.jdbc.queryForObject(
				"SELECT COALESCE(SUM(source_rows), 0) FROM usage_daily WHERE import_run_id = ?", Long.class, runId);
		discard(runId);
		return new Published(replaced, inserted, stored, stagedLines - stored);
	}

	/**
	 * Deletes the ledger's rows in the partitions (source key, account, day) the run's
	 * staged rows cover. The partitions are read first (a few per day of the file), then
	 * deleted one by one through the ledger's index on them: a correlated
	 * {@code DELETE … WHERE EXISTS} over staging is a hash join on PostgreSQL but, on H2,
	 * one scan of the unindexed staging table per ledger row (a 600,000-line file over
	 * the sample ledger ran for more than 28 minutes).
	 * @return the rows deleted
	 */
	private int deletePartitions(long runId) {
		List<Object[]> withAccount = new ArrayList<>();
		List<Object[]> withoutAccount = new ArrayList<>();
		this.jdbc.query("SELECT DISTINCT source_key, account, usage_date FROM usage_staging WHERE import_run_id = ?",
				(RowCallbackHandler) rs -> {
					String account = rs.getString("account");
					LocalDate day = rs.getObject("usage_date", LocalDate.class);
					if (account != null) {
						withAccount.add(new Object[] { rs.getString("source_key"), account, day });
					}
					else {
						withoutAccount.add(new Object[] { rs.getString("source_key"), day });
					}
				}, runId);
		return deleted(this.jdbc.batchUpdate(
				"DELETE FROM usage_daily WHERE source_key = ? AND account = ? AND usage_date = ?", withAccount))
				+ deleted(this.jdbc.batchUpdate(
						"DELETE FROM usage_daily WHERE source_key = ? AND account IS NULL AND usage_date = ?",
						withoutAccount));
	}

	private static int deleted(int[] counts) {
		int sum = 0;
		for (int count : counts) {
			sum += Math.max(count, 0);
		}
		return sum;
	}

	/**
	 * Finds a day whose lines sum beyond what a daily row holds (a token or request count
	 * above {@code Long.MAX_VALUE}, a cost with more than 18 digits before the point):
	 * each line fits, their daily total does not.
	 * @return the first such day and measure in words, or empty when none overflows
	 */
	public Optional<String> firstTotalOutOfRange(long runId) {
		List<String> found = new ArrayList<>();
		for (String measure : MEASURES.split(",\\s*")) {
			boolean count = !measure.endsWith("_cost");
			String limit = count ? "9223372036854775807" : "999999999999999999.999999999999";
			String sum = count ? "SUM(CAST(" + measure + " AS NUMERIC(38, 0)))" : "SUM(" + measure + ")";
			this.jdbc.query(
					"SELECT usage_date, " + sum + " AS total FROM usage_staging WHERE import_run_id = ? GROUP BY "
							+ DAILY_GRAIN + " HAVING " + sum + " > " + limit + " ORDER BY usage_date LIMIT 1",
					(rs, row) -> {
						BigDecimal total = rs.getBigDecimal("total");
						return String.format(Locale.ROOT,
								"the lines of %s sum %s to %,.0f, more than the %s a" + " daily row holds",
								rs.getObject("usage_date", LocalDate.class), measure.replace('_', ' '), total,
								count ? "9,223,372,036,854,775,807" : "18 digits before the point");
					}, runId)
				.stream()
				.findFirst()
				.ifPresent(found::add);
			if (!found.isEmpty()) {
				break;
			}
		}
		return found.stream().findFirst();
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
