package com.breakeven.simulator.montecarlo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import com.breakeven.simulator.projection.Projection;
import com.breakeven.simulator.projection.ProjectionInputs;
import com.breakeven.simulator.projection.Projector;
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
		ProjectionInputs centre = base;
		for (Map.Entry<UncertainInput, Distribution> input : uncertain.entrySet()) {
			centre = input.getKey().apply(centre, input.getValue().base());
		}
		Projection atBase = Projector.project(centre, EnumSet.of(strategy));
		List<Bar> bars = new ArrayList<>();
		for (Map.Entry<UncertainInput, Distribution> input : uncertain.entrySet()) {
			Distribution d = input.getValue();
			Projection low = Projector.project(input.getKey().apply(centre, d.low()), EnumSet.of(strategy));
			Projection high = Projector.project(input.getKey().apply(centre, d.high()), EnumSet.of(strategy));
			bars.add(new Bar(input.getKey(), d.low(), d.high(), low.npvAgainstCurrentApi(strategy),
					high.npvAgainstCurrentApi(strategy), low.paybackMonth(strategy), high.paybackMonth(strategy)));
		}
		bars.sort(Comparator.comparingDouble(Bar::swing).reversed());
		return new Tornado(strategy, atBase.npvAgainstCurrentApi(strategy), atBase.paybackMonth(strategy), bars);
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
