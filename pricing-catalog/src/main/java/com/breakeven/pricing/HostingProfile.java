package com.breakeven.pricing;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * Where and how self-hosted nodes run: energy, facility, people and software costs.
 *
 * @param id database id, {@code null} before it is stored
 * @param code unique lower-case code
 * @param displayName name shown to people
 * @param currency currency of every amount
 * @param energyPricePerKwh electricity, per kWh
 * @param pue power usage effectiveness, facility power ÷ IT power, at least 1
 * @param colocationBasis how space and power are charged
 * @param colocationPrice per kW-month or per rack-month, see {@code colocationBasis}
 * @param rackPowerKw power budget of one rack, kW; required for
 * {@link ColocationBasis#PER_RACK_MONTH}
 * @param staffFtePerNode full-time equivalents of operations staff per node
 * @param staffLoadedCostPerYear fully loaded yearly cost of one FTE
 * @param supportFractionOfCapexPerYear support and maintenance per year as a fraction of
 * capex (0.08 = 8 %)
 * @param softwarePerNodePerYear licences per node per year
 * @param source where the figures come from
 */
public record HostingProfile(Long id, String code, String displayName, Currency currency, BigDecimal energyPricePerKwh,
		BigDecimal pue, ColocationBasis colocationBasis, BigDecimal colocationPrice, BigDecimal rackPowerKw,
		BigDecimal staffFtePerNode, BigDecimal staffLoadedCostPerYear, BigDecimal supportFractionOfCapexPerYear,
		BigDecimal softwarePerNodePerYear, String source) {

	public HostingProfile {
		Checks.requireCode("code", code);
		Objects.requireNonNull(displayName, "displayName must not be null");
		Objects.requireNonNull(currency, "currency must not be null");
		Objects.requireNonNull(colocationBasis, "colocationBasis must not be null");
		Checks.requireNonNegative("energyPricePerKwh", energyPricePerKwh);
		if (pue == null || pue.compareTo(BigDecimal.ONE) < 0) {
			throw new IllegalArgumentException("pue must be >= 1, was " + pue);
		}
		Checks.requireNonNegative("colocationPrice", colocationPrice);
		if (colocationBasis == ColocationBasis.PER_RACK_MONTH && (rackPowerKw == null || rackPowerKw.signum() <= 0)) {
			throw new IllegalArgumentException(
					"rackPowerKw must be > 0 when colocation is per rack, was " + rackPowerKw);
		}
		Checks.requireNonNegative("staffFtePerNode", staffFtePerNode);
		Checks.requireNonNegative("staffLoadedCostPerYear", staffLoadedCostPerYear);
		Checks.requireNonNegative("supportFractionOfCapexPerYear", supportFractionOfCapexPerYear);
		if (supportFractionOfCapexPerYear.compareTo(BigDecimal.ONE) >= 0) {
			throw new IllegalArgumentException(
					"supportFractionOfCapexPerYear is a fraction (0.08 = 8 %) and must be < 1," + " was "
							+ supportFractionOfCapexPerYear);
		}
		Checks.requireNonNegative("softwarePerNodePerYear", softwarePerNodePerYear);
	}

	HostingProfile withId(long newId) {
		return new HostingProfile(newId, this.code, this.displayName, this.currency, this.energyPricePerKwh, this.pue,
				this.colocationBasis, this.colocationPrice, this.rackPowerKw, this.staffFtePerNode,
				this.staffLoadedCostPerYear, this.supportFractionOfCapexPerYear, this.softwarePerNodePerYear,
				this.source);
	}

}
