package com.breakeven.tco;

import java.util.List;
import java.util.Optional;

import com.breakeven.tco.api.ApiCost;
import com.breakeven.tco.breakeven.BreakEvenVolume;
import com.breakeven.tco.capacity.CapacityPlanner;
import com.breakeven.tco.capacity.MemoryFitCheck;
import com.breakeven.tco.capacity.ThroughputSelection;
import com.breakeven.tco.finance.CapitalRecovery;
import com.breakeven.tco.finance.Discounting;
import com.breakeven.tco.finance.InternalRateOfReturn;
import com.breakeven.tco.finance.PaybackPeriod;
import com.breakeven.tco.selfhosted.SelfHostedCost;

/**
 * The TCO engine's facade: one scenario in, every measure out. Stateless and pure: no
 * clock, no I/O.
 * <p>
 * Order of work: keep the measurements run at the scenario's precision; pick the one that
 * meets the SLO; check the model fits the node; size the nodes; price one month on both
 * sides; turn the monthly savings into cash flows over the horizon (capex at month 0,
 * salvage at the end); derive payback, NPV, IRR and the break-even volume.
 */
public final class TcoEngine {

	private TcoEngine() {
	}

	/**
	 * @param scenario a resolved scenario
	 * @return the evaluation, or why own GPUs cannot run the workload
	 */
	public static Evaluation evaluate(Scenario scenario) {
		List<ThroughputMeasurement> atPrecision = ThroughputSelection.atPrecision(scenario.measurements(),
				scenario.precision());
		if (atPrecision.isEmpty()) {
			return new Evaluation.Infeasible(List.of(ThroughputSelection.whyNoneAtPrecision(scenario.measurements(),
					scenario.precision(), scenario.model().name())), null);
		}
		Optional<ThroughputMeasurement> selected = ThroughputSelection.highestConcurrencyMeeting(atPrecision,
				scenario.slo());
		if (selected.isEmpty()) {
			return new Evaluation.Infeasible(List.of(ThroughputSelection.whyNoneMeets(atPrecision, scenario.slo())),
					null);
		}
		ThroughputMeasurement measurement = selected.get();
		MemoryFit memoryFit = MemoryFitCheck.forReplica(scenario.model(), scenario.precision(), scenario.node(),
				measurement);
		if (!memoryFit.fits()) {
			return new Evaluation.Infeasible(List
				.of(scenario.model().name() + " at " + scenario.precision() + " on " + scenario.node().gpusPerNode()
						+ " x " + scenario.node().gpu().name() + ": " + memoryFit.describe()),
					memoryFit);
		}
		Capacity capacity = CapacityPlanner.nodesRequired(scenario.demand(), measurement, scenario.targetUtilisation());
		ApiMonthlyCost api = ApiCost.monthlyCost(scenario.api(), scenario.demand());
		SelfHostedMonthlyCost selfHosted = SelfHostedCost.monthlyCost(scenario.node(), capacity.nodes(),
				capacity.utilisation(), scenario.hosting(), scenario.finance());
		UnitCost unitCost = unitCost(scenario, measurement, capacity, api, selfHosted);

		Finance finance = scenario.finance();
		int horizon = finance.horizonMonths();
		double capex = capacity.nodes() * scenario.node().capex();
		double monthlySavings = api.total() - selfHosted.opex();
		double salvageValue = CapitalRecovery.bookValue(capex, capex * finance.residualValueFraction(),
				finance.lifeMonths(), horizon);
		double[] capital = new double[horizon + 1];
		double[] running = new double[horizon + 1];
		double[] avoided = new double[horizon + 1];
		double[] cashFlows = new double[horizon + 1];
		capital[0] = capex;
		cashFlows[0] = -capex;
		for (int month = 1; month <= horizon; month++) {
			running[month] = selfHosted.opex();
			avoided[month] = api.total();
			cashFlows[month] = monthlySavings;
		}
		cashFlows[horizon] += salvageValue;

		// the salvage value is what the hardware would fetch, not cash received: payback
		// is read from the cash that moves
		Payback payback = PaybackPeriod.paybackMonth(finance.currency(), capital, running, avoided, 0);
		double npv = Discounting.npv(Discounting.monthlyRate(finance.annualDiscountRate()), cashFlows);
		Irr irr = InternalRateOfReturn.irr(cashFlows);
		BreakEven breakEven = BreakEvenVolume.monthlyVolume(scenario.api(), scenario.demand(), scenario.node(),
				measurement, scenario.targetUtilisation(), scenario.hosting(), finance);
		return new Evaluation.Evaluated(finance.currency(), measurement, memoryFit, capacity, api, selfHosted, unitCost,
				capex, monthlySavings, salvageValue, cashFlows, payback, npv, irr, breakEven);
	}

	/**
	 * Cost per million tokens (input + cached + output). At full utilisation the nodes
	 * serve their measured throughput around the clock: tokens = nodes × seconds per
	 * month ÷ (utilisation per token × nodes).
	 */
	private static UnitCost unitCost(Scenario scenario, ThroughputMeasurement measurement, Capacity capacity,
			ApiMonthlyCost api, SelfHostedMonthlyCost selfHosted) {
		double millionsServed = scenario.demand().monthlyTotalTokens() / Units.TOKENS_PER_MILLION;
		double tokensAtFullUtilisation = capacity.nodes()
				/ CapacityPlanner.utilisationPerToken(scenario.demand(), measurement);
		double costAtFullUtilisation = SelfHostedCost
			.monthlyCost(scenario.node(), capacity.nodes(), 1, scenario.hosting(), scenario.finance())
			.total();
		return new UnitCost(scenario.finance().currency(), selfHosted.total() / millionsServed,
				costAtFullUtilisation / (tokensAtFullUtilisation / Units.TOKENS_PER_MILLION),
				api.total() / millionsServed);
	}

}
