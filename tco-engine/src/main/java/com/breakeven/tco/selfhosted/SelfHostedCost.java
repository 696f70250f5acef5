package com.breakeven.tco.selfhosted;

import com.breakeven.tco.ColocationBasis;
import com.breakeven.tco.Finance;
import com.breakeven.tco.Hosting;
import com.breakeven.tco.Node;
import com.breakeven.tco.SelfHostedMonthlyCost;
import com.breakeven.tco.Units;
import com.breakeven.tco.finance.CapitalRecovery;
import com.breakeven.tco.finance.Discounting;

/** What a month of own GPUs costs, line by line. */
public final class SelfHostedCost {

	private SelfHostedCost() {
	}

	/**
	 * <pre>
	 * capex           = nodes × node capex
	 * depreciation    = capex × (1 − residual fraction) ÷ life months
	 * cost of capital = capital recovery payment (see CapitalRecovery) − depreciation
	 * power           = nodes × node watts at utilisation ÷ 1000 × PUE × hours per month × price per kWh
	 * colocation      = nodes × node peak kW × price per kW-month, or
	 *                   ⌈nodes × node peak kW ÷ rack kW⌉ × price per rack-month
	 * staff           = nodes × FTE per node × loaded cost per year ÷ 12
	 * support         = capex × support fraction per year ÷ 12
	 * software        = nodes × software per node per year ÷ 12
	 * </pre>
	 * @param node the node
	 * @param nodes how many
	 * @param utilisation average share of measured throughput in use, 0..1 (drives power)
	 * @param hosting site and staff costs
	 * @param finance life, residual value, cost of capital, currency
	 * @return the month's cost
	 */
	public static SelfHostedMonthlyCost monthlyCost(Node node, int nodes, double utilisation, Hosting hosting,
			Finance finance) {
		double capex = nodes * node.capex();
		double residualValue = capex * finance.residualValueFraction();
		int lifeMonths = finance.lifeMonths();
		double depreciation = CapitalRecovery.monthlyDepreciation(capex, residualValue, lifeMonths);
		double payment = CapitalRecovery.monthlyPayment(capex, residualValue,
				Discounting.monthlyRate(finance.annualDiscountRate()), lifeMonths);
		double power = powerCost(nodes * node.wattsAt(utilisation), hosting);
		double colocation = colocationCost(nodes, node.peakWatts(), hosting);
		double staff = staffCost(nodes, hosting);
		double support = supportCost(capex, hosting.supportFractionOfCapexPerYear());
		double software = softwareCost(nodes, hosting.softwarePerNodePerYear());
		return new SelfHostedMonthlyCost(finance.currency(), depreciation, payment - depreciation, power, colocation,
				staff, support, software);
	}

	/**
	 * Electricity for a month at a constant IT draw: the one power-cost formula. <pre>
	 * power = IT watts ÷ 1,000 × PUE × hours per month (730.5) × price per kWh
	 * </pre>
	 * @param itWatts average draw of the IT equipment, W
	 * @param hosting PUE and energy price
	 * @return the month's electricity, in the hosting's currency
	 */
	public static double powerCost(double itWatts, Hosting hosting) {
		return powerCost(itWatts, hosting.pue(), hosting.pricePerKwh());
	}

	/**
	 * {@link #powerCost(double, Hosting)} on plain numbers: IT watts ÷ 1,000 × PUE ×
	 * hours per month (730.5) × price per kWh.
	 */
	public static double powerCost(double itWatts, double pue, double pricePerKwh) {
		return itWatts / Units.WATTS_PER_KILOWATT * pue * Units.HOURS_PER_MONTH * pricePerKwh;
	}

	/**
	 * Space and provisioned power for a month: nodes × node peak kW × price per kW-month,
	 * or ⌈nodes × node peak kW ÷ rack kW⌉ × price per rack-month.
	 * @param nodes nodes hosted
	 * @param nodePeakWatts one node's power at full load, W
	 * @param hosting the colocation basis and price
	 * @return the month's colocation
	 */
	public static double colocationCost(int nodes, double nodePeakWatts, Hosting hosting) {
		double provisionedKilowatts = nodes * nodePeakWatts / Units.WATTS_PER_KILOWATT;
		return (hosting.colocationBasis() == ColocationBasis.PER_KW_MONTH)
				? provisionedKilowatts * hosting.colocationPrice()
				: Math.ceil(provisionedKilowatts / hosting.rackPowerKw()) * hosting.colocationPrice();
	}

	/**
	 * Operations staff for a month: nodes × FTE per node × loaded cost per year ÷ 12.
	 * @param nodes nodes run, owned or rented
	 * @param hosting staffing per node and its cost
	 * @return the month's staff cost
	 */
	public static double staffCost(int nodes, Hosting hosting) {
		return staffCost(nodes, hosting.staffFtePerNode(), hosting.staffLoadedCostPerYear());
	}

	/** {@link #staffCost(int, Hosting)} on plain numbers. */
	public static double staffCost(int nodes, double staffFtePerNode, double staffLoadedCostPerYear) {
		return nodes * staffFtePerNode * staffLoadedCostPerYear / 12;
	}

	/**
	 * Support and maintenance for a month: capex × support fraction per year ÷ 12.
	 * @param capex capex of the nodes supported
	 * @param supportFractionOfCapexPerYear contracts per year, a fraction of capex
	 */
	public static double supportCost(double capex, double supportFractionOfCapexPerYear) {
		return capex * supportFractionOfCapexPerYear / 12;
	}

	/** Software licences for a month: nodes × software per node per year ÷ 12. */
	public static double softwareCost(int nodes, double softwarePerNodePerYear) {
		return nodes * softwarePerNodePerYear / 12;
	}

	/**
	 * Rented GPUs for a month (power and space are in the hourly price): <pre>
	 * rental = nodes × GPUs per node × hours per month (730.5) × price per GPU-hour
	 * </pre>
	 * @param node the node rented
	 * @param nodes how many
	 * @param gpuHourly price of one GPU for an hour
	 * @return the month's rental
	 */
	public static double rentalCost(Node node, int nodes, double gpuHourly) {
		return rentalCost(nodes, node.gpusPerNode(), gpuHourly);
	}

	/** {@link #rentalCost(Node, int, double)} on plain numbers. */
	public static double rentalCost(int nodes, int gpusPerNode, double gpuHourly) {
		return nodes * gpusPerNode * Units.HOURS_PER_MONTH * gpuHourly;
	}

}
