package com.breakeven.tco.finance;

import com.breakeven.tco.Require;

/**
 * Spreading capex over the hardware's life: depreciation plus the cost of the capital
 * tied up in it.
 */
public final class CapitalRecovery {

	private CapitalRecovery() {
	}

	/**
	 * Straight-line depreciation per month: (capex − residual value) ÷ life months.
	 * @return depreciation per month
	 */
	public static double monthlyDepreciation(double capex, double residualValue, int lifeMonths) {
		Require.atLeast("lifeMonths", lifeMonths, 1);
		return (capex - residualValue) / lifeMonths;
	}

	/**
	 * The level monthly payment that repays capex at the monthly cost of capital over the
	 * life, net of the residual value recovered at the end (capital recovery factor):
	 * <pre>
	 * payment = (capex − residual × (1 + r)^−n) × r ÷ (1 − (1 + r)^−n)        r ≠ 0
	 * payment = (capex − residual) ÷ n                                          r = 0
	 * </pre> It equals depreciation plus a financing charge; a careful analyst uses it as
	 * the capital cost of a month.
	 * @param capex paid at month 0
	 * @param residualValue recovered at month n
	 * @param monthlyRate cost of capital per month
	 * @param lifeMonths n
	 * @return the payment per month
	 */
	public static double monthlyPayment(double capex, double residualValue, double monthlyRate, int lifeMonths) {
		Require.atLeast("lifeMonths", lifeMonths, 1);
		if (monthlyRate == 0) {
			return (capex - residualValue) / lifeMonths;
		}
		double discountOverLife = Math.pow(1 + monthlyRate, -lifeMonths);
		return (capex - residualValue * discountOverLife) * monthlyRate / (1 - discountOverLife);
	}

	/**
	 * Book value after {@code month} months of straight-line depreciation: what the
	 * hardware is worth if sold then.
	 * @return max(residual, capex − depreciation × month)
	 */
	public static double bookValue(double capex, double residualValue, int lifeMonths, int month) {
		return Math.max(residualValue, capex - monthlyDepreciation(capex, residualValue, lifeMonths) * month);
	}

}
