package com.breakeven.simulator.projection;

import java.util.Currency;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import com.breakeven.tco.ApiPricing;
import com.breakeven.tco.ColocationBasis;
import com.breakeven.tco.Demand;
import com.breakeven.tco.Gpu;
import com.breakeven.tco.Hosting;
import com.breakeven.tco.Node;
import com.breakeven.tco.ThroughputMeasurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ProjectionKernelTest {

	private static final Currency USD = Currency.getInstance("USD");

	/** 1 G input, 0.1 G output tokens a month; one $10,000 GPU node; $2 a GPU-hour. */
	private static final ProjectionInputs SMALL = new ProjectionInputs(USD, 24,
			DemandPath.growing(new Demand(1e9, 0, 1e8, 1), 0.05),
			new ApiOption("current", ApiPricing.listPrices(USD, 2, 0, 8), 0.2),
			new ApiOption("cheapest", ApiPricing.listPrices(USD, 0.5, 0, 2), 0.1),
			new OwnHardware(new Node(new Gpu("test GPU", 80, 500, 100, 10_000), 1, 0, 0, 0, 0),
					ThroughputMeasurement.throughputOnly("m", "FP8", "vLLM", 8, 1000, 100, 1000, null),
					new Hosting(0.10, 1.2, ColocationBasis.PER_RACK_MONTH, 900, 10, 0.05, 150_000, 0.1, 500), 0.8, 12,
					0.1, 2, 0.05, 2.0),
			0.5, 0.08);

	/**
	 * 100 × the volume, no lead time, no rented price: another fleet, other lines, a
	 * strategy left out.
	 */
	private static final ProjectionInputs LARGE = new ProjectionInputs(USD, 24,
			DemandPath.growing(new Demand(1e11, 0, 1e10, 3), 0.01), SMALL.currentApi(), SMALL.cheapestApi(),
			new OwnHardware(SMALL.own().node(), SMALL.own().measurement(), SMALL.own().hosting(), 0.6, 18, 0.2, 0,
					-0.02, Double.NaN),
			1, 0.05);

	@Test
	void run_aKernelReusedGivesWhatAFreshOneGives() {
		ProjectionKernel reused = new ProjectionKernel(24);
		reused.run(ProjectionParameters.of(SMALL), EnumSet.allOf(Strategy.class));
		reused.run(ProjectionParameters.of(LARGE), EnumSet.allOf(Strategy.class));
		reused.run(ProjectionParameters.of(SMALL), EnumSet.allOf(Strategy.class));

		Projection fresh = Projector.project(SMALL);

		for (Strategy strategy : Strategy.values()) {
			StrategyProjection again = reused.projection(strategy);
			StrategyProjection once = fresh.of(strategy);
			assertThat(again.hardware()).containsExactly(once.hardware());
			assertThat(again.api()).containsExactly(once.api());
			assertThat(again.rental()).containsExactly(once.rental());
			assertThat(again.power()).containsExactly(once.power());
			assertThat(again.colocation()).containsExactly(once.colocation());
			assertThat(again.staff()).containsExactly(once.staff());
			assertThat(again.support()).containsExactly(once.support());
			assertThat(again.software()).containsExactly(once.software());
			assertThat(again.salvage()).containsExactly(once.salvage());
			assertThat(again.nodesInService()).containsExactly(once.nodesInService());
			assertThat(again.cumulative()).containsExactly(once.cumulative());
			assertThat(again.totalCost()).isEqualTo(once.totalCost());
		}
		// the large run bought more, retired and rented none: those lines were
		// overwritten
		assertThat(Projector.project(LARGE).of(Strategy.SELF_HOSTED).totalCost())
			.isGreaterThan(10 * fresh.of(Strategy.SELF_HOSTED).totalCost());
		assertThat(Projector.project(LARGE).byStrategy()).doesNotContainKey(Strategy.RENTED_GPUS);
	}

	@Test
	void compound_isTheMonthlyPowerByRepeatedMultiplication() {
		double[] factors = new double[13];

		ProjectionKernel.compound(0.02, factors);

		// month 1 is today's (× 1), month 12 is 1.02^11 = 1.243374; cross-check: the
		// power function, within the rounding of 11 multiplications
		assertThat(factors[1]).isEqualTo(1);
		assertThat(factors[12]).isCloseTo(1.243374, within(1e-6));
		assertThat(factors[12]).isCloseTo(Math.pow(1.02, 11), within(1e-14));
	}

}
