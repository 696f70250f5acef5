package com.breakeven.tco.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import com.breakeven.tco.Capacity;
import com.breakeven.tco.Demand;
import com.breakeven.tco.ReferenceScenario;
import com.breakeven.tco.ThroughputMeasurement;

class CapacityPlannerTest {

	@Test
	void nodesRequired_promptHeavyWorkloadIsSizedOnTotalTokens() {
		// 60 B input, 1 B output a month, flat: output needs 380.26 tok/s (0.12 of a node
		// at target) but
		// total 61e9 ÷ 2,629,800 = 23,195.7 tok/s against 24,000 × 0.8 = 19,200 → ⌈1.208⌉
		// = 2 nodes
		Demand ragIndexing = new Demand(60e9, 0, 1e9, 1.0);

		Capacity capacity = CapacityPlanner.nodesRequired(ragIndexing, ReferenceScenario.AT_64, 0.8);

		assertThat(capacity.nodes()).isEqualTo(2);
		assertThat(capacity.sizedOnTotalTokens()).isTrue();
		// utilisation = 23,195.68 ÷ (2 × 24,000) = 0.483243
		assertThat(capacity.utilisation()).isCloseTo(0.48324334, within(1e-8));
	}

	@Test
	void nodesRequired_exactlyFullNodesAreNotRoundedUpByFloatingPointNoise() {
		// exactly 3,200 tok/s at peak = one node at 80 %: 3,200 × 2,629,800 ÷ 2 output
		// tokens a month
		ThroughputMeasurement outputOnly = ThroughputMeasurement.throughputOnly("m", "FP8", "vLLM", 64, 1000, 200, 4000,
				null);
		Demand exactlyOneNode = new Demand(0, 0, 3200.0 * 2_629_800 / 2, 2.0);

		assertThat(CapacityPlanner.nodesRequired(exactlyOneNode, outputOnly, 0.8).nodes()).isEqualTo(1);
	}

	@Test
	void maxMonthlyTokens_isTheVolumeAtWhichTheNodeCountSteps() {
		double oneNodeMax = CapacityPlanner.maxMonthlyTokens(1, ReferenceScenario.DEMAND, ReferenceScenario.AT_64, 0.8);

		// 24,000 × 0.8 × 2,629,800 ÷ 2 = 25,246,080,000 total tokens a month (output
		// constraint gives the same)
		assertThat(oneNodeMax).isCloseTo(25_246_080_000d, within(1.0));
		assertThat(CapacityPlanner
			.nodesRequired(ReferenceScenario.DEMAND.scaledTo(oneNodeMax), ReferenceScenario.AT_64, 0.8)
			.nodes()).isEqualTo(1);
		assertThat(CapacityPlanner
			.nodesRequired(ReferenceScenario.DEMAND.scaledTo(oneNodeMax * 1.001), ReferenceScenario.AT_64, 0.8)
			.nodes()).isEqualTo(2);
	}

	@Test
	void nodesRequired_onPlainNumbersIsTheRecordsAnswer() {
		// the RAG demand above: 2 nodes on total tokens; 25 × the reference demand:
		// 25 × 4e9 output ÷ 2,629,800 × 2 = 76,051.4 tok/s ÷ 3,200 → ⌈23.77⌉ = 24 nodes
		Demand ragIndexing = new Demand(60e9, 0, 1e9, 1.0);
		Demand large = ReferenceScenario.DEMAND.scaledBy(25);
		ThroughputMeasurement outputOnly = ThroughputMeasurement.throughputOnly("m", "FP8", "vLLM", 64, 1000, 200, 4000,
				null);

		assertThat(nodesOnPlainNumbers(ragIndexing, ReferenceScenario.AT_64)).isEqualTo(2);
		assertThat(nodesOnPlainNumbers(large, outputOnly)).isEqualTo(24)
			.isEqualTo(CapacityPlanner.nodesRequired(large, outputOnly, 0.8).nodes());
		assertThat(CapacityPlanner.utilisationPerToken(ragIndexing.monthlyOutputTokens(),
				ragIndexing.monthlyTotalTokens(), 4000, 24_000))
			.isEqualTo(CapacityPlanner.utilisationPerToken(ragIndexing, ReferenceScenario.AT_64));
	}

	private static int nodesOnPlainNumbers(Demand demand, ThroughputMeasurement measurement) {
		return CapacityPlanner.nodesRequired(demand.monthlyOutputTokens(), demand.monthlyTotalTokens(),
				demand.peakToAverage(), measurement.outputTokensPerSecond(), CapacityPlanner.totalRate(measurement),
				0.8);
	}

}
