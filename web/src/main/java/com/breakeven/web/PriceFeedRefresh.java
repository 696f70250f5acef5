package com.breakeven.web;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.breakeven.ingestion.ImportRun;
import com.breakeven.ingestion.PriceFeedImports;
import com.breakeven.pricing.feed.LiteLlmFeed;
import com.breakeven.pricing.feed.OpenRouterFeed;

/**
 * Refreshes both public price feeds on the configured schedule
 * ({@code breakeven.pricing.refresh-cron}); each run is an import run, so a failed
 * refresh (no network, a malformed feed) is recorded with its reason and changes nothing.
 */
@Component
class PriceFeedRefresh {

	private static final Logger log = LoggerFactory.getLogger(PriceFeedRefresh.class);

	private final PriceFeedImports imports;

	private final PricingSettings settings;

	PriceFeedRefresh(PriceFeedImports imports, PricingSettings settings) {
		this.imports = imports;
		this.settings = settings;
	}

	// two downloads (30 s timeout each) and two catalogue imports of a few thousand
	// entries: under a minute; 30 minutes leaves room for a slow database
	@Scheduled(cron = "${breakeven.pricing.refresh-cron:0 0 5 * * *}", zone = "UTC")
	@SchedulerLock(name = "price-feed-refresh", lockAtMostFor = "PT30M", lockAtLeastFor = ScheduledJobLocks.AT_LEAST)
	void refreshBothFeeds() {
		refresh(LiteLlmFeed.CODE, this.settings.litellmUrl());
		refresh(OpenRouterFeed.CODE, this.settings.openrouterUrl());
	}

	// a feed whose job fails outside its import run (the database refused the launch, or
	// the job ended without a run) is logged and the other feed still refreshed: the lock
	// keeps this run from being repeated for a
	// while, so an exception here would skip the second feed until the next schedule
	private void refresh(String feed, String url) {
		try {
			ImportRun run = this.imports.run(feed, url, null, "schedule");
			log.info("Scheduled price refresh {} from {}: {} — {}", run.format(), run.source(), run.status(),
					run.message());
		}
		catch (RuntimeException ex) {
			log.error("Scheduled price refresh {} from {} failed: {}", feed, url, ex.getMessage(), ex);
		}
	}

}
