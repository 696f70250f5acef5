package com.breakeven.web.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.breakeven.simulator.shift.Adequacy;
import com.breakeven.tco.ApiPricing;
import com.breakeven.tco.BreakEven;
import com.breakeven.tco.Demand;
import com.breakeven.tco.Evaluation;
import com.breakeven.tco.Finance;
import com.breakeven.tco.Formulas;
import com.breakeven.tco.Hosting;
import com.breakeven.tco.LatencySlo;
import com.breakeven.tco.ModelSpec;
import com.breakeven.tco.Node;
import com.breakeven.tco.Payback;
import com.breakeven.tco.Precision;
import com.breakeven.tco.Scenario;
import com.breakeven.tco.TcoEngine;
import com.breakeven.tco.ThroughputMeasurement;
import com.breakeven.web.scenario.StrategyWords;

/**
 * The quote's arithmetic, free of the catalogue: every API model that may serve the
 * workload at its list price, every open model on every node it was measured on (sized
 * and costed by the TCO engine against the cheapest API), and the hybrid of the cheapest
 * of each, ranked by monthly cost.
 */
final class Quotes {

	private Quotes() {
	}

	enum Kind {

		API, SELF_HOSTED, HYBRID

	}

	/**
	 * A model's quality as the answer shows it.
	 *
	 * @param score its score on the benchmark in the workload's category, or {@code null}
	 * @param evidence the verdict and the score with its interval, category, day and
	 * source (or why it has none)
	 */
	record Quality(Adequacy.Score score, String evidence) {

		Double value() {
			return (this.score != null) ? this.score.value() : null;
		}

	}

	/** An API model the workload may use, at the price it would pay. */
	record ApiCandidate(String model, String seller, ApiPricing pricing, Quality quality) {

	}

	/** An open model on one node, with what sizing it needs. */
	record OwnCandidate(String model, String hardwareProfile, Quality quality, Node node,
			List<ThroughputMeasurement> measurements, ModelSpec spec) {

	}

	/**
	 * The workload and the assumptions every option shares.
	 *
	 * @param hybridOwnShare the share of tokens the hybrid serves on own hardware
	 */
	record Terms(Demand demand, LatencySlo slo, Hosting hosting, Finance finance, Precision precision,
			double targetUtilisation, double hybridOwnShare) {

	}

	/**
	 * One way to serve the workload.
	 *
	 * @param monthlyCost a month of it, capital included for own hardware
	 * @param nodes nodes bought ({@code 0} for an API)
	 * @param paybackMonth when own hardware pays back against the cheapest API, if it
	 * does
	 * @param breakEvenMonthlyTokens the volume from which own hardware costs no more than
	 * that API, if there is one
	 * @param measurement the throughput measurement nodes were sized from
	 */
	record Option(Kind kind, String model, String seller, String hardwareProfile, Quality quality, double monthlyCost,
			int nodes, Integer paybackMonth, Double breakEvenMonthlyTokens, String measurement, String note,
			String payback) {

	}

	/**
	 * @param comparedWith the API own hardware was compared with ({@code null} when no
	 * API may be used)
	 * @param notConsidered options left out, each with its reason
	 */
	record Ranked(List<Option> options, String comparedWith, List<String> notConsidered) {

	}

	static Ranked rank(List<ApiCandidate> apis, List<OwnCandidate> owns, Terms terms, boolean apisAllowed) {
		List<Option> options = new ArrayList<>();
		List<String> notConsidered = new ArrayList<>();
		ApiCandidate cheapest = apis.stream()
			.min(Comparator.comparingDouble(a -> monthly(a.pricing(), terms.demand())))
			.orElse(null);
		if (apisAllowed) {
			for (ApiCandidate api : apis) {
				options.add(new Option(Kind.API, api.model(), api.seller(), null, api.quality(),
						monthly(api.pricing(), terms.demand()), 0, null, null, null, null, null));
			}
		}
		Option bestOwn = null;
		OwnCandidate bestOwnCandidate = null;
		for (OwnCandidate own : owns) {
			if (cheapest == null) {
				notConsidered.add(own.model() + " on " + own.hardwareProfile()
						+ ": no priced API model to size and compare it against");
				continue;
			}
			Evaluation evaluation = TcoEngine.evaluate(scenario(own, cheapest, terms.demand(), terms));
			if (evaluation instanceof Evaluation.Infeasible infeasible) {
				notConsidered
					.add(own.model() + " on " + own.hardwareProfile() + ": " + String.join("; ", infeasible.reasons()));
				continue;
			}
			Evaluation.Evaluated sized = (Evaluation.Evaluated) evaluation;
			Option option = new Option(Kind.SELF_HOSTED, own.model(), null, own.hardwareProfile(), own.quality(),
					sized.selfHostedMonthly().total(), sized.capacity().nodes(), month(sized.payback()),
					volume(sized.breakEven()), sized.measurement().source(), null,
					StrategyWords.payback(sized.payback()));
			options.add(option);
			if (bestOwn == null || option.monthlyCost() < bestOwn.monthlyCost()) {
				bestOwn = option;
				bestOwnCandidate = own;
			}
		}
		if (apisAllowed && bestOwn != null) {
			hybrid(bestOwnCandidate, cheapest, terms).ifPresent(options::add);
		}
		options.sort(Comparator.comparingDouble(Option::monthlyCost));
		return new Ranked(options, (cheapest != null) ? cheapest.model() : null, notConsidered);
	}

	/**
	 * The share of tokens on own hardware sized for that share alone, the rest on the
	 * cheapest API; an API month is proportional to its tokens.
	 */
	private static Optional<Option> hybrid(OwnCandidate own, ApiCandidate api, Terms terms) {
		double share = terms.hybridOwnShare();
		Demand d = terms.demand();
		Demand ownPart = d.scaledBy(share);
		if (!(TcoEngine.evaluate(scenario(own, api, ownPart, terms)) instanceof Evaluation.Evaluated sized)) {
			return Optional.empty();
		}
		double apiPart = monthly(api.pricing(), d) * (1 - share);
		return Optional.of(new Option(Kind.HYBRID, own.model() + " + " + api.model(), api.seller(),
				own.hardwareProfile(), own.quality(), sized.selfHostedMonthly().total() + apiPart,
				sized.capacity().nodes(), null, null, sized.measurement().source(), String.format(java.util.Locale.ROOT,
						"%.0f %% of tokens on own hardware sized for them, the rest on %s", share * 100, api.model()),
				null));
	}

	private static Scenario scenario(OwnCandidate own, ApiCandidate api, Demand demand, Terms terms) {
		return new Scenario(api.pricing(), demand, terms.slo(), own.node(), own.measurements(), terms.hosting(),
				terms.finance(), own.spec(), terms.precision(), terms.targetUtilisation());
	}

	static double monthly(ApiPricing pricing, Demand demand) {
		return Formulas.apiMonthlyCost(pricing, demand).total();
	}

	private static Integer month(Payback payback) {
		return (payback instanceof Payback.InMonth in) ? in.month() : null;
	}

	private static Double volume(BreakEven breakEven) {
		return (breakEven instanceof BreakEven.AtVolume at) ? at.monthlyTokens() : null;
	}

}
