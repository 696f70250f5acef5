package com.breakeven.tco.finance;

/**
 * Net present value of monthly cash flows, and the monthly rate to discount them at: each
 * defined once.
 */
public final class Discounting {

	private Discounting() {
	}

	/**
	 * NPV = Σ flow_t ÷ (1 + r)^t for t = 0 … n, where flow_0 happens now (undiscounted).
	 * @param monthlyRate discount rate per month, > −1
	 * @param flows cash flows, index = month; outflows negative
	 * @return the net present value in the flows' currency
	 */
	public static double npv(double monthlyRate, double[] flows) {
		double npv = 0;
		double discount = 1;
		double factor = 1 / (1 + monthlyRate);
		for (double flow : flows) {
			npv += flow * discount;
			discount *= factor;
		}
		return npv;
	}

	/**
	 * The one annual-to-monthly conversion: compounding the monthly rate twelve times
	 * gives the annual one.
	 * @param annualRate rate per year (0.08 = 8 %), > −1
	 * @return the equivalent monthly rate: (1 + annual)^(1/12) − 1
	 */
	public static double monthlyRate(double annualRate) {
		return Math.pow(1 + annualRate, 1.0 / 12) - 1;
	}

}
