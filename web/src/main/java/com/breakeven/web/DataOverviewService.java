package com.breakeven.web;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.breakeven.ingestion.ThroughputRepository;
import com.breakeven.ingestion.UsageRepository;
import com.breakeven.ingestion.UsageSummary;
import com.breakeven.pricing.HardwareRepository;
import com.breakeven.pricing.ModelRepository;
import com.breakeven.pricing.PriceRepository;
import com.breakeven.pricing.ProviderRepository;

/** Counts what the database holds. */
@Service
class DataOverviewService {

	private final ProviderRepository providers;

	private final ModelRepository models;

	private final PriceRepository prices;

	private final HardwareRepository hardware;

	private final ThroughputRepository throughput;

	private final UsageRepository usage;

	DataOverviewService(ProviderRepository providers, ModelRepository models, PriceRepository prices,
			HardwareRepository hardware, ThroughputRepository throughput, UsageRepository usage) {
		this.providers = providers;
		this.models = models;
		this.prices = prices;
		this.hardware = hardware;
		this.throughput = throughput;
		this.usage = usage;
	}

	@Transactional(readOnly = true)
	DataOverview overview() {
		UsageSummary usageSummary = this.usage.summary();
		return new DataOverview(this.providers.count(), this.models.count(), this.prices.count(),
				this.hardware.countGpus(), this.hardware.countHardwareProfiles(), this.hardware.countHostingProfiles(),
				this.throughput.count(), usageSummary.rows(), usageSummary.unresolvedRows(), usageSummary.firstDay(),
				usageSummary.lastDay(), usageSummary.billedByCurrency());
	}

}
