package com.breakeven.tco;

import java.util.Currency;
import java.util.List;

/**
 * The worked example the tests share: Llama 3.3 70B in FP8 on one 8 × H100 node in a
 * Northern Virginia colocation, against GPT-4o list prices. Figures from sample-data
 * (H100 $27,500, DGX-class chassis, CBRE colocation, EIA energy).
 */
public final class ReferenceScenario {

	public static final Currency USD = Currency.getInstance("USD");

	/** H100 SXM5: 80 GB, 700 W board power, 70 W idle, $27,500. */
	public static final Gpu H100 = new Gpu("H100 SXM5 80GB", 80, 700, 70, 27_500);

	/**
	 * capex = 8 × 27,500 + 50,000 + 24,000 + 5,000 = 299,000; peak = 8 × 700 + 4,600 =
	 * 10,200 W.
	 */
	public static final Node HGX_H100 = new Node(H100, 8, 50_000, 24_000, 5_000, 4_600);

	/**
	 * vLLM, 1,000 prompt / 200 output tokens per request, 64 concurrent: 4,000 output and
	 * 24,000 total tokens/s.
	 */
	public static final ThroughputMeasurement AT_64 = new ThroughputMeasurement("llama-3.3-70b", "FP8", "vLLM", 64,
			1000, 200, 4000, 24_000d, 350d, 800d, 30d, 40d);

	/**
	 * 20 billion uncached input and 4 billion output tokens a month, peak twice the
	 * average.
	 */
	public static final Demand DEMAND = new Demand(20e9, 0, 4e9, 2.0);

	/** GPT-4o list: $2.50 input, $1.25 cached input, $10 output per million tokens. */
	public static final ApiPricing GPT_4O = ApiPricing.listPrices(USD, 2.50, 1.25, 10.00);

	/**
	 * 8.95 ¢/kWh, PUE 1.58, $184.06/kW-month, 0.1 FTE at $200,000, support 8 % of capex a
	 * year, no licences.
	 */
	public static final Hosting COLO_VIRGINIA = new Hosting(0.0895, 1.58, ColocationBasis.PER_KW_MONTH, 184.06, 0, 0.1,
			200_000, 0.08, 0);

	/** 4-year life, 10 % residual, 8 % a year cost of capital, 36-month horizon. */
	public static final Finance FINANCE = new Finance(USD, 4, 0.10, 0.08, 36);

	/**
	 * Llama 3.3 70B: 70.6 B parameters, 80 layers, 8 KV heads of dimension 128,
	 * 131,072-token context.
	 */
	public static final ModelSpec LLAMA_70B = new ModelSpec("Llama 3.3 70B", 70.6, null, 80, 8, 128, 131_072);

	public static final double TARGET_UTILISATION = 0.8;

	private ReferenceScenario() {
	}

	public static Scenario scenario() {
		return scenario(DEMAND, LatencySlo.NONE, List.of(AT_64));
	}

	public static Scenario scenario(Demand demand, LatencySlo slo, List<ThroughputMeasurement> measurements) {
		return new Scenario(GPT_4O, demand, slo, HGX_H100, measurements, COLO_VIRGINIA, FINANCE, LLAMA_70B,
				Precision.FP8, TARGET_UTILISATION);
	}

}
