package com.breakeven.ingestion.usage;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.breakeven.ingestion.UsageDay;
import com.breakeven.pricing.Model;
import com.breakeven.pricing.ModelRepository;
import com.breakeven.pricing.Provider;
import com.breakeven.pricing.ProviderRepository;

/**
 * Resolves a staged row's model through the catalogue's aliases and its provider by code
 * (unknown names stay raw, with no id, and are listed in the run report), and makes its
 * row key unique to the file. Applied after a chunk's lines are summed, so once per daily
 * row of the chunk rather than once per line; each distinct name is looked up once per
 * import.
 */
final class CatalogueNames {

	private final ModelRepository models;

	private final ProviderRepository providers;

	private final String fileKey;

	private final Map<String, Optional<Long>> modelIds = new HashMap<>();

	private final Map<String, Optional<Long>> providerIds = new HashMap<>();

	/**
	 * @param fileKey a short, stable identity of the file (the first characters of its
	 * SHA-256)
	 */
	CatalogueNames(ModelRepository models, ProviderRepository providers, String fileKey) {
		this.models = models;
		this.providers = providers;
		this.fileKey = fileKey;
	}

	UsageStaging.StagedRow resolve(UsageStaging.StagedRow row) {
		UsageDay u = row.usage();
		Long modelId = this.modelIds.computeIfAbsent(u.rawModel(), name -> this.models.resolve(name).map(Model::id))
			.orElse(null);
		Long providerId = this.providerIds
			.computeIfAbsent(u.rawProvider(), name -> this.providers.findByCode(name).map(Provider::id))
			.orElse(null);
		UsageDay resolved = new UsageDay(u.usageDate(), providerId, u.rawProvider(), modelId, u.rawModel(), u.account(),
				u.project(), u.team(), u.application(), u.tagsJson(), u.inputTokens(), u.cachedInputTokens(),
				u.cacheWriteTokens(), u.outputTokens(), u.inputAudioTokens(), u.outputAudioTokens(), u.requests(),
				u.batch(), u.billedCost(), u.effectiveCost(), u.listCost(), u.currency(), u.kind(), u.sourceFormat(),
				u.sourceKey(), this.fileKey + ":" + u.rowKey());
		return new UsageStaging.StagedRow(resolved, row.sourceFile(), row.sourceLine(), row.sourceRows());
	}

}
