package com.breakeven.tco.finance;

import org.hipparchus.analysis.solvers.BrentSolver;
import org.hipparchus.exception.MathIllegalStateException;

import com.breakeven.tco.Irr;

/** The monthly rate at which a cash-flow series has zero NPV. */
public final class InternalRateOfReturn {

	/** Search bracket for the monthly rate: −99.99 % … +1,000 % a month. */
	private static final double LOWEST_MONTHLY_RATE = -0.9999;

	private static final double HIGHEST_MONTHLY_RATE = 10;

	private static final double ABSOLUTE_ACCURACY = 1e-12;

	private static final int MAX_EVALUATIONS = 200;

	private InternalRateOfReturn() {
	}

	/**
	 * Solves NPV(r) = 0 with Brent's method. Undefined when the flows never change sign
	 * (no rate can balance them), or when NPV has the same sign at both ends of the
	 * search bracket (no rate, or several, in a plausible range).
	 * @param flows monthly cash flows, index = month; outflows negative
	 * @return the rate, monthly and annualised, or undefined with the reason
	 */
	public static Irr irr(double[] flows) {
		if (signChanges(flows) == 0) {
			return Irr.undefined("the cash flows never change sign, so no discount rate makes their NPV zero");
		}
		double atLowest = Discounting.npv(LOWEST_MONTHLY_RATE, flows);
		double atHighest = Discounting.npv(HIGHEST_MONTHLY_RATE, flows);
		if (Math.signum(atLowest) == Math.signum(atHighest)) {
			return Irr.undefined("NPV keeps one sign for every monthly rate between -99.99 % and +1,000 %");
		}
		try {
			double monthly = new BrentSolver(ABSOLUTE_ACCURACY).solve(MAX_EVALUATIONS,
					rate -> Discounting.npv(rate, flows), LOWEST_MONTHLY_RATE, HIGHEST_MONTHLY_RATE);
			return new Irr.Rate(monthly, Math.pow(1 + monthly, 12) - 1);
		}
		catch (MathIllegalStateException ex) {
			return Irr.undefined("the rate did not converge within " + MAX_EVALUATIONS + " evaluations");
		}
	}

	static int signChanges(double[] flows) {
		int changes = 0;
		double previous = 0;
		for (double flow : flows) {
			if (flow != 0) {
				if (previous != 0 && Math.signum(flow) != Math.signum(previous)) {
					changes++;
				}
				previous = flow;
			}
		}
		return changes;
	}

}
