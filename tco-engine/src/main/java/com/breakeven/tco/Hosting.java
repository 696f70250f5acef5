package com.breakeven.tco;

/**
 * Where the nodes run and who runs them. Money is in the scenario's currency.
 *
 * @param pricePerKwh electricity, per kWh
 * @param pue power usage effectiveness: facility power ÷ IT power, at least 1
 * @param colocationBasis how space and power are charged
 * @param colocationPrice per kW-month or per rack-month
 * @param rackPowerKw power budget of one rack, kW (used with
 * {@link ColocationBasis#PER_RACK_MONTH})
 * @param staffFtePerNode operations staff per node, in full-time equivalents
 * @param staffLoadedCostPerYear fully loaded yearly cost of one FTE
 * @param supportFractionOfCapexPerYear support and maintenance contracts per year, as a
 * fraction of capex
 * @param softwarePerNodePerYear software licences per node per year
 */
public record Hosting(double pricePerKwh, double pue, ColocationBasis colocationBasis, double colocationPrice,
		double rackPowerKw, double staffFtePerNode, double staffLoadedCostPerYear, double supportFractionOfCapexPerYear,
		double softwarePerNodePerYear) {

	public Hosting {
		Require.nonNegative("pricePerKwh", pricePerKwh);
		if (!(pue >= 1) || Double.isInfinite(pue)) {
			throw new IllegalArgumentException("pue must be >= 1, was " + pue);
		}
		Require.notNull("colocationBasis", colocationBasis);
		Require.nonNegative("colocationPrice", colocationPrice);
		if (colocationBasis == ColocationBasis.PER_RACK_MONTH) {
			Require.positive("rackPowerKw", rackPowerKw);
		}
		Require.nonNegative("staffFtePerNode", staffFtePerNode);
		Require.nonNegative("staffLoadedCostPerYear", staffLoadedCostPerYear);
		Require.fractionBelowOne("supportFractionOfCapexPerYear", supportFractionOfCapexPerYear);
		Require.nonNegative("softwarePerNodePerYear", softwarePerNodePerYear);
	}

}
