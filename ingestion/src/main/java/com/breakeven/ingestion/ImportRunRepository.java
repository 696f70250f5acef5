package com.breakeven.ingestion;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import com.breakeven.db.Timestamps;

/**
 * Import runs (table {@code import_run}) and their quarantined rows (table
 * {@code quarantined_row}).
 */
@Repository
public class ImportRunRepository {

	/** The job parameter that carries the number of records in a line-oriented file. */
	public static final String TOTAL_LINES_PARAMETER = "lines";

	private static final int MAX_VALUE_LENGTH = 4000;

	private final JdbcClient jdbc;

	private final Clock clock;

	public ImportRunRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records the start of a run. @return its id */
	public long start(ImportKind kind, String format, String source, String sourceSha256, String triggeredBy) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO import_run (kind, format, source, source_sha256, status, started_at, triggered_by)
				VALUES (:kind, :format, :source, :sha, 'RUNNING', :now, :triggeredBy)""")
			.param("kind", kind.name())
			.param("format", format)
			.param("source", source)
			.param("sha", sourceSha256)
			.param("now", now())
			.param("triggeredBy", triggeredBy)
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/** Marks a run completed with what it did. */
	public void complete(long runId, ImportCounts counts, String message) {
		finish(runId, ImportStatus.COMPLETED, counts, message);
	}

	/** Marks a run failed; the reason is shown to the user as written. */
	public void fail(long runId, ImportCounts counts, String reason) {
		finish(runId, ImportStatus.FAILED, counts, reason);
	}

	/**
	 * Marks a run that failed part-way as running again, when its job is restarted from
	 * its last committed chunk.
	 */
	public void reopen(long runId) {
		this.jdbc.sql("UPDATE import_run SET status = 'RUNNING', ended_at = NULL, message = NULL WHERE id = :id")
			.param("id", runId)
			.update();
	}

	/**
	 * Links a run to the Spring Batch job execution doing its work (a new one when the
	 * run resumes), so that its progress can be read from the step's counts.
	 */
	public void attachJobExecution(long runId, long jobExecutionId) {
		this.jdbc.sql("UPDATE import_run SET job_execution_id = :execution WHERE id = :id")
			.param("execution", jobExecutionId)
			.param("id", runId)
			.update();
	}

	/**
	 * @param readingStep the step that reads the file (its read counts measure the run)
	 * @param publishingStep the step that publishes what was read
	 * @return the progress of a running run, empty when the run is not running or no step
	 * of it has started; the lines its earlier executions committed (before a crash)
	 * count too
	 */
	public Optional<ImportProgress> progress(long runId, String readingStep, String publishingStep) {
		Optional<Long> current = this.jdbc
			.sql("SELECT job_execution_id FROM import_run WHERE id = :id AND status = 'RUNNING'"
					+ " AND job_execution_id IS NOT NULL")
			.param("id", runId)
			.query(Long.class)
			.optional();
		if (current.isEmpty()) {
			return Optional.empty();
		}
		// every step execution of the run's job instance: a resumed run's earlier
		// executions committed lines that its current one skips
		List<StepCount> steps = this.jdbc.sql("""
				SELECT s.job_execution_id, s.step_name, s.read_count, s.start_time
				FROM batch_step_execution s
				JOIN batch_job_execution e ON e.job_execution_id = s.job_execution_id
				WHERE e.job_instance_id = (SELECT job_instance_id FROM batch_job_execution
				                          WHERE job_execution_id = :execution)""")
			.param("execution", current.get())
			.query((rs, row) -> new StepCount(rs.getLong("job_execution_id"), rs.getString("step_name"),
					rs.getLong("read_count"),
					// Spring Batch stamps its executions with the system clock in the
					// local zone, so the rate is measured against that clock too
					rs.getObject("start_time", LocalDateTime.class).atZone(ZoneId.systemDefault()).toOffsetDateTime()))
			.list();
		long linesDone = steps.stream().filter(s -> s.step().equals(readingStep)).mapToLong(StepCount::read).sum();
		Optional<StepCount> now = steps.stream()
			.filter(s -> s.execution() == current.get())
			.filter(s -> s.step().equals(readingStep) || s.step().equals(publishingStep))
			.reduce((first, second) -> second.step().equals(publishingStep) ? second : first);
		Long totalLines = this.jdbc.sql("""
				SELECT parameter_value FROM batch_job_execution_params
				WHERE job_execution_id = :execution AND parameter_name = :name""")
			.param("execution", current.get())
			.param("name", TOTAL_LINES_PARAMETER)
			.query(String.class)
			.optional()
			.map(Long::valueOf)
			.orElse(null);
		return now.map(step -> new ImportProgress(runId,
				step.step().equals(publishingStep) ? ImportProgress.Phase.PUBLISHING : ImportProgress.Phase.READING,
				linesDone, step.step().equals(readingStep) ? step.read() : 0, totalLines, step.started(),
				OffsetDateTime.now(ZoneId.systemDefault())));
	}

	private record StepCount(long execution, String step, long read, OffsetDateTime started) {
	}

	/** The most recently started run of a kind that is still running. */
	public Optional<Long> latestRunning(ImportKind kind) {
		return this.jdbc.sql("SELECT MAX(id) FROM import_run WHERE kind = :kind AND status = 'RUNNING'")
			.param("kind", kind.name())
			.query(Long.class)
			.optional();
	}

	/**
	 * @return the runs still marked running, oldest first
	 */
	public List<ImportRun> running() {
		return this.jdbc.sql("SELECT * FROM import_run WHERE status = 'RUNNING' ORDER BY id")
			.query(ImportRunRepository::map)
			.list();
	}

	/**
	 * @return the Spring Batch job execution doing the run's work, if it has one
	 */
	public Optional<Long> jobExecutionId(long runId) {
		return this.jdbc.sql("SELECT job_execution_id FROM import_run WHERE id = :id AND job_execution_id IS NOT NULL")
			.param("id", runId)
			.query(Long.class)
			.optional();
	}

	/** Keeps a refused row with its reason. */
	public void quarantine(long runId, RowFailure failure) {
		this.jdbc.sql("""
				INSERT INTO quarantined_row (import_run_id, source_file, line_number, column_name, raw_value, reason,
				    created_at)
				VALUES (:runId, :file, :line, :column, :value, :reason, :now)""")
			.param("runId", runId)
			.param("file", failure.sourceFile())
			.param("line", failure.line())
			// a column name comes from the file's header: cut to what the table holds
			.param("column", cut(failure.column(), 200))
			.param("value", truncate(failure.rawValue()))
			.param("reason", cut(failure.reason(), 1000))
			.param("now", now())
			.update();
	}

	public Optional<ImportRun> find(long runId) {
		return this.jdbc.sql("SELECT * FROM import_run WHERE id = :id")
			.param("id", runId)
			.query(ImportRunRepository::map)
			.optional();
	}

	/** The latest run that read this file or URL, if any has started. */
	public Optional<ImportRun> latestForSource(String source) {
		return this.jdbc.sql("SELECT * FROM import_run WHERE source = :source ORDER BY id DESC LIMIT 1")
			.param("source", source)
			.query(ImportRunRepository::map)
			.optional();
	}

	/**
	 * @return whether a run of this kind has completed, ever
	 */
	public boolean hasCompleted(ImportKind kind) {
		return this.jdbc.sql("SELECT COUNT(*) FROM import_run WHERE kind = :kind AND status = 'COMPLETED'")
			.param("kind", kind.name())
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * @return the newest runs first
	 */
	public List<ImportRun> recent(int limit) {
		return this.jdbc.sql("SELECT * FROM import_run ORDER BY started_at DESC, id DESC LIMIT :limit")
			.param("limit", limit)
			.query(ImportRunRepository::map)
			.list();
	}

	/**
	 * @return the quarantined rows of a run in file order
	 */
	public List<RowFailure> quarantinedRows(long runId) {
		return this.jdbc.sql("""
				SELECT source_file, line_number, column_name, raw_value, reason FROM quarantined_row
				WHERE import_run_id = :runId ORDER BY line_number, id""")
			.param("runId", runId)
			.query((rs, row) -> new RowFailure(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
	}

	/**
	 * @param sha256 SHA-256 of a file's bytes
	 * @return the completed run that imported exactly these bytes, if one did
	 */
	public Optional<Long> runThatImported(String sha256) {
		return this.jdbc.sql("SELECT import_run_id FROM import_file WHERE sha256 = :sha")
			.param("sha", sha256)
			.query(Long.class)
			.optional();
	}

	/**
	 * Claims a file's checksum for a run, in the same transaction as the rows it brought.
	 */
	public void registerFile(String sha256, ImportKind kind, String format, String fileName, long runId) {
		this.jdbc
			.sql("INSERT INTO import_file (sha256, kind, format, file_name, import_run_id, imported_at)"
					+ " VALUES (:sha, :kind, :format, :file, :runId, :now)")
			.param("sha", sha256)
			.param("kind", kind.name())
			.param("format", format)
			.param("file", fileName)
			.param("runId", runId)
			.param("now", now())
			.update();
	}

	/**
	 * @return rows quarantined by a run
	 */
	public long quarantinedCount(long runId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM quarantined_row WHERE import_run_id = :runId")
			.param("runId", runId)
			.query(Long.class)
			.single();
	}

	private void finish(long runId, ImportStatus status, ImportCounts counts, String message) {
		int updated = this.jdbc.sql("""
				UPDATE import_run SET status = :status, ended_at = :now, rows_read = :read, rows_added = :added,
				    rows_changed = :changed, rows_unchanged = :unchanged, rows_rejected = :rejected, message = :message
				WHERE id = :id AND status = 'RUNNING'""")
			.param("status", status.name())
			.param("now", now())
			.param("read", counts.read())
			.param("added", counts.added())
			.param("changed", counts.changed())
			.param("unchanged", counts.unchanged())
			.param("rejected", counts.rejected())
			.param("message", truncate(message))
			.param("id", runId)
			.update();
		if (updated != 1) {
			throw new IllegalStateException("import run " + runId + " is not running, cannot mark it " + status);
		}
	}

	private OffsetDateTime now() {
		return Timestamps.utcNow(this.clock);
	}

	private static String truncate(String value) {
		return cut(value, MAX_VALUE_LENGTH);
	}

	private static String cut(String value, int length) {
		return (value == null || value.length() <= length) ? value : value.substring(0, length);
	}

	private static ImportRun map(ResultSet rs, int row) throws SQLException {
		return new ImportRun(rs.getLong("id"), ImportKind.valueOf(rs.getString("kind")), rs.getString("format"),
				rs.getString("source"), rs.getString("source_sha256"), ImportStatus.valueOf(rs.getString("status")),
				rs.getObject("started_at", OffsetDateTime.class), rs.getObject("ended_at", OffsetDateTime.class),
				new ImportCounts(rs.getLong("rows_read"), rs.getLong("rows_added"), rs.getLong("rows_changed"),
						rs.getLong("rows_unchanged"), rs.getLong("rows_rejected")),
				rs.getString("message"));
	}

}
