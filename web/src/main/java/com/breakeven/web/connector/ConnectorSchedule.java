package com.breakeven.web.connector;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.breakeven.ingestion.connector.Connectors;

/**
 * Pulls every connector that is not paused on {@code breakeven.connectors.pull-cron};
 * each connector's lease in the database keeps two instances from pulling it at once.
 */
@Component
class ConnectorSchedule {

	private final Connectors connectors;

	ConnectorSchedule(Connectors connectors) {
		this.connectors = connectors;
	}

	@Scheduled(cron = "${breakeven.connectors.pull-cron:0 20 * * * *}", zone = "UTC")
	void pullAll() {
		this.connectors.pullAll("schedule");
	}

}
