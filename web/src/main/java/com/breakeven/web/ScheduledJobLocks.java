package com.breakeven.web;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every {@code @Scheduled} job runs on one instance at a time, cluster-wide: its method
 * carries ShedLock's {@code @SchedulerLock}, and the call goes ahead only on the instance
 * that takes the job's row in table {@code shedlock} (migration V21); the others skip
 * that tick. A new scheduled job takes the lock like this (ScheduledJobLocksTests fails
 * until it does):
 *
 * <pre>
 * &#64;Scheduled(cron = "${breakeven.connectors.sync-cron:0 0 * * * *}", zone = "UTC")
 * &#64;SchedulerLock(name = "connector-sync", lockAtMostFor = "PT30M", lockAtLeastFor = ScheduledJobLocks.AT_LEAST)
 * void syncWhenDue() {
 * 	syncNow();
 * }
 * </pre>
 *
 * {@code name} is unique per job; {@code lockAtMostFor} outlasts the job's longest run,
 * since an instance that dies mid-run holds the lock until then (another instance runs
 * the job on its first tick after it); {@code lockAtLeastFor} is {@link #AT_LEAST}. The
 * locked method only calls the work ({@code syncNow()}), which tests and "run now"
 * buttons call without the lock: a second call within {@link #AT_LEAST} of the first
 * would otherwise be skipped.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
public class ScheduledJobLocks {

	/**
	 * How long a job's lock is held at least, even when the run takes less: longer than
	 * the instances' clocks and schedulers drift apart (so a tick that fires a little
	 * late on a second instance finds the first one's lock still held), shorter than the
	 * shortest schedule (alert deliveries, every 30 s). Tests set it longer to prove that
	 * a job due on two instances runs once.
	 */
	public static final String AT_LEAST = "${breakeven.scheduling.lock-at-least-for:PT20S}";

	/**
	 * Locks in the application's own database, timed by the database's clock so that the
	 * instances' clocks need not agree.
	 */
	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.withTableName("shedlock")
			.usingDbTime()
			.build());
	}

}
