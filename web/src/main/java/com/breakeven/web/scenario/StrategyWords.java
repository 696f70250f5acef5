package com.breakeven.web.scenario;

import java.util.Locale;

import com.breakeven.simulator.planning.ResolvedPrice;
import com.breakeven.simulator.projection.Projection;
import com.breakeven.simulator.projection.Strategy;
import com.breakeven.tco.BreakEven;
import com.breakeven.tco.Irr;
import com.breakeven.tco.Payback;
import com.breakeven.web.SellerNames;
import com.breakeven.web.export.Percent;

/**
 * A strategy's measures in the words every surface shows them with: the result page, its
 * PDF, the scenario CSV and the reports all word a payback, an IRR or a break-even volume
 * here, so none says it differently.
 */
public final class StrategyWords {

	private static final String AT = " at ";

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

	/**
	 * The scenario's answer in one sentence: the strategy with the lowest cumulative cost
	 * at the end of the horizon ({@link Projection#ranking}), named for what it is, with
	 * what it saves against staying on the current API: <pre>
	 * saving = cumulative(ALL_API, horizon) − cumulative(best, horizon)
	 * </pre> When the cheapest adequate API wins, the sentence says so, not self-hosting.
	 */
	public static String headline(Projection projection) {
		int horizon = projection.inputs().horizonMonths();
		Strategy best = projection.ranking(horizon).get(0);
		String current = api(projection.inputs().currentApi().name());
		double saving = projection.of(Strategy.ALL_API).cumulativeIn(horizon)
				- projection.of(best).cumulativeIn(horizon);
		// a tie (the cheapest adequate API is the current one) is no move
		if (best == Strategy.ALL_API || saving <= 0) {
			return String.format(Locale.ROOT,
					"Stay on the current API, %s: no other strategy costs less over %d months", current, horizon);
		}
		String code = projection.inputs().currency().getCurrencyCode();
		String strategy = switch (best) {
			case CHEAPEST_API -> "Move to the cheapest adequate API, " + api(projection.inputs().cheapestApi().name());
			case SELF_HOSTED -> "Run it on own GPUs";
			case HYBRID -> "Go hybrid: the in-house share on own GPUs, the rest on the cheapest adequate API, "
					+ api(projection.inputs().cheapestApi().name());
			case RENTED_GPUS -> "Run it on rented GPUs";
			case ALL_API -> throw new IllegalStateException("handled above");
		};
		String payback = (best == Strategy.SELF_HOSTED || best == Strategy.HYBRID)
				? " (pays back: " + payback(projection.measures(best).payback()) + ")" : "";
		return String.format(Locale.ROOT, "%s: %,.0f %s less than staying on %s over %d months%s", strategy, saving,
				code, current, horizon, payback);
	}

	/**
	 * An API as a scenario names it ("openai/gpt-oss-20b at darkbloom") with its seller
	 * by name: "openai/gpt-oss-20b at Darkbloom".
	 */
	public static String api(String name) {
		int at = name.lastIndexOf(AT);
		return (at > 0) ? name.substring(0, at + AT.length()) + SellerNames.of(name.substring(at + AT.length())) : name;
	}

	/**
	 * Whose price a scenario's API is taken at, and why, in plain words: "OpenAI's price
	 * (the seller in your usage data)".
	 */
	public static String price(ResolvedPrice price) {
		String why = switch (price.basis()) {
			case WORKLOAD_SELLER -> "the seller in your usage data";
			case CREATOR -> "the model's maker";
			case CHEAPEST_SELLER -> "the cheapest seller; the model's maker does not sell it";
		};
		return SellerNames.of(price.seller()) + "'s price (" + why + ")";
	}

	/** "14.2 % a year" ({@link Percent#words()}), or why there is no single rate. */
	public static String irr(Irr irr) {
		if (irr instanceof Irr.Rate rate) {
			return Percent.ofFraction(rate.annual()).words() + " a year";
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
