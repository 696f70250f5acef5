package com.breakeven.simulator.projection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

import com.breakeven.tco.BreakEven;
import com.breakeven.tco.Demand;
import com.breakeven.tco.Formulas;
import com.breakeven.tco.Irr;
import com.breakeven.tco.Payback;
import com.breakeven.tco.Units;

/**
 * The strategies of one projection side by side, with what a decision needs: each one's
 * {@link StrategyMeasures} (capex, opex, cost per million tokens, NPV, IRR, payback,
 * break-even volumes) against staying on the current API, and the month the cheapest
 * strategy (by cumulative cost) changes.
 *
 * @param inputs what was projected
 * @param byStrategy each strategy's monthly lines
 * @param tokensOverHorizon tokens the workload asks for over months 1 … horizon (every
 * strategy serves them all)
 */
public record Projection(ProjectionInputs inputs, Map<Strategy, StrategyProjection> byStrategy,
		double tokensOverHorizon) {

	public Projection {
		byStrategy = Collections.unmodifiableMap(new EnumMap<>(byStrategy));
	}

	public StrategyProjection of(Strategy strategy) {
		StrategyProjection projection = this.byStrategy.get(strategy);
		if (projection == null) {
			throw new IllegalArgumentException(strategy + " was not projected (rented GPUs need an hourly price)");
		}
		return projection;
	}

	/**
	 * Every measure of a strategy, each computed by its one definition in the engine
	 * ({@link Formulas}): see {@link StrategyMeasures} for the formulas.
	 * @param strategy a projected strategy
	 * @return capex, opex, cost per million tokens, NPV, IRR, payback and both break-even
	 * volumes
	 */
	public StrategyMeasures measures(Strategy strategy) {
		StrategyProjection projection = of(strategy);
		int horizon = projection.horizonMonths();
		double capex = 0;
		double[] hardware = projection.hardware();
		for (int month = 0; month <= horizon; month++) {
			capex += hardware[month];
		}
		int opexMonth = opexMonth(strategy);
		Irr irr = (strategy == Strategy.ALL_API) ? Irr.undefined("not a move: this is what the workload runs on today")
				: Formulas.irr(savingsFlows(strategy));
		return new StrategyMeasures(strategy, this.inputs.currency(), hardware[0], capex, opexMonth,
				projection.runningCostIn(opexMonth), costPerMillionTokens(strategy), npv(strategy), irr,
				payback(strategy), breakEven(strategy, this.inputs.currentApi()),
				breakEven(strategy, this.inputs.cheapestApi()));
	}

	/**
	 * {@link #measures(Strategy)} of every projected strategy.
	 * @return the measures, in the order of {@link Strategy}
	 */
	public Map<Strategy, StrategyMeasures> measures() {
		Map<Strategy, StrategyMeasures> measures = new EnumMap<>(Strategy.class);
		this.byStrategy.keySet().forEach(strategy -> measures.put(strategy, measures(strategy)));
		return Collections.unmodifiableMap(measures);
	}

	/**
	 * Payback of choosing the strategy instead of staying on the current API, by the one
	 * payback rule ({@link Formulas#paybackMonth}): capital = hardware + salvage, running
	 * cost = every other line, avoided bill = the current API's month; the lead time is
	 * reported for owned strategies. The current API itself, and a cheapest API that is
	 * the current model, are not a move.
	 * @return the month and reason, or never with the reason
	 */
	public Payback payback(Strategy strategy) {
		StrategyProjection projection = of(strategy);
		if (strategy == Strategy.ALL_API) {
			return Payback.notAMove("staying on the current API (" + this.inputs.currentApi().name() + ")");
		}
		if (strategy == Strategy.CHEAPEST_API && this.inputs.cheapestIsCurrent()) {
			return Payback.notAMove("the cheapest adequate API (" + this.inputs.cheapestApi().name() + ")");
		}
		StrategyProjection baseline = of(Strategy.ALL_API);
		int horizon = projection.horizonMonths();
		boolean owned = ProjectionKernel.owned(strategy, this.inputs.ownShare());
		if (owned && this.inputs.own().leadTimeMonths() >= horizon) {
			// nothing is delivered inside the horizon: opex is not the reason, time is
			return Payback.never(Payback.Why.NOT_WITHIN_HORIZON,
					String.format(java.util.Locale.ROOT,
							"hardware ordered now first serves in month %d, after the %d-month horizon",
							this.inputs.own().leadTimeMonths() + 1, horizon));
		}
		int leadTime = owned ? Math.min(this.inputs.own().leadTimeMonths(), horizon) : 0;
		return Formulas.paybackMonth(this.inputs.currency(), projection.capitalArray(), projection.runningArray(),
				baseline.totalsArray(), leadTime);
	}

	/**
	 * The month of {@link #payback(Strategy)}, for callers that show only the month, by
	 * the same rule without building its reasons (the Monte Carlo reads it so).
	 * @return the payback month; empty when it never pays back, for whatever reason
	 */
	public OptionalInt paybackMonth(Strategy strategy) {
		StrategyProjection projection = of(strategy);
		int month = ProjectionKernel.paybackMonth(strategy, this.inputs.cheapestIsCurrent(),
				ProjectionKernel.owned(strategy, this.inputs.ownShare()), this.inputs.own().leadTimeMonths(),
				projection.capitalArray(), projection.runningArray(), of(Strategy.ALL_API).totalsArray());
		return (month > 0) ? OptionalInt.of(month) : OptionalInt.empty();
	}

	/**
	 * Net present value of choosing the strategy instead of staying on the current API,
	 * by the one NPV ({@link Formulas#npv}) of the savings flows at the monthly cost of
	 * capital ({@link Formulas#monthlyRate}).
	 * @return NPV in the projection's currency; 0 for the current API itself
	 */
	public double npv(Strategy strategy) {
		StrategyProjection projection = of(strategy);
		StrategyProjection baseline = of(Strategy.ALL_API);
		return ProjectionKernel.npv(Formulas.monthlyRate(this.inputs.annualDiscountRate()), baseline.totalsArray(),
				baseline.bookValueAtEnd(), projection.totalsArray(), projection.bookValueAtEnd(),
				new double[projection.horizonMonths() + 1]);
	}

	/** {@link #npv(Strategy)}, under the name the pages have used. */
	public double npvAgainstCurrentApi(Strategy strategy) {
		return npv(strategy);
	}

	/**
	 * Savings of the strategy against the current API, month 0 … horizon: current API_t −
	 * strategy_t, the difference of the book values at the end added to the last month.
	 */
	private double[] savingsFlows(Strategy strategy) {
		StrategyProjection projection = of(strategy);
		StrategyProjection baseline = of(Strategy.ALL_API);
		double[] flows = new double[projection.horizonMonths() + 1];
		ProjectionKernel.savingsFlows(baseline.totalsArray(), baseline.bookValueAtEnd(), projection.totalsArray(),
				projection.bookValueAtEnd(), flows);
		return flows;
	}

	/** The first month with nodes in service for owned and rented strategies, else 1. */
	private int opexMonth(Strategy strategy) {
		int[] nodes = of(strategy).nodesInService();
		for (int month = 1; month < nodes.length; month++) {
			if (nodes[month] > 0) {
				return month;
			}
		}
		return 1;
	}

	/** Total cost ÷ millions of tokens served, months 1 … horizon. */
	private double costPerMillionTokens(Strategy strategy) {
		double tokens = this.tokensOverHorizon;
		return (tokens > 0) ? of(strategy).totalCost() / (tokens / Units.TOKENS_PER_MILLION) : Double.NaN;
	}

	/**
	 * Break-even of an owned, hybrid or rented strategy against all on {@code api}, at
	 * today's prices and token mix. A hybrid keeps share s in-house and sends the rest to
	 * the cheapest API, so at total volume V it costs own(sV) + p_cheapest × (1 − s) × V;
	 * against p_api × V that is own hardware at W = sV against the price p = (p_api − (1
	 * − s) × p_cheapest) ÷ s, and V* = W* ÷ s.
	 */
	private BreakEven breakEven(Strategy strategy, ApiOption api) {
		if (strategy == Strategy.ALL_API || strategy == Strategy.CHEAPEST_API) {
			return new BreakEven.Never("not applicable: an API strategy buys no hardware, so its cost and " + api.name()
					+ "'s are both linear in volume and no volume separates them");
		}
		Demand mix = this.inputs.demand().today();
		if (mix.monthlyTotalTokens() == 0) {
			return new BreakEven.Never("no demand today to take the token mix from");
		}
		OwnHardware own = this.inputs.own();
		double apiPrice = Formulas.apiPricePerMillionTokens(api.pricing(), mix);
		if (strategy == Strategy.RENTED_GPUS) {
			return Formulas.rentedBreakEvenVolume(apiPrice, mix, own.node(), own.measurement(), own.targetUtilisation(),
					own.rentedGpuHourly(), own.hosting(), api.pricing().currency());
		}
		double share = (strategy == Strategy.HYBRID) ? this.inputs.ownShare() : 1;
		if (share == 0) {
			return new BreakEven.Never("not applicable: the hybrid keeps no traffic in-house");
		}
		double cheapestPrice = Formulas.apiPricePerMillionTokens(this.inputs.cheapestApi().pricing(), mix);
		double pricePerOwnToken = (apiPrice - (1 - share) * cheapestPrice) / share;
		if (pricePerOwnToken <= 0) {
			return new BreakEven.Never(String.format(Locale.ROOT,
					"never: the %.0f %% sent to the cheapest API alone costs at least what all traffic costs on %s",
					100 * (1 - share), api.name()));
		}
		BreakEven ownPart = Formulas.breakEvenVolume(pricePerOwnToken, mix, own.node(), own.measurement(),
				own.targetUtilisation(), own.hosting(), this.inputs.ownFinance());
		if (ownPart instanceof BreakEven.AtVolume at && share < 1) {
			return new BreakEven.AtVolume(at.monthlyTokens() / share, at.nodes());
		}
		return ownPart;
	}

	/** Strategies by cumulative cost at a month, cheapest first. */
	public List<Strategy> ranking(int month) {
		List<Strategy> order = new ArrayList<>(this.byStrategy.keySet());
		order.sort((a, b) -> Double.compare(of(a).cumulativeIn(month), of(b).cumulativeIn(month)));
		return order;
	}

	/**
	 * The first month in which the cheapest strategy by cumulative cost is not the one
	 * cheapest in month 1; empty when the lead never changes.
	 */
	public OptionalInt rankingChangeMonth() {
		Strategy first = ranking(1).get(0);
		for (int month = 2; month <= this.inputs.horizonMonths(); month++) {
			if (ranking(month).get(0) != first) {
				return OptionalInt.of(month);
			}
		}
		return OptionalInt.empty();
	}

}
