package com.breakeven.web.scenario;

import java.util.Locale;

import com.breakeven.tco.BreakEven;
import com.breakeven.tco.Irr;
import com.breakeven.tco.Payback;

/**
 * A strategy's measures in the words every surface shows them with: the result page, its
 * PDF, the scenario CSV and the reports all word a payback, an IRR or a break-even volume
 * here, so none says it differently.
 */
public final class StrategyWords {

	private StrategyWords() {
	}

	/** "month 7", or why never ("never: self-hosted opex alone … exceeds …"). */
	public static String payback(Payback payback) {
		if (payback instanceof Payback.InMonth in) {
			return (in.leadTimeMonths() > 0)
					? "month " + in.month() + " (after the " + in.leadTimeMonths() + "-month lead time)"
					: "month " + in.month();
		}
		Payback.Never never = (Payback.Never) payback;
		return (never.why() == Payback.Why.NOT_A_MOVE) ? never.reason() : "never: " + never.reason();
	}

	/** "14.2 % a year", or why there is no single rate. */
	public static String irr(Irr irr) {
		if (irr instanceof Irr.Rate rate) {
			return String.format(Locale.ROOT, "%.1f %% a year", rate.annual() * 100);
		}
		return "undefined: " + ((Irr.Undefined) irr).reason();
	}

	/** "3,086,254,052 tokens a month (2 nodes)", or why there is none. */
	public static String breakEven(BreakEven breakEven) {
		if (breakEven instanceof BreakEven.AtVolume at) {
			return String.format(Locale.ROOT, "%,.0f tokens a month (%d node%s)", at.monthlyTokens(), at.nodes(),
					(at.nodes() == 1) ? "" : "s");
		}
		return "none: " + ((BreakEven.Never) breakEven).reason();
	}

}
