package com.breakeven.simulator.montecarlo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import com.breakeven.simulator.projection.ProjectionInputs;
import com.breakeven.simulator.projection.ProjectionKernel;
import com.breakeven.simulator.projection.ProjectionParameters;
import com.breakeven.simulator.projection.Strategy;

/**
 * The tornado: each uncertain input moved alone to its low and its high value (P10 and
 * P90 of its distribution), the others at their base values, and what that does to a
 * strategy's NPV against the current API and to its payback; widest swing first.
 */
public final class Sensitivity {

	private Sensitivity() {
	}

	/**
	 * @param base the inputs with every uncertain one at its base value
	 * @param uncertain the inputs to move, with their distributions
	 * @param strategy the strategy whose NPV and payback are read
	 */
	public static Tornado of(ProjectionInputs base, Map<UncertainInput, Distribution> uncertain, Strategy strategy) {
		ProjectionParameters centre = ProjectionParameters.of(base);
		for (Map.Entry<UncertainInput, Distribution> input : uncertain.entrySet()) {
			input.getKey().apply(centre, input.getValue().base());
		}
		ProjectionKernel kernel = new ProjectionKernel(base.horizonMonths());
		Set<Strategy> projected = EnumSet.of(strategy);
		kernel.run(centre, projected);
		double baseNpv = kernel.npv(strategy);
		OptionalInt basePayback = paybackMonth(kernel, strategy);
		ProjectionParameters moved = centre.copy();
		List<Bar> bars = new ArrayList<>();
		for (Map.Entry<UncertainInput, Distribution> input : uncertain.entrySet()) {
			Distribution d = input.getValue();
			moved.copyFrom(centre);
			input.getKey().apply(moved, d.low());
			kernel.run(moved, projected);
			double npvAtLow = kernel.npv(strategy);
			OptionalInt paybackAtLow = paybackMonth(kernel, strategy);
			moved.copyFrom(centre);
			input.getKey().apply(moved, d.high());
			kernel.run(moved, projected);
			bars.add(new Bar(input.getKey(), d.low(), d.high(), npvAtLow, kernel.npv(strategy), paybackAtLow,
					paybackMonth(kernel, strategy)));
		}
		bars.sort(Comparator.comparingDouble(Bar::swing).reversed());
		return new Tornado(strategy, baseNpv, basePayback, bars);
	}

	private static OptionalInt paybackMonth(ProjectionKernel kernel, Strategy strategy) {
		int month = kernel.paybackMonth(strategy);
		return (month > 0) ? OptionalInt.of(month) : OptionalInt.empty();
	}

	/**
	 * @param strategy the strategy read
	 * @param baseNpv its NPV with every input at its base value
	 * @param basePayback its payback month then
	 * @param bars one per input, widest swing first
	 */
	public record Tornado(Strategy strategy, double baseNpv, OptionalInt basePayback, List<Bar> bars) {

		public Tornado {
			bars = List.copyOf(bars);
		}

	}

	/**
	 * @param input the input moved
	 * @param lowValue its low value
	 * @param highValue its high value
	 * @param npvAtLow NPV with the input low
	 * @param npvAtHigh NPV with the input high
	 * @param paybackAtLow payback month with the input low
	 * @param paybackAtHigh payback month with the input high
	 */
	public record Bar(UncertainInput input, double lowValue, double highValue, double npvAtLow, double npvAtHigh,
			OptionalInt paybackAtLow, OptionalInt paybackAtHigh) {

		/** How far apart the two NPVs are. */
		public double swing() {
			return Math.abs(this.npvAtHigh - this.npvAtLow);
		}

	}

}
