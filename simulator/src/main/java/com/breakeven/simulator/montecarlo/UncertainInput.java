package com.breakeven.simulator.montecarlo;

import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

import com.breakeven.simulator.projection.ApiOption;
import com.breakeven.simulator.projection.DemandPath;
import com.breakeven.simulator.projection.OwnHardware;
import com.breakeven.simulator.projection.ProjectionInputs;
import com.breakeven.tco.Demand;
import com.breakeven.tco.Hosting;
import com.breakeven.tco.Node;
import com.breakeven.tco.ThroughputMeasurement;

/**
 * The numeric inputs of a projection that may be given as a distribution, each with how a
 * drawn value replaces it (multipliers scale today's figure, rates replace it).
 */
public enum UncertainInput {

	/** Today's volume, as a multiple of the measured one. */
	VOLUME_MULTIPLIER("volume (× today's)", (in, v) -> {
		Demand d = in.demand().today();
		Demand scaled = d.scaledBy(v);
		return with(in, new DemandPath(scaled, in.demand().growthPerMonth(), in.demand().multipliers()));
	}),
	/** Compound demand growth per month. */
	DEMAND_GROWTH_PER_MONTH("demand growth per month",
			(in, v) -> with(in, new DemandPath(in.demand().today(), v, in.demand().multipliers()))),
	/** Yearly price decline of the API in use today. */
	CURRENT_API_PRICE_DECLINE("current API price decline per year",
			(in, v) -> new ProjectionInputs(in.currency(), in.horizonMonths(), in.demand(),
					new ApiOption(in.currentApi().name(), in.currentApi().pricing(), v), in.cheapestApi(), in.own(),
					in.ownShare(), in.annualDiscountRate())),
	/** Yearly price decline of the cheapest adequate API. */
	CHEAPEST_API_PRICE_DECLINE("cheapest API price decline per year",
			(in, v) -> new ProjectionInputs(in.currency(), in.horizonMonths(), in.demand(), in.currentApi(),
					new ApiOption(in.cheapestApi().name(), in.cheapestApi().pricing(), v), in.own(), in.ownShare(),
					in.annualDiscountRate())),
	/** Measured throughput, as a multiple of the measurement. */
	THROUGHPUT_MULTIPLIER("throughput (× measured)", (in, v) -> {
		ThroughputMeasurement m = in.own().measurement();
		ThroughputMeasurement scaled = new ThroughputMeasurement(m.model(), m.quantisation(), m.engine(),
				m.concurrency(), m.inputTokens(), m.outputTokens(), m.outputTokensPerSecond() * v,
				(m.totalTokensPerSecond() != null) ? m.totalTokensPerSecond() * v : null, m.ttftP50Ms(), m.ttftP99Ms(),
				m.itlP50Ms(), m.itlP99Ms(), m.source(), m.gpusPerReplica());
		OwnHardware o = in.own();
		return with(in, new OwnHardware(o.node(), scaled, o.hosting(), o.targetUtilisation(), o.lifeMonths(),
				o.residualFraction(), o.leadTimeMonths(), o.powerPriceChangePerYear(), o.rentedGpuHourly()));
	}),
	/** GPU price, as a multiple of the catalogue's. */
	GPU_PRICE_MULTIPLIER("GPU price (× catalogue)", (in, v) -> {
		OwnHardware o = in.own();
		Node n = o.node();
		Node priced = new Node(n.gpu().withUnitPrice(n.gpu().unitPrice() * v), n.gpusPerNode(), n.chassisCapex(),
				n.networkingCapex(), n.installationCapex(), n.overheadWatts());
		return with(in, new OwnHardware(priced, o.measurement(), o.hosting(), o.targetUtilisation(), o.lifeMonths(),
				o.residualFraction(), o.leadTimeMonths(), o.powerPriceChangePerYear(), o.rentedGpuHourly()));
	}),
	/** Yearly change of the electricity price. */
	POWER_PRICE_CHANGE_PER_YEAR("power price change per year", (in, v) -> {
		OwnHardware o = in.own();
		return with(in, new OwnHardware(o.node(), o.measurement(), o.hosting(), o.targetUtilisation(), o.lifeMonths(),
				o.residualFraction(), o.leadTimeMonths(), v, o.rentedGpuHourly()));
	}),
	/** Today's electricity price, as a multiple of the hosting profile's. */
	ENERGY_PRICE_MULTIPLIER("energy price (× hosting profile's)",
			(in, v) -> withHosting(in,
					h -> new Hosting(h.pricePerKwh() * v, h.pue(), h.colocationBasis(), h.colocationPrice(),
							h.rackPowerKw(), h.staffFtePerNode(), h.staffLoadedCostPerYear(),
							h.supportFractionOfCapexPerYear(), h.softwarePerNodePerYear()))),
	/** Power usage effectiveness of the site. */
	PUE("PUE",
			(in, v) -> withHosting(in,
					h -> new Hosting(h.pricePerKwh(), v, h.colocationBasis(), h.colocationPrice(), h.rackPowerKw(),
							h.staffFtePerNode(), h.staffLoadedCostPerYear(), h.supportFractionOfCapexPerYear(),
							h.softwarePerNodePerYear()))),
	/** Loaded cost of operations staff, as a multiple of the hosting profile's. */
	STAFF_COST_MULTIPLIER("staff cost (× hosting profile's)",
			(in, v) -> withHosting(in,
					h -> new Hosting(h.pricePerKwh(), h.pue(), h.colocationBasis(), h.colocationPrice(),
							h.rackPowerKw(), h.staffFtePerNode(), h.staffLoadedCostPerYear() * v,
							h.supportFractionOfCapexPerYear(), h.softwarePerNodePerYear()))),
	/** Peak rate over average rate of the demand. */
	PEAK_TO_AVERAGE("peak-to-average", (in, v) -> {
		Demand d = in.demand().today();
		return with(in,
				new DemandPath(d.withPeakToAverage(v), in.demand().growthPerMonth(), in.demand().multipliers()));
	}),
	/** Peak utilisation nodes are sized for. */
	TARGET_UTILISATION("target utilisation", (in, v) -> {
		OwnHardware o = in.own();
		return with(in, new OwnHardware(o.node(), o.measurement(), o.hosting(), v, o.lifeMonths(), o.residualFraction(),
				o.leadTimeMonths(), o.powerPriceChangePerYear(), o.rentedGpuHourly()));
	}),
	/** Value of a node at the end of its life, a fraction of capex. */
	RESIDUAL_FRACTION("residual value", (in, v) -> {
		OwnHardware o = in.own();
		return with(in, new OwnHardware(o.node(), o.measurement(), o.hosting(), o.targetUtilisation(), o.lifeMonths(),
				v, o.leadTimeMonths(), o.powerPriceChangePerYear(), o.rentedGpuHourly()));
	}),
	/**
	 * Months between ordering a node and its first month of service (rounded to whole
	 * months).
	 */
	LEAD_TIME_MONTHS("lead time, months", (in, v) -> {
		OwnHardware o = in.own();
		return with(in, new OwnHardware(o.node(), o.measurement(), o.hosting(), o.targetUtilisation(), o.lifeMonths(),
				o.residualFraction(), (int) Math.round(v), o.powerPriceChangePerYear(), o.rentedGpuHourly()));
	}),
	/** Share of the traffic that must stay on own hardware in the hybrid strategy. */
	OWN_SHARE("share kept in-house (hybrid)",
			(in, v) -> new ProjectionInputs(in.currency(), in.horizonMonths(), in.demand(), in.currentApi(),
					in.cheapestApi(), in.own(), v, in.annualDiscountRate())),
	/** Price of a rented GPU per hour. */
	RENTED_GPU_HOURLY("rented GPU per hour", (in, v) -> {
		OwnHardware o = in.own();
		return with(in, new OwnHardware(o.node(), o.measurement(), o.hosting(), o.targetUtilisation(), o.lifeMonths(),
				o.residualFraction(), o.leadTimeMonths(), o.powerPriceChangePerYear(), v));
	}),
	/** Cost of capital per year. */
	DISCOUNT_RATE("cost of capital per year", (in, v) -> new ProjectionInputs(in.currency(), in.horizonMonths(),
			in.demand(), in.currentApi(), in.cheapestApi(), in.own(), in.ownShare(), v));

	private final String label;

	private final BiFunction<ProjectionInputs, Double, ProjectionInputs> replace;

	UncertainInput(String label, BiFunction<ProjectionInputs, Double, ProjectionInputs> replace) {
		this.label = label;
		this.replace = replace;
	}

	public String label() {
		return this.label;
	}

	/** The inputs with this one set to {@code value}. */
	public ProjectionInputs apply(ProjectionInputs inputs, double value) {
		return this.replace.apply(inputs, value);
	}

	private static ProjectionInputs with(ProjectionInputs in, DemandPath demand) {
		return new ProjectionInputs(in.currency(), in.horizonMonths(), demand, in.currentApi(), in.cheapestApi(),
				in.own(), in.ownShare(), in.annualDiscountRate());
	}

	private static ProjectionInputs withHosting(ProjectionInputs in, UnaryOperator<Hosting> change) {
		OwnHardware o = in.own();
		return with(in,
				new OwnHardware(o.node(), o.measurement(), change.apply(o.hosting()), o.targetUtilisation(),
						o.lifeMonths(), o.residualFraction(), o.leadTimeMonths(), o.powerPriceChangePerYear(),
						o.rentedGpuHourly()));
	}

	private static ProjectionInputs with(ProjectionInputs in, OwnHardware own) {
		return new ProjectionInputs(in.currency(), in.horizonMonths(), in.demand(), in.currentApi(), in.cheapestApi(),
				own, in.ownShare(), in.annualDiscountRate());
	}

}
