package com.breakeven.simulator.montecarlo;

import java.util.function.ObjDoubleConsumer;

import com.breakeven.simulator.projection.ProjectionParameters;

/**
 * The numeric inputs of a projection that may be given as a distribution, each with how a
 * drawn value replaces it (multipliers scale the figure held, rates replace it). A value
 * outside the input's range (a negative price, a decline of 100 %) is refused with the
 * field and the value.
 */
public enum UncertainInput {

	/** Today's volume, as a multiple of the measured one. */
	VOLUME_MULTIPLIER("volume (× today's)", ProjectionParameters::scaleVolume),
	/** Compound demand growth per month. */
	DEMAND_GROWTH_PER_MONTH("demand growth per month", ProjectionParameters::growthPerMonth),
	/** Yearly price decline of the API in use today. */
	CURRENT_API_PRICE_DECLINE("current API price decline per year", ProjectionParameters::currentApiDeclinePerYear),
	/** Yearly price decline of the cheapest adequate API. */
	CHEAPEST_API_PRICE_DECLINE("cheapest API price decline per year", ProjectionParameters::cheapestApiDeclinePerYear),
	/** Measured throughput, as a multiple of the measurement. */
	THROUGHPUT_MULTIPLIER("throughput (× measured)", ProjectionParameters::scaleThroughput),
	/** GPU price, as a multiple of the catalogue's. */
	GPU_PRICE_MULTIPLIER("GPU price (× catalogue)", ProjectionParameters::scaleGpuPrice),
	/** Yearly change of the electricity price. */
	POWER_PRICE_CHANGE_PER_YEAR("power price change per year", ProjectionParameters::powerPriceChangePerYear),
	/** Today's electricity price, as a multiple of the hosting profile's. */
	ENERGY_PRICE_MULTIPLIER("energy price (× hosting profile's)", ProjectionParameters::scaleEnergyPrice),
	/** Power usage effectiveness of the site. */
	PUE("PUE", ProjectionParameters::pue),
	/** Loaded cost of operations staff, as a multiple of the hosting profile's. */
	STAFF_COST_MULTIPLIER("staff cost (× hosting profile's)", ProjectionParameters::scaleStaffCost),
	/** Peak rate over average rate of the demand. */
	PEAK_TO_AVERAGE("peak-to-average", ProjectionParameters::peakToAverage),
	/** Peak utilisation nodes are sized for. */
	TARGET_UTILISATION("target utilisation", ProjectionParameters::targetUtilisation),
	/** Value of a node at the end of its life, a fraction of capex. */
	RESIDUAL_FRACTION("residual value", ProjectionParameters::residualFraction),
	/**
	 * Months between ordering a node and its first month of service (rounded to whole
	 * months).
	 */
	LEAD_TIME_MONTHS("lead time", ProjectionParameters::leadTimeMonths),
	/** Share of the traffic that must stay on own hardware in the hybrid strategy. */
	OWN_SHARE("share kept in-house (hybrid)", ProjectionParameters::ownShare),
	/** Price of a rented GPU per hour. */
	RENTED_GPU_HOURLY("rented GPU per hour", ProjectionParameters::rentedGpuHourly),
	/** Cost of capital per year. */
	DISCOUNT_RATE("cost of capital per year", ProjectionParameters::annualDiscountRate);

	private final String label;

	private final ObjDoubleConsumer<ProjectionParameters> set;

	UncertainInput(String label, ObjDoubleConsumer<ProjectionParameters> set) {
		this.label = label;
		this.set = set;
	}

	public String label() {
		return this.label;
	}

	/**
	 * Sets this input to {@code value} in the parameters (a multiplier scales what they
	 * hold).
	 * @throws IllegalArgumentException naming the input when the value is out of its
	 * range
	 */
	public void apply(ProjectionParameters parameters, double value) {
		try {
			this.set.accept(parameters, value);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(this.label + ": " + ex.getMessage(), ex);
		}
	}

}
