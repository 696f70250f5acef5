package com.breakeven.simulator.planning;

import java.time.LocalDate;
import java.util.Currency;

import com.breakeven.tco.Demand;

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
	 * {@link #candidatePrice(String, String, LocalDate, Currency, Demand, double)} for a
	 * found model.
	 */
	public PriceResolution candidatePrice(CatalogueModel model, String account, LocalDate day, Currency currency,
			Demand mix, double batchShare) {
		return PriceRule.buying(model.name(), model.creator(), this.catalogue.offers(model.name(), account, day),
				currency, day, from -> this.catalogue.rate(from, currency, day), mix, batchShare);
	}

}
