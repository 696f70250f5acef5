package com.breakeven.pricing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import com.breakeven.pricing.feed.FeedEntry;
import com.breakeven.pricing.feed.FeedReading;
import com.breakeven.pricing.feed.ModalityStatement;
import com.breakeven.pricing.feed.ModelIdentity;
import com.breakeven.pricing.feed.TierPrice;

/**
 * Applies a feed to the catalogue with history: for each model, seller, region and
 * context tier, an unchanged price adds nothing, a changed price closes the version in
 * force ({@code effective_to} = the import date) and opens a new one, and a change of
 * more than {@value #REVIEW_FACTOR}× is held for review. Prices are compared only with
 * prices from the same feed. The caller runs it in one transaction, so a failure leaves
 * the catalogue as it was.
 * <p>
 * Model identity: a spelling already in the alias table wins; else the canonical name;
 * else a new model is created with its creator. When several spellings price the same
 * model at the same seller and region (a dated snapshot beside the undated name), the
 * undated name's price is used, then the latest snapshot's.
 * <p>
 * What the feed says of each model's modalities, priced or not, replaces what it said
 * before ({@link ModelRepository#replaceClaims}); the chat-candidate rule
 * ({@link Modalities}) reads it.
 */
@Service
public class CatalogueImport {

	/** Price moves beyond this factor, either way, wait for a person. */
	public static final double REVIEW_FACTOR = 10;

	private final ProviderRepository providers;

	private final ModelRepository models;

	private final PriceRepository prices;

	private final PriceReviewRepository reviews;

	public CatalogueImport(ProviderRepository providers, ModelRepository models, PriceRepository prices,
			PriceReviewRepository reviews) {
		this.providers = providers;
		this.models = models;
		this.prices = prices;
		this.reviews = reviews;
	}

	private record PriceKey(long modelId, long providerId, String region, int tier) {

	}

	/**
	 * @param reading the feed's entries (its refused entries are the caller's to report)
	 * @param asOf the day the feed's prices take effect
	 * @param importRunId the run, recorded on every price row it writes
	 * @return what changed
	 */
	public CatalogueImportResult apply(FeedReading reading, LocalDate asOf, Long importRunId) {
		String source = reading.feed();
		Map<String, Long> providerIds = new HashMap<>();
		this.providers.findAll().forEach(provider -> providerIds.put(provider.code(), provider.id()));
		Map<String, Long> aliases = this.models.aliasIndex();
		List<String> notes = new ArrayList<>();
		int[] created = new int[2];

		// Sellers first, so a creator that also sells (openai) is recorded as a seller,
		// not only as a creator.
		for (FeedEntry entry : reading.entries()) {
			providerId(entry.sellerCode(), entry.sellerKind(), providerIds);
		}
		Map<Long, List<FeedEntry>> entriesByModel = new LinkedHashMap<>();
		int unpriced = 0;
		for (FeedEntry entry : reading.entries()) {
			long modelId = modelFor(entry, providerIds, aliases, notes, created);
			if (entry.priced()) {
				entriesByModel.computeIfAbsent(modelId, id -> new ArrayList<>()).add(entry);
			}
			else {
				unpriced++;
			}
		}

		Map<PriceKey, Price> inForce = new HashMap<>();
		for (Price price : this.prices.openPricesFrom(source)) {
			inForce.put(new PriceKey(price.modelId(), price.providerId(), price.region(), price.contextAboveTokens()),
					price);
		}
		int added = 0;
		int changed = 0;
		int unchanged = 0;
		int held = 0;
		int merged = 0;
		for (Map.Entry<Long, List<FeedEntry>> byModel : entriesByModel.entrySet()) {
			Map<String, FeedEntry> representative = new LinkedHashMap<>();
			for (FeedEntry entry : byModel.getValue()) {
				String sellerRegion = entry.sellerCode() + "|" + entry.identity().region();
				FeedEntry current = representative.get(sellerRegion);
				if (current == null || PREFERENCE.compare(entry, current) < 0) {
					representative.put(sellerRegion, entry);
				}
				if (current != null) {
					merged++;
				}
			}
			for (FeedEntry entry : representative.values()) {
				long providerId = providerIds.get(entry.sellerCode());
				for (Price proposed : pricesOf(entry, byModel.getKey(), providerId, asOf, source)) {
					PriceKey key = new PriceKey(proposed.modelId(), providerId, proposed.region(),
							proposed.contextAboveTokens());
					Price current = inForce.get(key);
					if (current == null) {
						this.prices.add(proposed, importRunId);
						added++;
					}
					else if (current.sameAmountsAs(proposed)) {
						unchanged++;
					}
					else if (proposed.jumpFrom(current, REVIEW_FACTOR) != null) {
						String reason = proposed.jumpFrom(current, REVIEW_FACTOR);
						this.reviews.hold(current.id(), proposed, entry.key() + ": " + reason, importRunId);
						held++;
					}
					else if (current.effectiveFrom().isBefore(asOf)) {
						this.prices.close(current.id(), asOf);
						this.prices.add(proposed, importRunId);
						changed++;
					}
					else if (current.effectiveFrom().isEqual(asOf)) {
						this.prices.replaceAmounts(current.id(), proposed, importRunId);
						changed++;
					}
					else {
						notes.add(entry.key() + ": the price in force since " + current.effectiveFrom()
								+ " is newer than this feed's date " + asOf + "; left as it is");
						unchanged++;
					}
				}
			}
		}
		int[] statements = { 0, 0 };
		if (!reading.statements().isEmpty()) {
			Map<String, List<ModalityClaim>> byModelName = new LinkedHashMap<>();
			for (ModalityStatement statement : reading.statements()) {
				byModelName.computeIfAbsent(statement.modelName(), name -> new ArrayList<>()).add(statement.claim());
			}
			statements = this.models.replaceClaims(source, byModelName, importRunId);
		}
		return new CatalogueImportResult(added, changed, unchanged, held, created[0], created[1], merged, unpriced,
				statements[0], statements[1], notes);
	}

	/**
	 * The model's own name first, then suffix variants, then the latest dated snapshot;
	 * then feed order.
	 */
	private static final Comparator<FeedEntry> PREFERENCE = Comparator
		.comparing(FeedEntry::identity, ModelIdentity.PREFERENCE)
		.thenComparingInt(FeedEntry::ordinal);

	private long modelFor(FeedEntry entry, Map<String, Long> providerIds, Map<String, Long> aliases, List<String> notes,
			int[] created) {
		ModelIdentity identity = entry.identity();
		Long modelId = null;
		for (String alias : identity.aliases()) {
			modelId = aliases.get(alias);
			if (modelId != null) {
				break;
			}
		}
		if (modelId == null) {
			long creator = providerId(identity.creatorCode(), ProviderKind.MODEL_CREATOR, providerIds);
			String name = identity.canonicalName().substring(identity.canonicalName().indexOf('/') + 1);
			Model model = this.models.add(new Model(null, identity.canonicalName(), creator,
					(entry.displayName() != null) ? entry.displayName() : name, null, entry.mode(), false,
					entry.contextWindowTokens(), entry.maxOutputTokens(), null, null, null, null, null));
			modelId = model.id();
			aliases.put(model.canonicalName(), modelId);
			created[0]++;
		}
		List<String> fresh = new ArrayList<>();
		for (String alias : identity.aliases()) {
			Long named = aliases.get(alias);
			if (named == null) {
				fresh.add(alias);
				aliases.put(alias, modelId);
			}
			else if (named.longValue() != modelId) {
				notes.add("alias '" + alias + "' of " + entry.key() + " already names another model; not reassigned");
			}
		}
		this.models.insertNewAliases(modelId, fresh, entry.sellerCode());
		created[1] += fresh.size();
		return modelId;
	}

	private long providerId(String code, ProviderKind kind, Map<String, Long> providerIds) {
		Long id = providerIds.get(code);
		if (id == null) {
			id = this.providers.add(Provider.of(code, code, kind, null)).id();
			providerIds.put(code, id);
		}
		return id;
	}

	private static List<Price> pricesOf(FeedEntry entry, long modelId, long providerId, LocalDate asOf, String source) {
		String region = entry.identity().region();
		if (entry.dynamic()) {
			return List.of(new Price(null, modelId, providerId, region, 0, entry.currency(), null, null, null, null,
					null, null, null, asOf, null, source, entry.key(), true));
		}
		List<Price> result = new ArrayList<>();
		for (TierPrice tier : entry.tiers()) {
			result.add(new Price(null, modelId, providerId, region, tier.contextAboveTokens(), entry.currency(),
					tier.input(), tier.cachedInput(), tier.cacheWrite(), tier.output(), tier.batchInput(),
					tier.batchOutput(), null, asOf, null, source, entry.key(), false, tier.inputAudio(),
					tier.outputAudio()));
		}
		return result;
	}

}
