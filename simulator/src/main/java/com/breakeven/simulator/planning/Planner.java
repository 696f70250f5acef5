package com.breakeven.simulator.planning;

import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.breakeven.tco.Demand;
import com.breakeven.tco.ModelSpec;
import com.breakeven.tco.ThroughputMeasurement;

/**
 * The planning core's price questions, each answered by {@link PriceRule} over the
 * catalogue: every page, API answer, command and report asks here, so the same workload
 * costs the same everywhere.
 */
public final class Planner {

	private final PlanningCatalogue catalogue;

	/**
	 * @param catalogue what the answers are resolved against
	 */
	public Planner(PlanningCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	/** The catalogue the answers are resolved against. */
	public PlanningCatalogue catalogue() {
		return this.catalogue;
	}

	/**
	 * What a workload pays today: at the seller and account its usage shows; without a
	 * known seller, at the buying price of {@link #candidatePrice}, which the answer's
	 * basis then says.
	 * @param model the model as named (any alias)
	 * @param seller the seller's provider code, or {@code null} when unknown
	 * @param account the billing account, or {@code null}
	 * @param day the day prices are taken on
	 * @param currency the answer's currency
	 * @param mix the workload's token mix
	 * @param batchShare share of its tokens sent through a batch API, 0..1
	 */
	public PriceResolution currentPrice(String model, String seller, String account, LocalDate day, Currency currency,
			Demand mix, double batchShare) {
		CatalogueModel found = this.catalogue.model(model).orElse(null);
		if (found == null) {
			return new PriceResolution.Unpriced(model, "no model '" + model + "' in the catalogue");
		}
		if (seller == null || seller.isBlank()) {
			return candidatePrice(found, account, day, currency, mix, batchShare);
		}
		return PriceRule.atSeller(found.name(), seller, this.catalogue.offers(found.name(), account, day), currency,
				day, from -> this.catalogue.rate(from, currency, day), mix, batchShare);
	}

	/**
	 * What a candidate model costs a buyer: its creator's price, else the cheapest
	 * seller's for the mix.
	 */
	public PriceResolution candidatePrice(String model, String account, LocalDate day, Currency currency, Demand mix,
			double batchShare) {
		return this.catalogue.model(model)
			.map(found -> candidatePrice(found, account, day, currency, mix, batchShare))
			.orElseGet(() -> new PriceResolution.Unpriced(model, "no model '" + model + "' in the catalogue"));
	}

	/**
	 * The candidate price of many models, their offers read once.
	 * @return each model's price or reason, by canonical name, in the models' order
	 */
	public Map<String, PriceResolution> candidatePrices(List<CatalogueModel> models, String account, LocalDate day,
			Currency currency, Demand mix, double batchShare) {
		Map<String, List<Offer>> offers = this.catalogue.offersOn(account, day);
		Map<String, PriceResolution> prices = new LinkedHashMap<>();
		for (CatalogueModel model : models) {
			prices.put(model.name(),
					PriceRule.buying(model.name(), model.creator(), offers.getOrDefault(model.name(), List.of()),
							currency, day, from -> rate(from, currency, day), mix, batchShare));
		}
		return prices;
	}

	/**
	 * {@link #candidatePrice(String, String, LocalDate, Currency, Demand, double)} for a
	 * found model.
	 */
	public PriceResolution candidatePrice(CatalogueModel model, String account, LocalDate day, Currency currency,
			Demand mix, double batchShare) {
		return PriceRule.buying(model.name(), model.creator(), this.catalogue.offers(model.name(), account, day),
				currency, day, from -> this.catalogue.rate(from, currency, day), mix, batchShare);
	}

	/**
	 * A scenario's question resolved once: both API prices by the price rule, the node
	 * and the site converted to the answer's currency at the day's rate, the open model's
	 * architecture and its measurements on the node's GPU. Whatever the catalogue cannot
	 * answer is refused against the field that asked, every field at once.
	 */
	public ScenarioResolution resolve(ScenarioQuestion q) {
		Map<String, String> refused = new LinkedHashMap<>();
		Optional<CatalogueModel> currentModel = this.catalogue.model(q.currentModel());
		Optional<CatalogueModel> alternativeModel = this.catalogue.model(q.alternativeModel());
		ResolvedPrice current = null;
		if (currentModel.isEmpty()) {
			refused.put("currentModel", "no model '" + q.currentModel() + "' in the catalogue");
		}
		else {
			current = priced(refused, (q.currentSeller() != null) ? "currentSeller" : "currentModel",
					currentPrice(q.currentModel(), q.currentSeller(), q.currentAccount(), q.pricesOn(), q.currency(),
							q.demand(), q.batchShare()));
		}
		ResolvedPrice alternative;
		if (currentModel.isPresent() && alternativeModel.isPresent()
				&& currentModel.get().name().equals(alternativeModel.get().name())) {
			// the alternative is the model the workload runs on: priced as it pays today,
			// so
			// that staying put is "not a move", never a dearer list price
			alternative = current;
		}
		else {
			alternative = priced(refused, "alternativeModel", candidatePrice(q.alternativeModel(), q.currentAccount(),
					q.pricesOn(), q.currency(), q.demand(), q.batchShare()));
		}
		CatalogueNode node = this.catalogue.catalogueNode(q.hardwareProfile()).orElse(null);
		if (node == null) {
			refused.put("hardwareProfile", "no hardware profile '" + q.hardwareProfile() + "' in the catalogue");
		}
		else {
			node = rate(node.currency(), q.currency(), q.pricesOn()).map(node::in).orElse(null);
			if (node == null) {
				refused.put("hardwareProfile", noRate(q.hardwareProfile(), q.currency(), q.pricesOn()));
			}
		}
		CatalogueSite site = this.catalogue.catalogueSite(q.hostingProfile()).orElse(null);
		if (site == null) {
			refused.put("hostingProfile", "no hosting profile '" + q.hostingProfile() + "' in the catalogue");
		}
		else {
			site = rate(site.currency(), q.currency(), q.pricesOn()).map(site::in).orElse(null);
			if (site == null) {
				refused.put("hostingProfile", noRate(q.hostingProfile(), q.currency(), q.pricesOn()));
			}
		}
		CatalogueModel served = this.catalogue.model(q.servedModel()).orElse(null);
		ModelSpec spec = null;
		if (served == null) {
			refused.put("servedModel", "no model '" + q.servedModel() + "' in the catalogue");
		}
		else {
			spec = this.catalogue.architecture(served.name()).orElse(null);
			if (spec == null) {
				refused.put("servedModel", served.name() + ": the catalogue lacks its parameters, layers, KV heads,"
						+ " head dimension or context window (set them on the model's architecture page)");
			}
		}
		List<ThroughputMeasurement> measured = (served != null && spec != null && node != null)
				? this.catalogue.measurements(served.name(), q.hardwareProfile()) : List.of();
		if (served != null && spec != null && node != null && measured.isEmpty()) {
			refused.put("servedModel", "no throughput of " + served.name() + " measured on the GPU of "
					+ q.hardwareProfile() + ": import a benchmark result or run the probe first");
		}
		if (!refused.isEmpty()) {
			return new ScenarioResolution.Refused(refused);
		}
		return new ScenarioResolution.Resolved(new ResolvedScenario(current, alternative, node, site, spec, measured));
	}

	/**
	 * The rate from one currency to another on a day: the identity for the same currency,
	 * else the catalogue's.
	 */
	public Optional<FxRate> rate(Currency from, Currency to, LocalDate day) {
		return from.equals(to) ? Optional.of(FxRate.same(to, day)) : this.catalogue.rate(from, to, day);
	}

	private String noRate(String profile, Currency to, LocalDate day) {
		return "no ECB rate to " + to.getCurrencyCode() + " on or before " + day + " to convert profile " + profile
				+ ": import the ECB reference rates";
	}

	private static ResolvedPrice priced(Map<String, String> refused, String field, PriceResolution resolution) {
		if (resolution instanceof PriceResolution.Unpriced unpriced) {
			refused.put(field, unpriced.reason());
			return null;
		}
		return ((PriceResolution.Priced) resolution).price();
	}

}
