package com.breakeven.web.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.breakeven.simulator.projection.ApiOption;
import com.breakeven.simulator.projection.DemandPath;
import com.breakeven.simulator.projection.OwnHardware;
import com.breakeven.simulator.projection.Projection;
import com.breakeven.simulator.projection.ProjectionInputs;
import com.breakeven.simulator.projection.Projector;
import com.breakeven.simulator.projection.Strategy;
import com.breakeven.tco.ApiPricing;
import com.breakeven.tco.ColocationBasis;
import com.breakeven.tco.Demand;
import com.breakeven.tco.Gpu;
import com.breakeven.tco.Hosting;
import com.breakeven.tco.Node;
import com.breakeven.tco.ThroughputMeasurement;

/** The scenario headline names the strategy that costs least, whichever it is. */
class StrategyWordsTest {

	private static final Currency USD = Currency.getInstance("USD");

	/** $2 input, $8 output per million, prices flat. */
	private static final ApiOption CURRENT = new ApiOption("openai/gpt-4o", ApiPricing.listPrices(USD, 2, 0, 8), 0);

	/** $0.50 input, $2 output per million. */
	private static final ApiOption CHEAPEST = new ApiOption("openai/gpt-4o-mini", ApiPricing.listPrices(USD, 0.5, 0, 2),
			0);

	/** 1 billion input and 100 million output tokens a month, flat peak. */
	private static final Demand TODAY = new Demand(1e9, 0, 1e8, 1);

	/** 1,000 output tokens a second per node. */
	private static final ThroughputMeasurement MEASURED = new ThroughputMeasurement("m", "FP8", "vLLM", 8, 1000, 100,
			1000, null, null, null, null, null);

	/** $0.10 per kWh, PUE 1, $100 per provisioned kW-month, nothing else. */
	private static final Hosting HOSTING = new Hosting(0.10, 1.0, ColocationBasis.PER_KW_MONTH, 100, 0, 0, 0, 0, 0);

	@Test
	void headline_namesTheCheapestAdequateApiWhenItWins() {
		// one $10,000 GPU; no rented GPUs offered
		Projection projection = Projector.project(
				new ProjectionInputs(USD, 3, DemandPath.growing(TODAY, 0), CURRENT, CHEAPEST, own(10_000), 0.5, 0.08));

		assertThat(projection.ranking(3).get(0)).isEqualTo(Strategy.CHEAPEST_API);
		// current: (1,000 M × $2 + 100 M × $8) × 3 = $8,400; cheapest: (1,000 × 0.5 + 100
		// × 2) × 3 = $2,100; saving $6,300
		assertThat(StrategyWords.headline(projection))
			.isEqualTo("Move to the cheapest adequate API, openai/gpt-4o-mini:"
					+ " 6,300 USD less than staying on openai/gpt-4o over 3 months");
	}

	@Test
	void headline_namesOwnGpusWithTheirPaybackWhenTheyWin() {
		// 100 × the volume over 12 months: the current API costs $280,000 a month, the
		// cheapest $70,000; 5 nodes of a $100,000 GPU take the lead in month 8
		Projection projection = Projector.project(new ProjectionInputs(USD, 12,
				DemandPath.growing(new Demand(1e11, 0, 1e10, 1), 0), CURRENT, CHEAPEST, own(100_000), 0.5, 0.08));

		assertThat(projection.ranking(12).get(0)).isEqualTo(Strategy.SELF_HOSTED);
		// the saving is the current API's 12 months less own hardware's, as ranked
		double saving = 12 * 280_000 - projection.of(Strategy.SELF_HOSTED).cumulativeIn(12);
		assertThat(StrategyWords.headline(projection)).isEqualTo(String.format(Locale.ROOT,
				"Run it on own GPUs: %,.0f USD less than staying on openai/gpt-4o over 12 months (pays back: month 2)",
				saving));
	}

	@Test
	void headline_saysStayWhenTheCurrentApiIsAlreadyTheCheapest() {
		Projection projection = Projector.project(
				new ProjectionInputs(USD, 3, DemandPath.growing(TODAY, 0), CURRENT, CURRENT, own(10_000), 0.5, 0.08));

		assertThat(StrategyWords.headline(projection))
			.isEqualTo("Stay on the current API, openai/gpt-4o: no other strategy costs less over 3 months");
	}

	@Test
	void headline_namesSellersByName() {
		ApiOption current = new ApiOption("openai/gpt-4o at openai", ApiPricing.listPrices(USD, 2, 0, 8), 0);
		ApiOption cheapest = new ApiOption("openai/gpt-oss-20b at together-ai", ApiPricing.listPrices(USD, 0.5, 0, 2),
				0);
		Projection projection = Projector.project(
				new ProjectionInputs(USD, 3, DemandPath.growing(TODAY, 0), current, cheapest, own(10_000), 0.5, 0.08));

		// the same $6,300 as above: the same prices under other names
		assertThat(StrategyWords.headline(projection))
			.isEqualTo("Move to the cheapest adequate API, openai/gpt-oss-20b at Together AI:"
					+ " 6,300 USD less than staying on openai/gpt-4o at OpenAI over 3 months");
	}

	/**
	 * One GPU of the given price per node, 500 W busy and 100 W idle; 80 % target
	 * utilisation, 36-month life, 10 % residual, no lead time, no rented GPUs.
	 */
	private static OwnHardware own(double gpuPrice) {
		Node node = new Node(new Gpu("test GPU", 80, 500, 100, gpuPrice), 1, 0, 0, 0, 0);
		return new OwnHardware(node, MEASURED, HOSTING, 0.8, 36, 0.1, 0, 0, Double.NaN);
	}

}
