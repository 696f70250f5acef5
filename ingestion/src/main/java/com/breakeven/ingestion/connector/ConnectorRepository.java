package com.breakeven.ingestion.connector;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Connectors and their streams' cursors ({@code usage_connector},
 * {@code usage_connector_stream}). The sealed key is read only by {@link #sealedKey}.
 */
@Repository
class ConnectorRepository {

	private static final int MAX_ERROR = 2000;

	private final JdbcClient jdbc;

	ConnectorRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A connector's row, without its key. */
	record Row(long id, String name, ConnectorProvider provider, String keyLastFour, int backfillDays, boolean paused,
			String createdBy, OffsetDateTime createdAt, OffsetDateTime runningSince, OffsetDateTime lastRunAt,
			OffsetDateTime lastSuccessAt, String lastError) {
	}

	/** A stream's cursor and counts. */
	record StreamState(UsageEndpoint.Stream stream, LocalDate completeThrough, LocalDate windowStart,
			LocalDate windowEnd, String nextPage, long pagesPulled, long rowsPulled) {

		/** The window a saved page token belongs to, when a pull stopped inside one. */
		Optional<PullWindow> savedWindow() {
			return (this.nextPage != null && this.windowStart != null && this.windowEnd != null)
					? Optional.of(new PullWindow(this.windowStart, this.windowEnd)) : Optional.empty();
		}

	}

	long insert(String name, ConnectorProvider provider, String sealedKey, String keyLastFour, int backfillDays,
			String createdBy, OffsetDateTime now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO usage_connector (name, provider, key_ciphertext, key_last4, backfill_days, created_by,"
					+ " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(name, provider.name(), sealedKey, keyLastFour, backfillDays, createdBy, now)
			.update(keys, "id");
		long id = keys.getKey().longValue();
		for (UsageEndpoint endpoint : provider.endpoints()) {
			this.jdbc.sql("INSERT INTO usage_connector_stream (connector_id, stream) VALUES (?, ?)")
				.params(id, endpoint.stream().name())
				.update();
		}
		return id;
	}

	boolean nameTaken(String name) {
		return this.jdbc.sql("SELECT COUNT(*) FROM usage_connector WHERE LOWER(name) = LOWER(?)")
			.param(name)
			.query(Long.class)
			.single() > 0;
	}

	List<Row> all() {
		return this.jdbc.sql("SELECT * FROM usage_connector ORDER BY name").query(ConnectorRepository::row).list();
	}

	Optional<Row> find(long id) {
		return this.jdbc.sql("SELECT * FROM usage_connector WHERE id = ?")
			.param(id)
			.query(ConnectorRepository::row)
			.optional();
	}

	String sealedKey(long id) {
		return this.jdbc.sql("SELECT key_ciphertext FROM usage_connector WHERE id = ?")
			.param(id)
			.query(String.class)
			.single();
	}

	List<StreamState> streams(long id) {
		return this.jdbc.sql("SELECT * FROM usage_connector_stream WHERE connector_id = ? ORDER BY stream DESC")
			.param(id)
			.query((rs, n) -> new StreamState(UsageEndpoint.Stream.valueOf(rs.getString("stream")),
					rs.getObject("complete_through", LocalDate.class), rs.getObject("window_start", LocalDate.class),
					rs.getObject("window_end", LocalDate.class), rs.getString("next_page"), rs.getLong("pages_pulled"),
					rs.getLong("rows_pulled")))
			.list();
	}

	StreamState stream(long id, UsageEndpoint.Stream stream) {
		return streams(id).stream().filter(s -> s.stream() == stream).findFirst().orElseThrow();
	}

	/**
	 * Takes the connector's lease, so that one instance pulls it at a time; a lease older
	 * than {@code staleBefore} belonged to a process that died and is taken over.
	 * @return whether this caller holds it now
	 */
	boolean claim(long id, OffsetDateTime now, OffsetDateTime staleBefore) {
		return this.jdbc
			.sql("UPDATE usage_connector SET running_since = ? WHERE id = ? AND paused = FALSE"
					+ " AND (running_since IS NULL OR running_since < ?)")
			.params(now, id, staleBefore)
			.update() == 1;
	}

	/** Gives the lease back with the pull's outcome: no error is a success. */
	void release(long id, OffsetDateTime now, String error) {
		if (error == null) {
			this.jdbc
				.sql("UPDATE usage_connector SET running_since = NULL, last_run_at = ?, last_success_at = ?,"
						+ " last_error = NULL WHERE id = ?")
				.params(now, now, id)
				.update();
		}
		else {
			String kept = (error.length() > MAX_ERROR) ? error.substring(0, MAX_ERROR - 1) + "…" : error;
			this.jdbc
				.sql("UPDATE usage_connector SET running_since = NULL, last_run_at = ?, last_error = ? WHERE id = ?")
				.params(now, kept, id)
				.update();
		}
	}

	/** After a page is stored: the token of the page after it, in its window. */
	void pageStored(long id, UsageEndpoint.Stream stream, PullWindow window, String nextPage, long results) {
		this.jdbc
			.sql("UPDATE usage_connector_stream SET window_start = ?, window_end = ?, next_page = ?,"
					+ " pages_pulled = pages_pulled + 1, rows_pulled = rows_pulled + ? WHERE connector_id = ?"
					+ " AND stream = ?")
			.params(window.start(), window.end(), nextPage, results, id, stream.name())
			.update();
	}

	/**
	 * After the last page of a window is stored: the cursor moves to the window's last
	 * day (never back, when a restating window ends before it).
	 */
	void windowStored(long id, UsageEndpoint.Stream stream, PullWindow window, LocalDate completeThrough,
			long results) {
		this.jdbc
			.sql("UPDATE usage_connector_stream SET complete_through = ?, window_start = NULL, window_end = NULL,"
					+ " next_page = NULL, pages_pulled = pages_pulled + 1, rows_pulled = rows_pulled + ?"
					+ " WHERE connector_id = ? AND stream = ?")
			.params(completeThrough, results, id, stream.name())
			.update();
	}

	/** Forgets a page token the provider no longer accepts: the window starts again. */
	void forgetPage(long id, UsageEndpoint.Stream stream) {
		this.jdbc
			.sql("UPDATE usage_connector_stream SET window_start = NULL, window_end = NULL, next_page = NULL"
					+ " WHERE connector_id = ? AND stream = ?")
			.params(id, stream.name())
			.update();
	}

	void replaceKey(long id, String sealedKey, String keyLastFour) {
		this.jdbc.sql("UPDATE usage_connector SET key_ciphertext = ?, key_last4 = ?, last_error = NULL WHERE id = ?")
			.params(sealedKey, keyLastFour, id)
			.update();
	}

	void setPaused(long id, boolean paused) {
		this.jdbc.sql("UPDATE usage_connector SET paused = ? WHERE id = ?").params(paused, id).update();
	}

	boolean delete(long id) {
		return this.jdbc.sql("DELETE FROM usage_connector WHERE id = ?").param(id).update() == 1;
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getString("name"), ConnectorProvider.valueOf(rs.getString("provider")),
				rs.getString("key_last4"), rs.getInt("backfill_days"), rs.getBoolean("paused"),
				rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("running_since", OffsetDateTime.class), rs.getObject("last_run_at", OffsetDateTime.class),
				rs.getObject("last_success_at", OffsetDateTime.class), rs.getString("last_error"));
	}

}
