package com.breakeven.web.scenario;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

import com.breakeven.ingestion.ThroughputRepository;
import com.breakeven.pricing.HardwareProfile;
import com.breakeven.pricing.HardwareRepository;
import com.breakeven.pricing.HostingProfile;
import com.breakeven.pricing.Model;
import com.breakeven.pricing.ModelRepository;
import com.breakeven.pricing.Price;
import com.breakeven.pricing.PriceRepository;
import com.breakeven.tco.ApiPricing;
import com.breakeven.tco.ColocationBasis;
import com.breakeven.tco.Gpu;
import com.breakeven.tco.Hosting;
import com.breakeven.tco.ModelSpec;
import com.breakeven.tco.Node;
import com.breakeven.tco.ThroughputMeasurement;
import com.breakeven.web.throughput.EngineMeasurements;

/**
 * The engine's inputs taken from the catalogue: list prices of a model on a day, a
 * catalogued node, a hosting site, a model's architecture and the throughput measured for
 * it on a node. Anything the catalogue lacks is refused by name, never filled in.
 */
@Service
public class CatalogueInputs {

	private final ModelRepository models;

	private final PriceRepository prices;

	private final HardwareRepository hardware;

	private final ThroughputRepository throughput;

	public CatalogueInputs(ModelRepository models, PriceRepository prices, HardwareRepository hardware,
			ThroughputRepository throughput) {
		this.models = models;
		this.prices = prices;
		this.hardware = hardware;
		this.throughput = throughput;
	}

	/**
	 * The model's list prices from its creator on the day (no batch share, no discount).
	 */
	public ApiPricing listPricing(String modelName, LocalDate day) {
		return pricing(listPrice(modelName, day));
	}

	/**
	 * The catalogue row of the model's list price from its creator on the day, refused
	 * when it is not per input and output token.
	 */
	public Price listPrice(String modelName, LocalDate day) {
		Model model = model(modelName);
		Price price = this.prices.priceAt(model.id(), model.creatorProviderId(), day)
			.orElseThrow(() -> new IllegalArgumentException(
					"no price of " + model.canonicalName() + " from its creator in force on " + day));
		if (price.inputPerMtok() == null || price.outputPerMtok() == null) {
			throw new IllegalArgumentException(model.canonicalName() + " is not priced per input and output token on "
					+ day + " (" + price.sourceRef() + ")");
		}
		return price;
	}

	/**
	 * The price a buyer of the model pays on the day: its creator's list price, or for a
	 * model its creator does not sell (open weights served by others) the cheapest
	 * seller's, by input plus output price per million tokens.
	 */
	public Price buyingPrice(String modelName, LocalDate day) {
		try {
			return listPrice(modelName, day);
		}
		catch (IllegalArgumentException notSoldByCreator) {
			Model model = model(modelName);
			return this.prices.inForceOn(day)
				.stream()
				.filter(p -> p.modelId() == model.id() && p.inputPerMtok() != null && p.outputPerMtok() != null)
				.min(java.util.Comparator.comparing(p -> p.inputPerMtok().add(p.outputPerMtok())))
				.orElseThrow(() -> new IllegalArgumentException("no price of " + model.canonicalName()
						+ " per input and output token in force on " + day + ", from its creator or a seller"));
		}
	}

	/** A catalogue price row as the engine's API prices (no batch share, no discount). */
	public static ApiPricing pricing(Price price) {
		return ApiPricing.listPrices(
				price.currency(), price.inputPerMtok().doubleValue(), (price.cachedInputPerMtok() != null)
						? price.cachedInputPerMtok().doubleValue() : price.inputPerMtok().doubleValue(),
				price.outputPerMtok().doubleValue());
	}

	/** A catalogued node with its GPUs. */
	public Node node(String hardwareProfileCode) {
		HardwareProfile profile = profile(hardwareProfileCode);
		com.breakeven.pricing.Gpu gpu = gpuOf(profile);
		return new Node(
				new Gpu(gpu.displayName(), gpu.memoryGb().doubleValue(), gpu.tdpWatts(), gpu.idleWatts(),
						gpu.unitPrice().doubleValue()),
				profile.gpusPerNode(), profile.serverCapex().doubleValue(), profile.networkingCapex().doubleValue(),
				profile.installationCapex().doubleValue(), profile.nodeOverheadWatts());
	}

	/** A catalogued hosting site. */
	public Hosting hosting(String hostingProfileCode) {
		HostingProfile h = this.hardware.findHostingProfile(hostingProfileCode)
			.orElseThrow(() -> new IllegalArgumentException("no hosting profile '" + hostingProfileCode + "'"));
		return new Hosting(h.energyPricePerKwh().doubleValue(), h.pue().doubleValue(),
				ColocationBasis.valueOf(h.colocationBasis().name()), h.colocationPrice().doubleValue(),
				(h.rackPowerKw() != null) ? h.rackPowerKw().doubleValue() : 0, h.staffFtePerNode().doubleValue(),
				h.staffLoadedCostPerYear().doubleValue(), h.supportFractionOfCapexPerYear().doubleValue(),
				h.softwarePerNodePerYear().doubleValue());
	}

	/**
	 * The architecture the memory check needs; refused for a model the catalogue does not
	 * describe.
	 */
	public ModelSpec spec(String modelName) {
		Model m = model(modelName);
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
	public List<ThroughputMeasurement> measurements(String modelName, String hardwareProfileCode) {
		Model model = model(modelName);
		HardwareProfile profile = profile(hardwareProfileCode);
		return EngineMeasurements.forNode(
				this.throughput.findByModel(model.id()).stream().filter(m -> m.gpuId() == profile.gpuId()).toList(),
				model.displayName(), profile.gpusPerNode());
	}

	private Model model(String name) {
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
