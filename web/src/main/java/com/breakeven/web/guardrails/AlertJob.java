package com.breakeven.web.guardrails;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.breakeven.web.ScheduledJobLocks;

/**
 * Runs the alert check after every completed usage, price or sample-data import and once
 * a day: each tick compares the newest completed import and today with what the last
 * check saw (table {@code alert_check}), and the instance that moves that row forward
 * runs the check, so two instances never check the same import twice.
 */
@Component
class AlertJob {

	private final JdbcClient jdbc;

	private final AlertChecks checks;

	private final Clock clock;

	AlertJob(JdbcClient jdbc, AlertChecks checks, Clock clock) {
		this.jdbc = jdbc;
		this.checks = checks;
		this.clock = clock;
	}

	// the alert_check row already makes a check run once per import; the lock also keeps
	// a second instance from reading the same row while the first is checking
	@Scheduled(cron = "${breakeven.alerts.check-cron:0 */5 * * * *}", zone = "UTC")
	@SchedulerLock(name = "alert-check", lockAtMostFor = "PT30M", lockAtLeastFor = ScheduledJobLocks.AT_LEAST)
	void checkWhenDue() {
		checkIfNew();
	}

	/**
	 * @return whether a check ran
	 */
	boolean checkIfNew() {
		long newest = this.jdbc.sql("""
				SELECT COALESCE(MAX(id), 0) FROM import_run
				WHERE status = 'COMPLETED' AND kind IN ('USAGE', 'PRICE', 'SAMPLE_DATA')""").query(Long.class).single();
		LocalDate today = LocalDate.now(this.clock);
		record Seen(long run, LocalDate day) {
		}
		Seen seen = this.jdbc.sql(
				"SELECT COALESCE(last_import_run_id, -1), COALESCE(last_checked_on, DATE '1970-01-01') FROM alert_check"
						+ " WHERE id = 1")
			.query((rs, row) -> new Seen(rs.getLong(1), rs.getObject(2, LocalDate.class)))
			.single();
		if (seen.run() == newest && seen.day().equals(today)) {
			return false;
		}
		int moved = this.jdbc.sql("""
				UPDATE alert_check SET last_import_run_id = :newest, last_checked_on = :today, checked_at = :now
				WHERE id = 1 AND COALESCE(last_import_run_id, -1) = :seenRun
				  AND COALESCE(last_checked_on, DATE '1970-01-01') = :seenDay""")
			.param("newest", newest)
			.param("today", today)
			.param("now", OffsetDateTime.now(this.clock))
			.param("seenRun", seen.run())
			.param("seenDay", seen.day())
			.update();
		if (moved == 1) {
			this.checks.check();
			return true;
		}
		return false;
	}

}
