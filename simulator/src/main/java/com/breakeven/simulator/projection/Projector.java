package com.breakeven.simulator.projection;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import com.breakeven.tco.Demand;
import com.breakeven.tco.Finance;
import com.breakeven.tco.Formulas;
import com.breakeven.tco.SelfHostedMonthlyCost;

/**
 * Month-by-month cost of each strategy on the same demand: the API side at prices that
 * fall by their yearly rate, the owned side with a fleet bought in whole nodes as demand
 * grows (the first ones paid up front and serving once the lead time has passed),
 * refreshed at end of life and hosted at a power price that moves by its yearly rate.
 * Pure: the same inputs give the same numbers.
 */
public final class Projector {

	private Projector() {
	}

	/** Every strategy the inputs allow (rented GPUs only with an hourly price). */
	public static Projection project(ProjectionInputs inputs) {
		return project(inputs, EnumSet.allOf(Strategy.class));
	}

	/**
	 * Only the strategies asked for, and always the current API, which the others are
	 * measured against (rented GPUs only with an hourly price).
	 */
	public static Projection project(ProjectionInputs inputs, Set<Strategy> strategies) {
		Map<Strategy, StrategyProjection> byStrategy = new EnumMap<>(Strategy.class);
		byStrategy.put(Strategy.ALL_API, apiOnly(Strategy.ALL_API, inputs, inputs.currentApi()));
		if (strategies.contains(Strategy.CHEAPEST_API)) {
			byStrategy.put(Strategy.CHEAPEST_API, apiOnly(Strategy.CHEAPEST_API, inputs, inputs.cheapestApi()));
		}
		if (strategies.contains(Strategy.SELF_HOSTED)) {
			byStrategy.put(Strategy.SELF_HOSTED, owned(Strategy.SELF_HOSTED, inputs, 1));
		}
		if (strategies.contains(Strategy.HYBRID)) {
			byStrategy.put(Strategy.HYBRID, owned(Strategy.HYBRID, inputs, inputs.ownShare()));
		}
		if (strategies.contains(Strategy.RENTED_GPUS) && !Double.isNaN(inputs.own().rentedGpuHourly())) {
			byStrategy.put(Strategy.RENTED_GPUS, rented(inputs));
		}
		return new Projection(inputs, byStrategy);
	}

	private static StrategyProjection apiOnly(Strategy strategy, ProjectionInputs inputs, ApiOption api) {
		Lines lines = new Lines(inputs.horizonMonths());
		for (int month = 1; month <= inputs.horizonMonths(); month++) {
			lines.api[month] = Formulas.apiMonthlyCost(api.pricingIn(month), inputs.demand().in(month, 1)).total();
		}
		return lines.of(strategy);
	}

	/**
	 * {@code ownShare} of the demand on owned nodes, the rest on the cheapest adequate
	 * API (nothing when the share is 1). Nodes ordered now serve from the month after the
	 * lead time; until then the in-house share stays on today's API, at its prices.
	 */
	private static StrategyProjection owned(Strategy strategy, ProjectionInputs inputs, double ownShare) {
		int horizon = inputs.horizonMonths();
		OwnHardware own = inputs.own();
		Lines lines = new Lines(horizon);
		int[] required = new int[horizon + 1];
		Demand[] ownDemand = new Demand[horizon + 1];
		for (int month = 1; month <= horizon; month++) {
			ownDemand[month] = inputs.demand().in(month, ownShare);
			boolean delivered = month > own.leadTimeMonths();
			required[month] = (ownShare > 0 && delivered)
					? Formulas.nodesRequired(ownDemand[month], own.measurement(), own.targetUtilisation()).nodes() : 0;
			if (ownShare > 0 && !delivered) {
				// paid for, not yet serving: the in-house share stays on today's API
				lines.api[month] += Formulas.apiMonthlyCost(inputs.currentApi().pricingIn(month), ownDemand[month])
					.total();
			}
			if (ownShare < 1) {
				lines.api[month] += Formulas
					.apiMonthlyCost(inputs.cheapestApi().pricingIn(month), inputs.demand().in(month, 1 - ownShare))
					.total();
			}
		}
		Fleet fleet = Fleet.plan(required, own.lifeMonths(), own.leadTimeMonths(), own.residualFraction());
		double nodeCapex = own.node().capex();
		Finance finance = inputs.ownFinance();
		for (int month = 0; month <= horizon; month++) {
			lines.hardware[month] = fleet.bought()[month] * nodeCapex;
			lines.salvage[month] = -fleet.retired()[month] * nodeCapex * own.residualFraction();
			int nodes = fleet.inService()[month];
			lines.nodes[month] = nodes;
			if (month == 0 || nodes == 0) {
				continue;
			}
			double utilisation = Formulas.utilisation(ownDemand[month], own.measurement(), nodes);
			SelfHostedMonthlyCost cost = Formulas.selfHostedMonthlyCost(own.node(), nodes, utilisation,
					own.hostingIn(month), finance);
			lines.power[month] = cost.power();
			lines.colocation[month] = cost.colocation();
			lines.staff[month] = cost.staff();
			lines.support[month] = cost.support();
			lines.software[month] = cost.software();
		}
		lines.bookValueAtEnd = fleet.bookValueAtEnd() * nodeCapex;
		return lines.of(strategy);
	}

	/**
	 * Rented nodes sized month by month (no purchase, no fleet kept): GPUs × hours × the
	 * hourly price, plus the staff who run them; power and space are in the price.
	 */
	private static StrategyProjection rented(ProjectionInputs inputs) {
		OwnHardware own = inputs.own();
		Lines lines = new Lines(inputs.horizonMonths());
		for (int month = 1; month <= inputs.horizonMonths(); month++) {
			int nodes = Formulas.nodesRequired(inputs.demand().in(month, 1), own.measurement(), own.targetUtilisation())
				.nodes();
			lines.nodes[month] = nodes;
			lines.rental[month] = Formulas.rentalCost(own.node(), nodes, own.rentedGpuHourly());
			lines.staff[month] = Formulas.staffCost(nodes, own.hosting());
		}
		return lines.of(Strategy.RENTED_GPUS);
	}

	/** Mutable arrays while one strategy is built; frozen into a record at the end. */
	private static final class Lines {

		final double[] hardware;

		final double[] api;

		final double[] rental;

		final double[] power;

		final double[] colocation;

		final double[] staff;

		final double[] support;

		final double[] software;

		final double[] salvage;

		final int[] nodes;

		double bookValueAtEnd;

		Lines(int horizon) {
			this.hardware = new double[horizon + 1];
			this.api = new double[horizon + 1];
			this.rental = new double[horizon + 1];
			this.power = new double[horizon + 1];
			this.colocation = new double[horizon + 1];
			this.staff = new double[horizon + 1];
			this.support = new double[horizon + 1];
			this.software = new double[horizon + 1];
			this.salvage = new double[horizon + 1];
			this.nodes = new int[horizon + 1];
		}

		StrategyProjection of(Strategy strategy) {
			return new StrategyProjection(strategy, this.hardware, this.api, this.rental, this.power, this.colocation,
					this.staff, this.support, this.software, this.salvage, this.nodes, this.bookValueAtEnd);
		}

	}

}
