package com.breakeven.web.report;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.breakeven.ingestion.SourceDocument;

/**
 * Generated reports and their files: a succeeded report is stored with all its files in
 * one transaction (never half), a failed one with its reason.
 */
@Service
public class GeneratedReports {

	/** The stored status of a generation that wrote the report and all its files. */
	static final String SUCCEEDED = "SUCCEEDED";

	/** The stored status of a generation that failed, kept with its reason. */
	static final String FAILED = "FAILED";

	private final JdbcClient jdbc;

	private final Clock clock;

	public GeneratedReports(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * One generation.
	 *
	 * @param status SUCCEEDED or FAILED
	 * @param failureReason why it failed, {@code null} when it succeeded
	 * @param emailedAt when its PDF was mailed, {@code null} if not
	 */
	public record Generated(long id, long definitionId, ReportPeriod period, String status, String failureReason,
			OffsetDateTime startedAt, OffsetDateTime generatedAt, OffsetDateTime emailedAt, List<File> files) {

		/** Whether the report and all its files were written. */
		public boolean succeeded() {
			return SUCCEEDED.equals(this.status);
		}

		/** The status as pages show it: "Generated" or "Failed". */
		public String outcome() {
			return succeeded() ? "Generated" : "Failed";
		}

	}

	/** A stored file, without its bytes. */
	public record File(long id, ReportFormat format, String fileName, String contentType, long sizeBytes,
			String sha256) {

	}

	/**
	 * @param content the file's bytes, only from {@link #content}
	 */
	public record Content(File file, byte[] content) {

	}

	/**
	 * Public so that the transaction proxy applies: the report and all its files, or
	 * nothing.
	 */
	@Transactional
	public long saveSucceeded(long definitionId, ReportPeriod period, String inputsJson, OffsetDateTime startedAt,
			Map<ReportFormat, byte[]> files, String baseName) {
		long id = insert(definitionId, period, SUCCEEDED, null, inputsJson, startedAt, now());
		files.forEach((format, bytes) -> this.jdbc.sql("""
				INSERT INTO generated_report_file (generated_report_id, format, content_type, file_name, size_bytes,
				    content_sha256, content)
				VALUES (:id, :format, :type, :name, :size, :sha, :content)""")
			.param("id", id)
			.param("format", format.name())
			.param("type", format.contentType())
			.param("name", baseName + "." + format.extension())
			.param("size", bytes.length)
			.param("sha", SourceDocument.sha256(bytes))
			.param("content", bytes)
			.update());
		return id;
	}

	long saveFailed(long definitionId, ReportPeriod period, String reason, OffsetDateTime startedAt) {
		String text = (reason != null) ? reason : "unknown failure";
		return insert(definitionId, period, FAILED, text.substring(0, Math.min(text.length(), 4000)), null, startedAt,
				null);
	}

	void markEmailed(long id) {
		this.jdbc.sql("UPDATE generated_report SET emailed_at = :now WHERE id = :id")
			.param("now", now())
			.param("id", id)
			.update();
	}

	public boolean succeeded(long definitionId, ReportPeriod period) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM generated_report
				WHERE report_definition_id = :id AND period_start = :start AND period_end = :end
				  AND status = 'SUCCEEDED'""")
			.param("id", definitionId)
			.param("start", period.start())
			.param("end", period.end())
			.query(Long.class)
			.single() > 0;
	}

	/** Newest first. */
	public List<Generated> history(long definitionId) {
		return list(" WHERE g.report_definition_id = :id", Map.of("id", definitionId));
	}

	public Optional<Generated> find(long id) {
		return list(" WHERE g.id = :id", Map.of("id", id)).stream().findFirst();
	}

	public Optional<Content> content(long fileId) {
		return this.jdbc.sql("""
				SELECT id, format, file_name, content_type, size_bytes, content_sha256, content
				FROM generated_report_file WHERE id = :id""")
			.param("id", fileId)
			.query((rs,
					n) -> new Content(new File(rs.getLong(1), ReportFormat.valueOf(rs.getString(2)), rs.getString(3),
							rs.getString(4), rs.getLong(5), rs.getString(6)), rs.getBytes(7)))
			.optional();
	}

	private List<Generated> list(String where, Map<String, Object> params) {
		List<Generated> reports = this.jdbc.sql("""
				SELECT g.id, g.report_definition_id, g.period_start, g.period_end, g.status, g.failure_reason,
				       g.started_at, g.generated_at, g.emailed_at
				FROM generated_report g""" + where + " ORDER BY g.started_at DESC, g.id DESC")
			.params(params)
			.query((rs, n) -> new Generated(rs.getLong(1), rs.getLong(2),
					new ReportPeriod(rs.getObject(3, java.time.LocalDate.class),
							rs.getObject(4, java.time.LocalDate.class)),
					rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class),
					rs.getObject(8, OffsetDateTime.class), rs.getObject(9, OffsetDateTime.class), List.of()))
			.list();
		return reports.stream()
			.map(g -> new Generated(g.id(), g.definitionId(), g.period(), g.status(), g.failureReason(), g.startedAt(),
					g.generatedAt(), g.emailedAt(), files(g.id())))
			.toList();
	}

	private List<File> files(long reportId) {
		return this.jdbc.sql("""
				SELECT id, format, file_name, content_type, size_bytes, content_sha256
				FROM generated_report_file WHERE generated_report_id = :id ORDER BY format""")
			.param("id", reportId)
			.query((rs, n) -> new File(rs.getLong(1), ReportFormat.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4), rs.getLong(5), rs.getString(6)))
			.list();
	}

	private long insert(long definitionId, ReportPeriod period, String status, String reason, String inputsJson,
			OffsetDateTime startedAt, OffsetDateTime generatedAt) {
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO generated_report (report_definition_id, period_start, period_end, status, failure_reason,
				    inputs_json, started_at, generated_at)
				VALUES (:definition, :start, :end, :status, :reason, :inputs, :startedAt, :generatedAt)""")
			.param("definition", definitionId)
			.param("start", period.start())
			.param("end", period.end())
			.param("status", status)
			.param("reason", reason)
			.param("inputs", inputsJson)
			.param("startedAt", startedAt)
			.param("generatedAt", generatedAt)
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

}
