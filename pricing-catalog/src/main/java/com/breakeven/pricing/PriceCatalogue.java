package com.breakeven.pricing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.breakeven.pricing.feed.LiteLlmFeed;
import com.breakeven.pricing.feed.OpenRouterFeed;

/**
 * The pricing catalogue's read API: prices from history, and the cheapest models that
 * meet a need. Models are named by any alias; sellers by provider code.
 */
@Service
@Transactional(readOnly = true)
public class PriceCatalogue {

	private final ModelRepository models;

	private final ProviderRepository providers;

	private final PriceRepository prices;

	private final PriceOverrideRepository overrides;

	public PriceCatalogue(ModelRepository models, ProviderRepository providers, PriceRepository prices,
			PriceOverrideRepository overrides) {
		this.models = models;
		this.providers = providers;
		this.prices = prices;
		this.overrides = overrides;
	}

	/**
	 * Prices in force on a day with the negotiated terms that cover them applied: the
	 * most specific term wins (model and provider, then model, then provider; for the
	 * given account before terms for every account).
	 * @param model the model
	 * @param seller a seller to restrict to, or {@code null} for all
	 * @param account the billing account asking, or {@code null}
	 * @param day the day
	 * @return one quote per price in force
	 */
	public List<PriceQuote> quotesOn(Model model, Provider seller, String account, LocalDate day) {
		return quoted(pricesOn(model, seller, day), account, day);
	}

	/**
	 * Every base-tier price of every model in force on a day, with the negotiated terms
	 * that cover them applied as {@link #quotesOn(Model, Provider, String, LocalDate)}
	 * does: one read for a question over the whole catalogue.
	 * @param account the billing account asking, or {@code null}
	 * @param day the day
	 * @return one quote per price in force
	 */
	public List<PriceQuote> quotesOn(String account, LocalDate day) {
		return quoted(this.prices.inForceOn(day), account, day);
	}

	/** The most specific term covering each price, or its list price. */
	private List<PriceQuote> quoted(List<Price> prices, String account, LocalDate day) {
		List<PriceOverride> terms = this.overrides.inForceOn(day);
		return prices.stream()
			.map(price -> terms.stream()
				.filter(term -> term.covers(price.providerId(), price.modelId(), account, day))
				.max(Comparator.comparingInt(PriceOverride::specificity))
				.map(term -> PriceQuote.negotiated(price, term))
				.orElseGet(() -> PriceQuote.listOnly(price)))
			.toList();
	}

	/**
	 * @return the model a name or alias resolves to
	 */
	public Optional<Model> model(String nameOrAlias) {
		return this.models.resolve(nameOrAlias);
	}

	/**
	 * @return the provider with that code
	 */
	public Optional<Provider> provider(String code) {
		return this.providers.findByCode(code);
	}

	/**
	 * @return every provider code by provider id, read once for a whole answer
	 */
	public Map<Long, String> providerCodes() {
		return this.providers.findAll().stream().collect(Collectors.toMap(Provider::id, Provider::code));
	}

	/**
	 * Every price of the model in force on a day: each seller, region and context tier.
	 * @param model the model
	 * @param seller a seller to restrict to, or {@code null} for all
	 * @param day the day
	 * @return the prices, sellers then regions then tiers in order
	 */
	public List<Price> pricesOn(Model model, Provider seller, LocalDate day) {
		return this.prices.historyOf(model.id())
			.stream()
			.filter(price -> seller == null || price.providerId() == seller.id())
			.filter(price -> price.appliesOn(day))
			.sorted(Comparator.comparingLong(Price::providerId)
				.thenComparing(Price::region)
				.thenComparingInt(Price::contextAboveTokens))
			.toList();
	}

	/**
	 * The model string LiteLLM's proxy routes a model at a seller through, read from the
	 * feed the price in force came from: a LiteLLM price map entry's key with its
	 * provider's prefix ({@link LiteLlmFeed#route}), an OpenRouter model id behind
	 * {@code openrouter/}.
	 * @param model the model, by any alias
	 * @param sellerCode the seller, or {@code null} for the first seller with a route
	 * @param day the day the price is in force
	 * @return the route, or empty when no price in force came from either feed (a manual
	 * price names no route)
	 */
	public Optional<String> liteLlmRoute(String model, String sellerCode, LocalDate day) {
		Optional<Model> found = model(model);
		Optional<Provider> seller = (sellerCode != null) ? provider(sellerCode) : Optional.empty();
		if (found.isEmpty() || (sellerCode != null && seller.isEmpty())) {
			return Optional.empty();
		}
		Map<Long, String> codes = providerCodes();
		return pricesOn(found.get(), seller.orElse(null), day).stream()
			.filter(price -> price.sourceRef() != null)
			.map(price -> {
				// a sample-data row names its snapshot too: "file.json#key"
				String key = price.sourceRef().substring(price.sourceRef().indexOf('#') + 1);
				return switch (price.source()) {
					case LiteLlmFeed.CODE -> LiteLlmFeed.route(codes.get(price.providerId()), key);
					case OpenRouterFeed.CODE -> OpenRouterFeed.CODE + "/" + key;
					default -> null;
				};
			})
			.filter(Objects::nonNull)
			.findFirst();
	}

	/**
	 * A chat model first priced on or after a day, with its current prices: what to
	 * evaluate next.
	 *
	 * @param model the model
	 * @param firstPricedOn the earliest day of any of its prices
	 * @param currentPrices its prices still in force (no end date), sellers in order
	 */
	public record NewModel(Model model, LocalDate firstPricedOn, List<Price> currentPrices) {

	}

	/**
	 * Chat models ({@link Model#textChat()}) first seen in the price feeds on or after a
	 * day: the earliest {@code effective_from} of their prices.
	 * @param since the first day counted
	 * @return newest first, then by name
	 */
	public List<NewModel> chatModelsFirstPricedSince(LocalDate since) {
		Map<Long, LocalDate> first = this.prices.firstPricedOn();
		return this.models.findAll()
			.stream()
			.filter(Model::textChat)
			.filter(model -> first.containsKey(model.id()) && !first.get(model.id()).isBefore(since))
			.map(model -> new NewModel(model, first.get(model.id()),
					this.prices.historyOf(model.id())
						.stream()
						.filter(price -> price.effectiveTo() == null)
						.sorted(Comparator.comparingLong(Price::providerId).thenComparing(Price::region))
						.toList()))
			.sorted(Comparator.comparing(NewModel::firstPricedOn)
				.reversed()
				.thenComparing(n -> n.model().canonicalName()))
			.toList();
	}

	/**
	 * The cheapest chat models ({@link Model#textChat()}), one line per model and seller
	 * (the cheapest region), among base-tier prices in force on a day in one currency,
	 * whose context window is at least {@code minContextTokens}. Ranked by the blended
	 * price {@code inputShare × input + (1 − inputShare) × output} per million tokens.
	 * Dynamic prices are left out.
	 * @param minContextTokens context-length floor
	 * @param inputShare share of input tokens in the workload, 0..1 (0.75 = three input
	 * tokens per output token)
	 * @param currency the currency to compare in
	 * @param day the day
	 * @param limit how many
	 * @return cheapest first
	 */
	public List<PricedModel> cheapestChatModels(int minContextTokens, double inputShare, Currency currency,
			LocalDate day, int limit) {
		if (!(inputShare >= 0 && inputShare <= 1)) {
			throw new IllegalArgumentException("inputShare is a fraction between 0 and 1, was " + inputShare);
		}
		Map<Long, Model> chatModels = this.models.findAll()
			.stream()
			.filter(Model::textChat)
			.filter(model -> model.contextWindowTokens() != null && model.contextWindowTokens() >= minContextTokens)
			.collect(Collectors.toMap(Model::id, Function.identity()));
		Map<Long, Provider> sellers = this.providers.findAll()
			.stream()
			.collect(Collectors.toMap(Provider::id, Function.identity()));
		BigDecimal inputWeight = BigDecimal.valueOf(inputShare);
		BigDecimal outputWeight = BigDecimal.ONE.subtract(inputWeight);
		return this.prices.inForceOn(day)
			.stream()
			.filter(price -> !price.dynamic() && price.currency().equals(currency))
			.filter(price -> price.inputPerMtok() != null && price.outputPerMtok() != null)
			.filter(price -> chatModels.containsKey(price.modelId()))
			.map(price -> new PricedModel(chatModels.get(price.modelId()), sellers.get(price.providerId()), price,
					price.inputPerMtok()
						.multiply(inputWeight)
						.add(price.outputPerMtok().multiply(outputWeight))
						.round(MathContext.DECIMAL64)))
			.collect(Collectors.toMap(priced -> priced.model().id() + "|" + priced.provider().id(), Function.identity(),
					(a, b) -> (a.blendedPerMtok().compareTo(b.blendedPerMtok()) <= 0) ? a : b))
			.values()
			.stream()
			.sorted(Comparator.comparing(PricedModel::blendedPerMtok)
				.thenComparing(priced -> priced.model().canonicalName())
				.thenComparing(priced -> priced.provider().code()))
			.limit(limit)
			.toList();
	}

}
