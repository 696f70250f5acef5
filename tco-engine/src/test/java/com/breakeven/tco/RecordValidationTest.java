package com.breakeven.tco;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Inputs refuse impossible values with messages that name the field and the value. */
class RecordValidationTest {

	@Test
	void node_refusesZeroGpus() {
		assertThatThrownBy(() -> new Node(ReferenceScenario.H100, 0, 0, 0, 0, 0))
			.hasMessage("gpusPerNode must be >= 1, was 0");
	}

	@Test
	void hosting_refusesASupportPercentageWrittenAsAWholeNumber() {
		assertThatThrownBy(() -> new Hosting(0.09, 1.5, ColocationBasis.PER_KW_MONTH, 180, 0, 0.1, 1, 8, 0))
			.hasMessage("supportFractionOfCapexPerYear is a fraction (0.05 = 5 %) and must be >= 0 and < 1, was 8.0");
	}

	@Test
	void demand_refusesAPeakBelowTheAverage() {
		assertThatThrownBy(() -> new Demand(1, 1, 1, 0.5)).hasMessage("peakToAverage must be >= 1, was 0.5");
	}

	@Test
	void finance_refusesAHorizonBeyondTheHardwareLife() {
		assertThatThrownBy(() -> new Finance(ReferenceScenario.USD, 3, 0.1, 0.08, 48))
			.hasMessage("horizonMonths must be <= the depreciation life of 36 months (hardware refresh is modelled by"
					+ " the simulator), was 48");
	}

	@Test
	void scenario_refusesAnApiPriceInAnotherCurrency() {
		ApiPricing euros = ApiPricing.listPrices(Currency.getInstance("EUR"), 2, 1, 8);

		assertThatThrownBy(() -> new Scenario(euros, ReferenceScenario.DEMAND, LatencySlo.NONE,
				ReferenceScenario.HGX_H100, List.of(ReferenceScenario.AT_64), ReferenceScenario.COLO_VIRGINIA,
				ReferenceScenario.FINANCE, ReferenceScenario.LLAMA_70B, Precision.FP8, 0.8))
			.hasMessage("api.currency must be the scenario currency USD, was EUR (convert prices before building the"
					+ " scenario)");
	}

	@Test
	void measurement_refusesTotalThroughputBelowOutputThroughput() {
		assertThatThrownBy(() -> ThroughputMeasurement.throughputOnly("m", "FP8", "vLLM", 8, 100, 100, 500, 400d))
			.hasMessage("totalTokensPerSecond must be >= outputTokensPerSecond 500.0, was 400.0");
	}

	@Test
	void gpu_refusesIdlePowerAboveTdp() {
		assertThatThrownBy(() -> new Gpu("L4", 24, 72, 80, 2_900))
			.hasMessage("idleWatts must be <= tdpWatts 72.0, was 80.0");
	}

}
