package com.breakeven.web.scenario;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.breakeven.pricing.HardwareProfile;
import com.breakeven.pricing.HardwareRepository;
import com.breakeven.pricing.HostingProfile;
import com.breakeven.pricing.Model;
import com.breakeven.pricing.ModelRepository;
import com.breakeven.pricing.Price;
import com.breakeven.pricing.PriceCatalogue;
import com.breakeven.pricing.PriceRepository;
import com.breakeven.pricing.QualityScore;
import com.breakeven.pricing.QualityScoreRepository;
import com.breakeven.simulator.planning.CatalogueModel;
import com.breakeven.simulator.planning.CatalogueNode;
import com.breakeven.simulator.planning.CatalogueSite;
import com.breakeven.simulator.planning.FxRate;
import com.breakeven.simulator.planning.Offer;
import com.breakeven.simulator.planning.Planner;
import com.breakeven.simulator.planning.PlanningCatalogue;
import com.breakeven.tco.ModelSpec;
import com.breakeven.tco.ThroughputMeasurement;

/**
 * One version of the catalogue held in memory: models, sellers, prices in force (with
 * negotiated terms), exchange rates, hardware and hosting profiles, measurements and
 * quality scores, each read from the database at most once for this version and then
 * answered from memory. It holds answers, not rules: every look-up is the one
 * {@link CatalogueInputs} or repository method the rest of the product calls, and prices
 * are still chosen by the planning core's
 * {@link com.breakeven.simulator.planning.PriceRule} through {@link #planner()}.
 * {@link CatalogueSnapshots} replaces the whole object when the catalogue changes, so
 * answers of two versions never mix within one.
 */
public final class CatalogueSnapshot implements PlanningCatalogue {

	/**
	 * Entries kept per look-up: a look-up keyed by a day or an account could otherwise
	 * grow without bound between two changes; beyond it answers are read, not kept.
	 */
	static final int MAX_ENTRIES = 10_000;

	private final CatalogueInputs inputs;

	private final ModelRepository models;

	private final HardwareRepository hardware;

	private final QualityScoreRepository quality;

	private final PriceRepository prices;

	private final PriceCatalogue priceCatalogue;

	private final Object version;

	private final long builtNanos;

	private final Planner planner = new Planner(this);

	private final Map<Object, Object> memo = new ConcurrentHashMap<>();

	CatalogueSnapshot(CatalogueInputs inputs, ModelRepository models, HardwareRepository hardware,
			QualityScoreRepository quality, PriceRepository prices, PriceCatalogue priceCatalogue, Object version,
			long builtNanos) {
		this.inputs = inputs;
		this.models = models;
		this.hardware = hardware;
		this.quality = quality;
		this.prices = prices;
		this.priceCatalogue = priceCatalogue;
		this.version = version;
		this.builtNanos = builtNanos;
	}

	Object version() {
		return this.version;
	}

	long builtNanos() {
		return this.builtNanos;
	}

	/** The planning core over this version: its one price rule, this version's offers. */
	public Planner planner() {
		return this.planner;
	}

	@Override
	public Optional<CatalogueModel> model(String nameOrAlias) {
		return remember(new Key("model", nameOrAlias), () -> this.inputs.model(nameOrAlias));
	}

	@Override
	public List<CatalogueModel> models() {
		return remember(new Key("models"), this.inputs::models);
	}

	@Override
	public List<Offer> offers(String canonicalModel, String account, LocalDate day) {
		return remember(new Key("offers", canonicalModel, account, day),
				() -> this.inputs.offers(canonicalModel, account, day));
	}

	@Override
	public Map<String, List<Offer>> offersOn(String account, LocalDate day) {
		return remember(new Key("offersOn", account, day),
				() -> Collections.unmodifiableMap(this.inputs.offersOn(account, day)));
	}

	@Override
	public Optional<FxRate> rate(Currency from, Currency to, LocalDate day) {
		return remember(new Key("rate", from, to, day), () -> this.inputs.rate(from, to, day));
	}

	@Override
	public Optional<CatalogueNode> catalogueNode(String hardwareProfileCode) {
		return remember(new Key("node", hardwareProfileCode), () -> this.inputs.catalogueNode(hardwareProfileCode));
	}

	@Override
	public Optional<CatalogueSite> catalogueSite(String hostingProfileCode) {
		return remember(new Key("site", hostingProfileCode), () -> this.inputs.catalogueSite(hostingProfileCode));
	}

	@Override
	public Optional<ModelSpec> architecture(String canonicalModel) {
		return remember(new Key("architecture", canonicalModel), () -> this.inputs.architecture(canonicalModel));
	}

	/**
	 * The architecture the memory check needs; refused, in {@link CatalogueInputs#spec}'s
	 * words, for a model the catalogue does not describe.
	 */
	public ModelSpec spec(String modelName) {
		return architecture(modelName).orElseGet(() -> this.inputs.spec(modelName));
	}

	@Override
	public List<ThroughputMeasurement> measurements(String modelName, String hardwareProfileCode) {
		return remember(new Key("measurements", modelName, hardwareProfileCode),
				() -> List.copyOf(this.inputs.measurements(modelName, hardwareProfileCode)));
	}

	/** Every catalogued model as stored. */
	public List<Model> allModels() {
		return remember(new Key("allModels"), () -> List.copyOf(this.models.findAll()));
	}

	/** A model by canonical name or alias. */
	public Optional<Model> resolve(String nameOrAlias) {
		return remember(new Key("resolve", nameOrAlias), () -> this.models.resolve(nameOrAlias));
	}

	/** Every hardware profile, in the repository's order. */
	public List<HardwareProfile> hardwareProfiles() {
		return remember(new Key("hardwareProfiles"), () -> List.copyOf(this.hardware.findAllHardwareProfiles()));
	}

	/** A hardware profile by code. */
	public Optional<HardwareProfile> hardwareProfile(String code) {
		return remember(new Key("hardwareProfile", code), () -> this.hardware.findHardwareProfile(code));
	}

	/** Every hosting profile, in the repository's order. */
	public List<HostingProfile> hostingProfiles() {
		return remember(new Key("hostingProfiles"), () -> List.copyOf(this.hardware.findAllHostingProfiles()));
	}

	/** A hosting profile by code. */
	public Optional<HostingProfile> hostingProfile(String code) {
		return remember(new Key("hostingProfile", code), () -> this.hardware.findHostingProfile(code));
	}

	/** The benchmark quality is judged on when none is asked for. */
	public Optional<String> defaultBenchmark() {
		return remember(new Key("defaultBenchmark"), this.quality::defaultBenchmark);
	}

	/** Each model's latest score on a benchmark in a category, by model id. */
	public Map<Long, QualityScore> latestScores(String benchmark, String category) {
		return remember(new Key("latestIn", benchmark, category),
				() -> Collections.unmodifiableMap(this.quality.latestIn(benchmark, category)));
	}

	/** Every model's latest score on every benchmark and category. */
	public List<QualityScore> latestScores() {
		return remember(new Key("latest"), () -> List.copyOf(this.quality.latest()));
	}

	/** Every price a model has had, at every seller, as stored. */
	public List<Price> priceHistory(long modelId) {
		return remember(new Key("priceHistory", modelId), () -> List.copyOf(this.prices.historyOf(modelId)));
	}

	/**
	 * The name a LiteLLM proxy routes a model at a seller by, as the feed its price on
	 * the day came from names it ({@link PriceCatalogue#liteLlmRoute}).
	 */
	public Optional<String> liteLlmRoute(String model, String seller, LocalDate day) {
		return remember(new Key("liteLlmRoute", model, seller, day),
				() -> this.priceCatalogue.liteLlmRoute(model, seller, day));
	}

	/**
	 * The answer kept for this version, read once; concurrent first readers may both read
	 * it, the same rows either way.
	 */
	@SuppressWarnings("unchecked")
	private <T> T remember(Key key, Supplier<T> read) {
		Object kept = this.memo.get(key);
		if (kept != null) {
			return (T) kept;
		}
		T answer = read.get();
		if (answer != null && this.memo.size() < MAX_ENTRIES) {
			this.memo.putIfAbsent(key, answer);
		}
		return answer;
	}

	/** A look-up and its arguments ({@code null} allowed: an account not given). */
	private record Key(String lookUp, List<Object> arguments) {

		Key(String lookUp, Object... arguments) {
			this(lookUp, java.util.Arrays.asList(arguments));
		}

	}

}
