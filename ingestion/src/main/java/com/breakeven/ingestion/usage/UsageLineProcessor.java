package com.breakeven.ingestion.usage;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import com.breakeven.ingestion.UsageDay;
import com.breakeven.pricing.Model;
import com.breakeven.pricing.ModelRepository;
import com.breakeven.pricing.Provider;
import com.breakeven.pricing.ProviderRepository;

/**
 * Resolves each accepted row's model through the catalogue's aliases and its provider by
 * code (unknown names stay raw, with no id, and are listed in the run report), and makes
 * its row key unique to the file. Lines that are not AI usage are filtered out; refused
 * lines pass through to be quarantined.
 */
public class UsageLineProcessor implements ItemProcessor<UsageLine, UsageLine> {

	private final ModelRepository models;

	private final ProviderRepository providers;

	private final String fileKey;

	private final Map<String, Optional<Long>> modelIds = new HashMap<>();

	private final Map<String, Optional<Long>> providerIds = new HashMap<>();

	/**
	 * @param fileKey a short, stable identity of the file (the first characters of its
	 * SHA-256)
	 */
	public UsageLineProcessor(ModelRepository models, ProviderRepository providers, String fileKey) {
		this.models = models;
		this.providers = providers;
		this.fileKey = fileKey;
	}

	@Override
	public UsageLine process(UsageLine line) {
		if (line instanceof UsageLine.Skipped) {
			return null;
		}
		if (!(line instanceof UsageLine.Accepted accepted)) {
			return line;
		}
		UsageDay u = accepted.usage();
		Long modelId = this.modelIds.computeIfAbsent(u.rawModel(), name -> this.models.resolve(name).map(Model::id))
			.orElse(null);
		Long providerId = this.providerIds
			.computeIfAbsent(u.rawProvider(), name -> this.providers.findByCode(name).map(Provider::id))
			.orElse(null);
		return new UsageLine.Accepted(line.line(),
				new UsageDay(u.usageDate(), providerId, u.rawProvider(), modelId, u.rawModel(), u.account(),
						u.project(), u.team(), u.application(), u.tagsJson(), u.inputTokens(), u.cachedInputTokens(),
						u.cacheWriteTokens(), u.outputTokens(), u.requests(), u.batch(), u.billedCost(),
						u.effectiveCost(), u.listCost(), u.currency(), u.kind(), u.sourceFormat(), u.sourceKey(),
						this.fileKey + ":" + u.rowKey()));
	}

}
