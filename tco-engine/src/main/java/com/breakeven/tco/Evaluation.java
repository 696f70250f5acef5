package com.breakeven.tco;

import java.util.Currency;
import java.util.List;

/**
 * The engine's answer for a scenario: the numbers, or why own GPUs cannot run it at all.
 */
public sealed interface Evaluation permits Evaluation.Evaluated, Evaluation.Infeasible {

	/**
	 * Own GPUs can run the workload; both sides priced for one month at the demand's
	 * volume.
	 *
	 * @param currency currency of every amount
	 * @param measurement the throughput the capacity rests on
	 * @param memoryFit how one replica of the model fits its GPUs
	 * @param capacity nodes and utilisation
	 * @param apiMonthly the month on the API
	 * @param selfHostedMonthly the month on own GPUs
	 * @param unitCost cost per million tokens on both sides
	 * @param capex nodes × node capex, spent before month 1
	 * @param monthlySavings API total − self-hosted opex (capital is the capex, counted
	 * once)
	 * @param salvageValue book value of the hardware at the end of the horizon, counted
	 * as an inflow then
	 * @param cashFlows month 0 … horizon: −capex, then monthly savings, the salvage value
	 * added to the last
	 * @param payback when cumulative savings cover the capex, or never with the reason
	 * @param npv net present value of the cash flows at the discount rate
	 * @param irr internal rate of return of the cash flows
	 * @param breakEven the volume from which own GPUs stay no dearer than the API
	 */
	record Evaluated(Currency currency, ThroughputMeasurement measurement, MemoryFit memoryFit, Capacity capacity,
			ApiMonthlyCost apiMonthly, SelfHostedMonthlyCost selfHostedMonthly, UnitCost unitCost, double capex,
			double monthlySavings, double salvageValue, double[] cashFlows, Payback payback, double npv, Irr irr,
			BreakEven breakEven) implements Evaluation {

	}

	/**
	 * Own GPUs cannot run the workload as specified.
	 *
	 * @param reasons each reason, in words
	 * @param memoryFit the memory figures when the check ran, else {@code null}
	 */
	record Infeasible(List<String> reasons, MemoryFit memoryFit) implements Evaluation {

		public Infeasible {
			reasons = List.copyOf(reasons);
		}

	}

}
