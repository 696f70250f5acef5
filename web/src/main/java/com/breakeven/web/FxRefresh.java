package com.breakeven.web;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.breakeven.ingestion.FxRates;
import com.breakeven.ingestion.ImportRun;

/**
 * Fetches the ECB's reference rates of the day on the configured schedule
 * ({@code breakeven.fx.refresh-cron}), as the price feeds are refreshed: each fetch is an
 * import run, so a failed one (no network, a malformed document) is recorded with its
 * reason and changes nothing.
 */
@Component
class FxRefresh {

	private static final Logger log = LoggerFactory.getLogger(FxRefresh.class);

	private final FxRates rates;

	private final FxSettings settings;

	FxRefresh(FxRates rates, FxSettings settings) {
		this.rates = rates;
		this.settings = settings;
	}

	// one small document fetched with a 30 s timeout: seconds; 10 minutes is ample
	@Scheduled(cron = "${breakeven.fx.refresh-cron:0 30 16 * * *}", zone = "UTC")
	@SchedulerLock(name = "fx-refresh", lockAtMostFor = "PT10M", lockAtLeastFor = ScheduledJobLocks.AT_LEAST)
	void refresh() {
		refreshNow();
	}

	/**
	 * @return the run of this fetch
	 */
	ImportRun refreshNow() {
		ImportRun run = this.rates.importEcb(this.settings.url(), this.settings.timeout(), "schedule");
		log.info("Scheduled ECB rate refresh from {}: {} — {}", run.source(), run.status(), run.message());
		return run;
	}

}
