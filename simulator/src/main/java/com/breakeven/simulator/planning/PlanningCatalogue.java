package com.breakeven.simulator.planning;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.breakeven.tco.ModelSpec;
import com.breakeven.tco.ThroughputMeasurement;

/**
 * What the planning core reads from the catalogue, and nothing else: the product's
 * database answers it (an adapter at the edge), a test answers it from literals.
 */
public interface PlanningCatalogue {

	/** The model a name or alias resolves to. */
	Optional<CatalogueModel> model(String nameOrAlias);

	/** Every catalogued model. */
	List<CatalogueModel> models();

	/**
	 * Every price of a model in force on a day, from every seller, region and tier, with
	 * the negotiated term that covers {@code account} applied (or terms for every account
	 * when it is {@code null}).
	 */
	List<Offer> offers(String canonicalModel, String account, LocalDate day);

	/**
	 * Every model's base-tier offers in force on a day, terms applied as {@link #offers}
	 * applies them, by canonical model: one read for a question over the whole catalogue.
	 */
	Map<String, List<Offer>> offersOn(String account, LocalDate day);

	/**
	 * The rate from one currency to another published on or before a day, or empty when
	 * none is known.
	 */
	Optional<FxRate> rate(Currency from, Currency to, LocalDate day);

	/** The hardware profile with that code, in its own currency. */
	Optional<CatalogueNode> catalogueNode(String hardwareProfileCode);

	/** The hosting profile with that code, in its own currency. */
	Optional<CatalogueSite> catalogueSite(String hostingProfileCode);

	/**
	 * The model's architecture, or empty when the catalogue lacks part of it (parameters,
	 * layers, KV heads, head dimension, context window).
	 */
	Optional<ModelSpec> architecture(String canonicalModel);

	/**
	 * Throughput measured for the model on the profile's GPU, scaled to the profile's
	 * node (replicas per node), every precision.
	 */
	List<ThroughputMeasurement> measurements(String canonicalModel, String hardwareProfileCode);

}
