package com.breakeven.tco.finance;

import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;

import com.breakeven.tco.Payback;
import com.breakeven.tco.Require;

/**
 * Payback of a move, against staying where the workload runs today: the one payback rule,
 * used by the engine's single-month scenario and the simulator's projections alike.
 */
public final class PaybackPeriod {

	/**
	 * Relative tolerance below which a cumulative saving counts as zero (rounding in sums
	 * of thousands of months).
	 */
	private static final double TOLERANCE = 1e-9;

	private PaybackPeriod() {
	}

	/**
	 * All arrays run month 0 (up front) … horizon, amounts as cash out (positive = paid).
	 * <pre>
	 * saving_t     = avoided bill_t − running cost_t − capital_t
	 * cumulative_t = Σ saving_0 … saving_t
	 * payback      = the first month m ≥ 1 with cumulative_t ≥ 0 for every t from m to the horizon
	 * </pre> Undiscounted, as CFOs quote payback; NPV carries the time value. When none:
	 * <ul>
	 * <li>{@link Payback.Why#OPEX_EXCEEDS_API} when nothing is ever saved, or the running
	 * cost alone is at least the avoided bill in the horizon's last month: a longer
	 * horizon will not help;</li>
	 * <li>{@link Payback.Why#NOT_WITHIN_HORIZON} otherwise, with the horizon and how much
	 * of the capital is recovered by its end.</li>
	 * </ul>
	 * @param currency currency of every amount, for the reason's figures
	 * @param capital capex paid (salvage received counts negative)
	 * @param runningCost the move's running cost (opex, and any API bill it keeps)
	 * @param avoidedBill what staying on the current API would cost that month
	 * @param leadTimeMonths months between paying for hardware and its first month of
	 * service, reported with the month
	 * @return the month, or never with the reason
	 */
	public static Payback paybackMonth(Currency currency, double[] capital, double[] runningCost, double[] avoidedBill,
			int leadTimeMonths) {
		Require.atLeast("leadTimeMonths", leadTimeMonths, 0);
		int horizon = capital.length - 1;
		if (horizon < 1 || runningCost.length != capital.length || avoidedBill.length != capital.length) {
			throw new IllegalArgumentException(
					"capital, runningCost and avoidedBill must each cover months 0 … horizon" + " (horizon >= 1), were "
							+ capital.length + ", " + runningCost.length + " and " + avoidedBill.length + " long");
		}
		int payback = month(capital, runningCost, avoidedBill);
		if (payback > 0) {
			return new Payback.InMonth(payback, leadTimeMonths);
		}
		boolean savesSomething = false;
		double cumulative = 0;
		for (int month = 0; month <= horizon; month++) {
			cumulative += avoidedBill[month] - runningCost[month] - capital[month];
			savesSomething |= avoidedBill[month] - runningCost[month] > 0;
		}
		double lastRunning = runningCost[horizon];
		double lastAvoided = avoidedBill[horizon];
		if (!savesSomething || lastRunning >= lastAvoided) {
			String when = !savesSomething ? "in every month of the horizon"
					: "in month " + horizon + ", the last of the horizon,";
			return Payback.never(Payback.Why.OPEX_EXCEEDS_API,
					String.format(Locale.ROOT,
							"never: %s its running cost alone (%,.2f %s a month) is at least the API bill it replaces"
									+ " (%,.2f %s a month), so a longer horizon will not help",
							when, lastRunning, currency, lastAvoided, currency));
		}
		double capitalSpent = Arrays.stream(capital).filter(paid -> paid > 0).sum();
		String recovered = (capitalSpent > 0) ? String.format(Locale.ROOT, " %.0f %% of the capital (%,.2f %s)",
				100 * Math.max(0, cumulative + capitalSpent) / capitalSpent, capitalSpent, currency) : "";
		return Payback.never(Payback.Why.NOT_WITHIN_HORIZON,
				String.format(Locale.ROOT,
						"not within the %d-month horizon: after %d months the savings have recovered%s; it saves"
								+ " %,.2f %s a month by then",
						horizon, horizon, recovered.isEmpty() ? " too little" : recovered, lastAvoided - lastRunning,
						currency));
	}

	/**
	 * The payback month alone, by the rule of
	 * {@link #paybackMonth(Currency, double[], double[], double[], int)}, without its
	 * reasons: what many trials of a simulation read. The arrays are not checked again:
	 * each covers months 0 … horizon (horizon >= 1).
	 * @param capital capex paid (salvage received counts negative)
	 * @param runningCost the move's running cost
	 * @param avoidedBill what staying on the current API would cost that month
	 * @return the first month m ≥ 1 from which the cumulative saving stays ≥ 0 to the
	 * horizon, when something is ever saved; 0 when it never pays back
	 */
	public static int month(double[] capital, double[] runningCost, double[] avoidedBill) {
		int horizon = capital.length - 1;
		double scale = 1;
		boolean savesSomething = false;
		for (int month = 0; month <= horizon; month++) {
			scale = Math.max(scale,
					Math.abs(avoidedBill[month]) + Math.abs(runningCost[month]) + Math.abs(capital[month]));
			savesSomething |= avoidedBill[month] - runningCost[month] > 0;
		}
		if (!savesSomething) {
			return 0;
		}
		double tolerance = TOLERANCE * scale * (horizon + 1);
		// the last month whose cumulative saving is below zero (month 0 counts for none):
		// payback is the month after it
		int lastShort = 0;
		double cumulative = 0;
		for (int month = 0; month <= horizon; month++) {
			cumulative += avoidedBill[month] - runningCost[month] - capital[month];
			if (month >= 1 && cumulative < -tolerance) {
				lastShort = month;
			}
		}
		return (lastShort < horizon) ? lastShort + 1 : 0;
	}

}
