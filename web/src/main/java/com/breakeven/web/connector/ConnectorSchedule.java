package com.breakeven.web.connector;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.breakeven.ingestion.connector.Connectors;
import com.breakeven.web.ScheduledJobLocks;

/**
 * Pulls every connector that is not paused on {@code breakeven.connectors.pull-cron}: the
 * job's cluster-wide lock runs it on one instance a tick, and each connector's lease in
 * the database keeps a "pull now" from overlapping it. The lock outlasts a 90-day
 * backfill of both providers (a stale lease is taken over after 2 h).
 */
@Component
class ConnectorSchedule {

	private final Connectors connectors;

	ConnectorSchedule(Connectors connectors) {
		this.connectors = connectors;
	}

	@Scheduled(cron = "${breakeven.connectors.pull-cron:0 20 * * * *}", zone = "UTC")
	@SchedulerLock(name = "connector-pulls", lockAtMostFor = "PT2H", lockAtLeastFor = ScheduledJobLocks.AT_LEAST)
	void pullAll() {
		this.connectors.pullAll("schedule");
	}

}
