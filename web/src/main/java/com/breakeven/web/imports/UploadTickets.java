package com.breakeven.web.imports;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Usage uploads' tickets in table {@code upload_ticket}, so that every instance behind
 * the load balancer answers for an upload that another instance took: whether it waits
 * for that instance's import worker, and which import run it became.
 */
@Repository
class UploadTickets {

	private final JdbcClient jdbc;

	private final Clock clock;

	UploadTickets(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records an upload handed to the import worker. */
	void queue(Uploads.Queued upload) {
		this.jdbc.sql("""
				INSERT INTO upload_ticket (ticket, source, file_name, format, queued_at)
				VALUES (:ticket, :source, :fileName, :format, :now)""")
			.param("ticket", upload.ticket())
			.param("source", upload.stored().toString())
			.param("fileName", upload.fileName())
			.param("format", upload.format())
			.param("now", OffsetDateTime.now(this.clock))
			.update();
	}

	/** The worker is through with the upload (its run ended, or it never started one). */
	void done(String ticket) {
		this.jdbc.sql("UPDATE upload_ticket SET done = TRUE WHERE ticket = :ticket").param("ticket", ticket).update();
	}

	/**
	 * @return where the upload's copy was stored: its run's source once it has started
	 */
	Optional<String> source(String ticket) {
		return this.jdbc.sql("SELECT source FROM upload_ticket WHERE ticket = :ticket")
			.param("ticket", ticket)
			.query(String.class)
			.optional();
	}

	/**
	 * @return the uploads of every instance that wait for their worker, first come first:
	 * not through, and no run started
	 */
	List<Uploads.Queued> waiting() {
		return this.jdbc.sql("""
				SELECT ticket, file_name, format, source FROM upload_ticket t
				WHERE NOT t.done AND NOT EXISTS (SELECT 1 FROM import_run r WHERE r.source = t.source)
				ORDER BY t.queued_at, t.ticket""")
			.query((rs, row) -> new Uploads.Queued(rs.getString("ticket"), rs.getString("file_name"),
					rs.getString("format"), Path.of(rs.getString("source"))))
			.list();
	}

}
