package com.breakeven.web.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import com.breakeven.ingestion.FxRates;
import com.breakeven.ingestion.ThroughputRepository;
import com.breakeven.pricing.HardwareProfile;
import com.breakeven.pricing.HardwareRepository;
import com.breakeven.pricing.HostingProfile;
import com.breakeven.pricing.Model;
import com.breakeven.pricing.ModelRepository;
import com.breakeven.pricing.Price;
import com.breakeven.pricing.PriceCatalogue;
import com.breakeven.pricing.PriceOverride;
import com.breakeven.pricing.PriceQuote;
import com.breakeven.simulator.planning.CatalogueModel;
import com.breakeven.simulator.planning.CatalogueNode;
import com.breakeven.simulator.planning.CatalogueSite;
import com.breakeven.simulator.planning.FxRate;
import com.breakeven.simulator.planning.Offer;
import com.breakeven.simulator.planning.PlanningCatalogue;
import com.breakeven.tco.ColocationBasis;
import com.breakeven.tco.DeviceKind;
import com.breakeven.tco.Gpu;
import com.breakeven.tco.Hosting;
import com.breakeven.tco.ModelSpec;
import com.breakeven.tco.Node;
import com.breakeven.tco.ThroughputMeasurement;
import com.breakeven.web.throughput.EngineMeasurements;

/**
 * The catalogue as the planning core reads it ({@link PlanningCatalogue}: models, offers
 * with negotiated terms applied, exchange rates) and the engine's own-hardware inputs: a
 * catalogued node, a hosting site, a model's architecture and the throughput measured for
 * it on a node. Anything the catalogue lacks is refused by name, never filled in. Which
 * price answers a question is not decided here but by the planning core's
 * {@link com.breakeven.simulator.planning.PriceRule}.
 */
@Service
public class CatalogueInputs implements PlanningCatalogue {

	private static final String ECB = "ECB euro reference rates";

	private final ModelRepository models;

	private final HardwareRepository hardware;

	private final ThroughputRepository throughput;

	private final PriceCatalogue priceCatalogue;

	private final FxRates rates;

	public CatalogueInputs(ModelRepository models, HardwareRepository hardware, ThroughputRepository throughput,
			PriceCatalogue priceCatalogue, FxRates rates) {
		this.models = models;
		this.hardware = hardware;
		this.throughput = throughput;
		this.priceCatalogue = priceCatalogue;
		this.rates = rates;
	}

	@Override
	public Optional<CatalogueModel> model(String nameOrAlias) {
		return this.models.resolve(nameOrAlias).map(this::planning);
	}

	@Override
	public List<CatalogueModel> models() {
		// the provider codes read once for the whole catalogue, not once a model
		Map<Long, String> codes = this.priceCatalogue.providerCodes();
		return this.models.findAll().stream().map(m -> planning(m, codes)).toList();
	}

	@Override
	public List<Offer> offers(String canonicalModel, String account, LocalDate day) {
		Model model = catalogued(canonicalModel);
		Map<Long, String> sellers = this.priceCatalogue.providerCodes();
		return this.priceCatalogue.quotesOn(model, null, account, day)
			.stream()
			.filter(quote -> quote.inputPerMtok() != null && quote.outputPerMtok() != null)
			.map(quote -> offer(model, quote, sellers.get(quote.list().providerId())))
			.toList();
	}

	@Override
	public Map<String, List<Offer>> offersOn(String account, LocalDate day) {
		Map<Long, Model> byId = new HashMap<>();
		this.models.findAll().forEach(m -> byId.put(m.id(), m));
		Map<Long, String> sellers = this.priceCatalogue.providerCodes();
		Map<String, List<Offer>> offers = new HashMap<>();
		for (PriceQuote quote : this.priceCatalogue.quotesOn(account, day)) {
			Model model = byId.get(quote.list().modelId());
			if (model != null && quote.inputPerMtok() != null && quote.outputPerMtok() != null) {
				offers.computeIfAbsent(model.canonicalName(), name -> new ArrayList<>())
					.add(offer(model, quote, sellers.get(quote.list().providerId())));
			}
		}
		return offers;
	}

	@Override
	public Optional<FxRate> rate(Currency from, Currency to, LocalDate day) {
		return this.rates.quote(from, to, day)
			.map(quote -> new FxRate(from, to, quote.rate(), quote.publishedOn(), ECB));
	}

	@Override
	public Optional<CatalogueNode> catalogueNode(String hardwareProfileCode) {
		return this.hardware.findHardwareProfile(hardwareProfileCode)
			.map(p -> new CatalogueNode(p.code(), p.displayName(), p.source(), p.currency(), node(p, null)));
	}

	@Override
	public Optional<CatalogueSite> catalogueSite(String hostingProfileCode) {
		return this.hardware.findHostingProfile(hostingProfileCode)
			.map(h -> new CatalogueSite(h.code(), h.displayName(), h.source(), h.currency(), hosting(h)));
	}

	@Override
	public Optional<ModelSpec> architecture(String canonicalModel) {
		try {
			return Optional.of(spec(canonicalModel));
		}
		catch (IllegalArgumentException undescribed) {
			return Optional.empty();
		}
	}

	private CatalogueModel planning(Model m) {
		return planning(m, this.priceCatalogue.providerCodes());
	}

	private static CatalogueModel planning(Model m, Map<Long, String> codes) {
		String creator = codes.get(m.creatorProviderId());
		return new CatalogueModel(m.canonicalName(), m.displayName(), creator, m.family(), m.openWeights(),
				m.textChat(), (m.contextWindowTokens() != null) ? m.contextWindowTokens() : 0);
	}

	/**
	 * A price as a buyer pays it: a percentage term applies to the batch, cache-write and
	 * audio prices too; a fixed-price term replaces the list price and leaves no batch,
	 * cache-write or audio price ({@link PriceQuote}).
	 */
	private static Offer offer(Model model, PriceQuote quote, String seller) {
		Price list = quote.list();
		PriceOverride term = quote.override();
		BigDecimal batchInput = list.batchInputPerMtok();
		BigDecimal batchOutput = list.batchOutputPerMtok();
		BigDecimal cacheWrite = list.cacheWritePerMtok();
		String negotiated = null;
		if (term != null && term.kind() == PriceOverride.Kind.PERCENT_DISCOUNT) {
			BigDecimal kept = BigDecimal.ONE.subtract(term.discountFraction());
			batchInput = (batchInput != null) ? batchInput.multiply(kept).setScale(9, RoundingMode.HALF_UP) : null;
			batchOutput = (batchOutput != null) ? batchOutput.multiply(kept).setScale(9, RoundingMode.HALF_UP) : null;
			cacheWrite = (cacheWrite != null) ? cacheWrite.multiply(kept).setScale(9, RoundingMode.HALF_UP) : null;
			negotiated = String.format(Locale.ROOT, "%s %% off list",
					term.discountFraction().movePointRight(2).stripTrailingZeros().toPlainString())
					+ ((term.note() != null) ? " (" + term.note() + ")" : "");
		}
		else if (term != null) {
			batchInput = null;
			batchOutput = null;
			cacheWrite = null;
			negotiated = "fixed price" + ((term.note() != null) ? " (" + term.note() + ")" : "");
		}
		return new Offer(model.canonicalName(), seller, list.region(), list.contextAboveTokens(), quote.currency(),
				quote.inputPerMtok(), quote.cachedInputPerMtok(), quote.outputPerMtok(), batchInput, batchOutput,
				list.dynamic(), list.effectiveFrom(), (list.sourceRef() != null) ? list.sourceRef() : list.source(),
				negotiated, cacheWrite, quote.inputAudioPerMtok(), quote.outputAudioPerMtok());
	}

	/**
	 * A catalogued node with its GPUs, in the profile's currency (the planning core
	 * converts it: {@link CatalogueNode#in}).
	 */
	public Node node(String hardwareProfileCode) {
		return node(profile(hardwareProfileCode), null);
	}

	private Node node(HardwareProfile profile, FxRate rate) {
		com.breakeven.pricing.Gpu gpu = gpuOf(profile);
		return new Node(engineGpu(gpu, rate), profile.gpusPerNode(), money(profile.serverCapex(), rate),
				money(profile.networkingCapex(), rate), money(profile.installationCapex(), rate),
				profile.nodeOverheadWatts());
	}

	/**
	 * A catalogued device with a unit price, as the engine takes it: its kind, its stated
	 * memory in GB ({@link DeviceKind#memoryGb}: GiB of system or unified memory
	 * converted), its price converted at {@code rate}, or in its own currency when
	 * {@code rate} is {@code null}.
	 */
	public static Gpu engineGpu(com.breakeven.pricing.Gpu gpu, FxRate rate) {
		DeviceKind kind = DeviceKind.valueOf(gpu.kind().name());
		return new Gpu(gpu.displayName(), kind.memoryGb(gpu.memoryGb().doubleValue()), gpu.tdpWatts(), gpu.idleWatts(),
				money(gpu.unitPrice(), rate), kind);
	}

	/**
	 * A catalogued hosting site, in the profile's currency (the planning core converts
	 * it: {@link CatalogueSite#in}).
	 */
	public Hosting hosting(String hostingProfileCode) {
		return hosting(this.hardware.findHostingProfile(hostingProfileCode)
			.orElseThrow(() -> new IllegalArgumentException("no hosting profile '" + hostingProfileCode + "'")));
	}

	private static Hosting hosting(HostingProfile h) {
		return new Hosting(h.energyPricePerKwh().doubleValue(), h.pue().doubleValue(),
				ColocationBasis.valueOf(h.colocationBasis().name()), h.colocationPrice().doubleValue(),
				(h.rackPowerKw() != null) ? h.rackPowerKw().doubleValue() : 0, h.staffFtePerNode().doubleValue(),
				h.staffLoadedCostPerYear().doubleValue(), h.supportFractionOfCapexPerYear().doubleValue(),
				h.softwarePerNodePerYear().doubleValue());
	}

	private static double money(BigDecimal amount, FxRate rate) {
		return ((rate != null) ? rate.convert(amount) : amount).doubleValue();
	}

	/**
	 * The architecture the memory check needs; refused for a model the catalogue does not
	 * describe.
	 */
	public ModelSpec spec(String modelName) {
		Model m = catalogued(modelName);
		if (m.parametersBillions() == null || m.layers() == null || m.kvHeads() == null || m.headDim() == null
				|| m.contextWindowTokens() == null) {
			throw new IllegalArgumentException(m.canonicalName()
					+ ": the catalogue lacks its parameters, layers, KV heads, head dimension or context window");
		}
		return new ModelSpec(m.displayName(), m.parametersBillions().doubleValue(),
				(m.activeParametersBillions() != null) ? m.activeParametersBillions().doubleValue() : null, m.layers(),
				m.kvHeads(), m.headDim(), m.contextWindowTokens());
	}

	/**
	 * Throughput stored for the model on the node's GPU, per node (see
	 * {@link EngineMeasurements}).
	 */
	@Override
	public List<ThroughputMeasurement> measurements(String modelName, String hardwareProfileCode) {
		return measurements(modelName, profile(hardwareProfileCode));
	}

	private List<ThroughputMeasurement> measurements(String modelName, HardwareProfile profile) {
		Model model = catalogued(modelName);
		return EngineMeasurements.forNode(
				this.throughput.findByModel(model.id()).stream().filter(m -> m.gpuId() == profile.gpuId()).toList(),
				model.displayName(), profile.gpusPerNode());
	}

	private Model catalogued(String name) {
		return this.models.resolve(name)
			.orElseThrow(() -> new IllegalArgumentException("no model '" + name + "' in the catalogue"));
	}

	private HardwareProfile profile(String code) {
		return this.hardware.findHardwareProfile(code)
			.orElseThrow(() -> new IllegalArgumentException("no hardware profile '" + code + "'"));
	}

	private com.breakeven.pricing.Gpu gpuOf(HardwareProfile profile) {
		return this.hardware.findGpu(profile.gpuId())
			.orElseThrow(() -> new IllegalStateException("hardware profile " + profile.code() + " names no GPU"));
	}

}
