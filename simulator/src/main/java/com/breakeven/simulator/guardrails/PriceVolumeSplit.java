package com.breakeven.simulator.guardrails;

/**
 * A change of cost split into the part that more (or fewer) units explain at the old unit
 * price and the part that the new unit price explains on the new units: <pre>
 * p₀ = cost₀ ÷ units₀
 * volume effect = (units₁ − units₀) × p₀
 * price effect  = units₁ × (p₁ − p₀) = (cost₁ − cost₀) − volume effect
 * </pre> The two add up to the change exactly. Without units before, there is no old
 * price: the new price stands in, and the whole change is volume.
 *
 * @param volumeEffect the change that the units explain
 * @param priceEffect the change that the unit price explains
 */
public record PriceVolumeSplit(double volumeEffect, double priceEffect) {

	/**
	 * @param unitsBefore units (tokens) before, not negative
	 * @param costBefore cost before
	 * @param unitsAfter units after, not negative
	 * @param costAfter cost after, in the same currency
	 */
	public static PriceVolumeSplit of(double unitsBefore, double costBefore, double unitsAfter, double costAfter) {
		if (!(unitsBefore >= 0) || !(unitsAfter >= 0)
				|| !Double.isFinite(unitsBefore + unitsAfter + costBefore + costAfter)) {
			throw new IllegalArgumentException("units must be finite and not negative and costs finite, were "
					+ unitsBefore + ", " + costBefore + ", " + unitsAfter + ", " + costAfter);
		}
		double oldPrice = (unitsBefore > 0) ? costBefore / unitsBefore : (unitsAfter > 0) ? costAfter / unitsAfter : 0;
		double volume = (unitsAfter - unitsBefore) * oldPrice;
		return new PriceVolumeSplit(volume, (costAfter - costBefore) - volume);
	}

	/** The whole change. */
	public double change() {
		return this.volumeEffect + this.priceEffect;
	}

}
