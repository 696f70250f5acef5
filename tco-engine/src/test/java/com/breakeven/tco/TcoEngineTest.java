package com.breakeven.tco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import com.breakeven.tco.finance.Discounting;

/** One full scenario worked by hand, and the engine's verdicts at the edges. */
class TcoEngineTest {

	/** Money is checked to the cent. */
	private static final Offset<Double> CENT = within(0.005);

	private static final Offset<Double> EXACT = within(1e-9);

	@Test
	void evaluate_70bFp8OnOneH100NodeAgainstGpt4oPaysBackInMonth4() {
		Evaluation.Evaluated result = (Evaluation.Evaluated) TcoEngine.evaluate(ReferenceScenario.scenario());

		// API: 20,000 M input × $2.50 = 50,000.00; 4,000 M output × $10 = 40,000.00;
		// total 90,000.00
		assertThat(result.apiMonthly().input()).isCloseTo(50_000.00, CENT);
		assertThat(result.apiMonthly().output()).isCloseTo(40_000.00, CENT);
		assertThat(result.apiMonthly().total()).isCloseTo(90_000.00, CENT);

		// Capacity: average output 4e9 ÷ 2,629,800 s = 1,521.028 tok/s; peak × 2 =
		// 3,042.056;
		// one node serves 4,000 × 0.8 = 3,200 at target → ⌈0.9506⌉ = 1 node (total
		// tokens: 18,252.3 ÷ 19,200, same).
		// Utilisation = 1,521.028 ÷ 4,000 = 0.380257
		assertThat(result.capacity().nodes()).isEqualTo(1);
		assertThat(result.capacity().peakOutputTokensPerSecond()).isCloseTo(3_042.056430, within(1e-6));
		assertThat(result.capacity().utilisation()).isCloseTo(0.38025705, within(1e-8));

		SelfHostedMonthlyCost month = result.selfHostedMonthly();
		// capex 299,000; residual 10 % = 29,900; depreciation (299,000 − 29,900) ÷ 48 =
		// 5,606.25
		assertThat(result.capex()).isCloseTo(299_000.00, CENT);
		assertThat(month.depreciation()).isCloseTo(5_606.25, CENT);
		// r = 1.08^(1/12) − 1 = 0.00643403; (1 + r)^−48 = 1.08^−4 = 0.73502985
		// payment = (299,000 − 29,900 × 0.73502985) × r ÷ (1 − 0.73502985) = 6,726.69;
		// cost of capital = 1,120.44
		assertThat(month.capital()).isCloseTo(6_726.69, CENT);
		assertThat(month.costOfCapital()).isCloseTo(1_120.44, CENT);
		// power: 8 × (70 + 630 × 0.380257) + 4,600 = 7,076.50 W; 7.0765 kW × 1.58 × 730.5
		// h × $0.0895 = 731.00
		assertThat(month.power()).isCloseTo(731.00, CENT);
		// colocation: 10.2 kW × 184.06 = 1,877.41; staff: 0.1 × 200,000 ÷ 12 = 1,666.67
		assertThat(month.colocation()).isCloseTo(1_877.41, CENT);
		assertThat(month.staff()).isCloseTo(1_666.67, CENT);
		// support: 299,000 × 0.08 ÷ 12 = 1,993.33; software 0
		assertThat(month.support()).isCloseTo(1_993.33, CENT);
		assertThat(month.software()).isZero();
		// opex 731.00 + 1,877.41 + 1,666.67 + 1,993.33 = 6,268.41; total 6,726.69 +
		// 6,268.41 = 12,995.10
		assertThat(month.opex()).isCloseTo(6_268.41, CENT);
		assertThat(month.total()).isCloseTo(12_995.10, CENT);

		// savings = 90,000.00 − 6,268.41 = 83,731.59 a month; 299,000 ÷ 83,731.59 = 3.57
		// → month 4
		assertThat(result.monthlySavings()).isCloseTo(83_731.59, CENT);
		assertThat(result.payback()).isEqualTo(Payback.inMonth(4));

		// unit cost: 12,995.10 ÷ 24,000 M tokens = 0.5415 per million; API 90,000 ÷
		// 24,000 = 3.75
		assertThat(result.unitCost().selfHostedAtServedVolume()).isCloseTo(0.541463, within(1e-6));
		assertThat(result.unitCost().api()).isCloseTo(3.75, EXACT);
		// full utilisation: 24,000 tok/s × 2,629,800 s = 63,115.2 M tokens; cost with
		// power at 10,200 W
		// (10.2 × 103.300005 = 1,053.66) = 13,317.76 → 0.2110 per million
		assertThat(result.unitCost().selfHostedAtFullUtilisation()).isCloseTo(0.211007, within(1e-6));

		// salvage after 36 months: 299,000 − 5,606.25 × 36 = 97,175.00 (above the 29,900
		// residual)
		assertThat(result.salvageValue()).isCloseTo(97_175.00, CENT);
		assertThat(result.cashFlows()).hasSize(37);
		assertThat(result.cashFlows()[0]).isCloseTo(-299_000.00, CENT);
		assertThat(result.cashFlows()[36]).isCloseTo(83_731.59 + 97_175.00, CENT);
		// NPV at r = 0.00643403 a month of −299,000, 36 × 83,731.59 and 97,175.00 at
		// month 36 = 2,461,179.61
		assertThat(result.npv()).isCloseTo(2_461_179.61, CENT);
		// cross-check: NPV at the IRR is zero; IRR = 28.0013 % a month
		Irr.Rate irr = (Irr.Rate) result.irr();
		assertThat(irr.monthly()).isCloseTo(0.2800126378, within(1e-9));
		assertThat(Discounting.npv(irr.monthly(), result.cashFlows())).isCloseTo(0, within(1e-4));
	}

	@Test
	void evaluate_npvAtZeroRateEqualsTheUndiscountedSumOfCashFlows() {
		Finance noDiscount = new Finance(ReferenceScenario.USD, 4, 0.10, 0, 36);
		Scenario scenario = new Scenario(ReferenceScenario.GPT_4O, ReferenceScenario.DEMAND, LatencySlo.NONE,
				ReferenceScenario.HGX_H100, List.of(ReferenceScenario.AT_64), ReferenceScenario.COLO_VIRGINIA,
				noDiscount, ReferenceScenario.LLAMA_70B, Precision.FP8, 0.8);

		Evaluation.Evaluated result = (Evaluation.Evaluated) TcoEngine.evaluate(scenario);

		assertThat(result.npv()).isCloseTo(Arrays.stream(result.cashFlows()).sum(), CENT);
		// and the capital line is plain depreciation when capital costs nothing
		assertThat(result.selfHostedMonthly().costOfCapital()).isCloseTo(0, CENT);
	}

	@Test
	void evaluate_neverPaysBackAt500MillionTokensAMonth() {
		// 400 M input × $2.50 + 100 M output × $10 = 1,000 + 1,000 = 2,000.00 a month on
		// the API.
		// Own node: power at 0.95 % utilisation 537.98 + colocation 1,877.41 + staff
		// 1,666.67 + support 1,993.33
		// = 6,075.39 of opex a month before any capital: more than the bill it replaces.
		Demand lowVolume = new Demand(400e6, 0, 100e6, 2.0);

		Evaluation.Evaluated result = (Evaluation.Evaluated) TcoEngine
			.evaluate(ReferenceScenario.scenario(lowVolume, LatencySlo.NONE, List.of(ReferenceScenario.AT_64)));

		assertThat(result.apiMonthly().total()).isCloseTo(2_000.00, CENT);
		assertThat(result.selfHostedMonthly().opex()).isCloseTo(6_075.39, CENT);
		assertThat(result.payback()).isEqualTo(Payback.never(Payback.Why.OPEX_EXCEEDS_API,
				"never: in every month of the horizon its running cost alone (6,075.39 USD a month) is at least the"
						+ " API bill it replaces (2,000.00 USD a month), so a longer horizon will not help"));
		assertThat(result.npv()).isNegative();
	}

	@Test
	void evaluate_peakToAverageOfThreeForcesASecondNode() {
		// peak output = 1,521.028 × 3 = 4,563.08 tok/s > 3,200 per node at target →
		// ⌈1.426⌉ = 2 nodes
		Demand peaky = new Demand(20e9, 0, 4e9, 3.0);

		Evaluation.Evaluated result = (Evaluation.Evaluated) TcoEngine
			.evaluate(ReferenceScenario.scenario(peaky, LatencySlo.NONE, List.of(ReferenceScenario.AT_64)));

		assertThat(result.capacity().nodes()).isEqualTo(2);
		// utilisation halves: 1,521.028 ÷ (2 × 4,000) = 0.190129; capex doubles: 598,000
		assertThat(result.capacity().utilisation()).isCloseTo(0.19012853, within(1e-8));
		assertThat(result.capex()).isCloseTo(598_000.00, CENT);
	}

	@Test
	void evaluate_tighterItlSloPicksALowerConcurrencyAndSoMoreNodes() {
		ThroughputMeasurement at16 = new ThroughputMeasurement("llama-3.3-70b", "FP8", "vLLM", 16, 1000, 200, 1800,
				10_800d, 200d, 400d, 20d, 25d);
		ThroughputMeasurement at128 = new ThroughputMeasurement("llama-3.3-70b", "FP8", "vLLM", 128, 1000, 200, 5200,
				31_200d, 600d, 1500d, 50d, 70d);
		List<ThroughputMeasurement> sweep = List.of(at16, ReferenceScenario.AT_64, at128);

		Evaluation.Evaluated relaxed = (Evaluation.Evaluated) TcoEngine
			.evaluate(ReferenceScenario.scenario(ReferenceScenario.DEMAND, new LatencySlo(2000, 50), sweep));
		Evaluation.Evaluated strict = (Evaluation.Evaluated) TcoEngine
			.evaluate(ReferenceScenario.scenario(ReferenceScenario.DEMAND, new LatencySlo(2000, 30), sweep));

		// ITL p99 ≤ 50 ms: 64 (40 ms) qualifies, 128 (70 ms) does not → 1 node as in the
		// reference case
		assertThat(relaxed.measurement()).isEqualTo(ReferenceScenario.AT_64);
		assertThat(relaxed.capacity().nodes()).isEqualTo(1);
		// ITL p99 ≤ 30 ms: only 16 (25 ms) → 3,042.06 ÷ (1,800 × 0.8 = 1,440) = 2.11 → 3
		// nodes
		assertThat(strict.measurement()).isEqualTo(at16);
		assertThat(strict.capacity().nodes()).isEqualTo(3);
	}

	@Test
	void evaluate_isInfeasibleWhenNoMeasurementMeetsTheSlo() {
		Evaluation result = TcoEngine.evaluate(ReferenceScenario.scenario(ReferenceScenario.DEMAND,
				new LatencySlo(100, 10), List.of(ReferenceScenario.AT_64)));

		assertThat(result).isInstanceOfSatisfying(Evaluation.Infeasible.class,
				infeasible -> assertThat(infeasible.reasons()).containsExactly(
						"none of the 1 throughput measurements meets the latency SLO (p99 TTFT <= 100 ms, p99 ITL <= 10"
								+ " ms) or records the percentiles to prove it"));
	}

	/**
	 * 70B in BF16 on the same node: a quarter of the FP8 throughput (1,000 output, 6,000
	 * total tokens/s).
	 */
	private static final ThroughputMeasurement BF16_AT_64 = new ThroughputMeasurement("llama-3.3-70b", "bfloat16",
			"vLLM", 64, 1000, 200, 1000, 6_000d, 700d, 1600d, 60d, 80d);

	@Test
	void evaluate_bf16ScenarioWithOnlyAnFp8MeasurementIsRefused() {
		Scenario bf16 = new Scenario(ReferenceScenario.GPT_4O, ReferenceScenario.DEMAND, LatencySlo.NONE,
				ReferenceScenario.HGX_H100, List.of(ReferenceScenario.AT_64), ReferenceScenario.COLO_VIRGINIA,
				ReferenceScenario.FINANCE, ReferenceScenario.LLAMA_70B, Precision.BF16, 0.8);

		Evaluation result = TcoEngine.evaluate(bf16);

		// the FP8 run (4,000 tokens/s) would size 1 node; BF16 moves twice the bytes per
		// token and must not borrow it
		assertThat(result).isInstanceOfSatisfying(Evaluation.Infeasible.class,
				infeasible -> assertThat(infeasible.reasons()).containsExactly("no throughput measured at BF16 for"
						+ " Llama 3.3 70B on this node (measured at FP8): import one or run the probe"));
	}

	@Test
	void evaluate_bf16ScenarioSizesOnTheBf16RunWhenBothAreMeasured() {
		Scenario bf16 = new Scenario(ReferenceScenario.GPT_4O, ReferenceScenario.DEMAND, LatencySlo.NONE,
				ReferenceScenario.HGX_H100, List.of(ReferenceScenario.AT_64, BF16_AT_64),
				ReferenceScenario.COLO_VIRGINIA, ReferenceScenario.FINANCE, ReferenceScenario.LLAMA_70B, Precision.BF16,
				0.8);

		Evaluation.Evaluated result = (Evaluation.Evaluated) TcoEngine.evaluate(bf16);

		// peak output 4e9 ÷ 2,629,800 s × 2 = 3,042.056 tokens/s ÷ (1,000 × 0.8) = 3.80 →
		// 4
		// nodes; peak total 24e9 ÷ 2,629,800 × 2 = 18,252.34 ÷ (6,000 × 0.8) = 3.80 → 4
		// (the FP8 run would have said ⌈3,042.056 ÷ 3,200⌉ = 1)
		assertThat(result.measurement()).isEqualTo(BF16_AT_64);
		assertThat(result.capacity().nodes()).isEqualTo(4);
		// cross-check: the FP8 scenario on the same two measurements keeps its 1 node
		Evaluation.Evaluated fp8 = (Evaluation.Evaluated) TcoEngine.evaluate(ReferenceScenario
			.scenario(ReferenceScenario.DEMAND, LatencySlo.NONE, List.of(ReferenceScenario.AT_64, BF16_AT_64)));
		assertThat(fp8.measurement()).isEqualTo(ReferenceScenario.AT_64);
		assertThat(fp8.capacity().nodes()).isEqualTo(1);
	}

	@Test
	void evaluate_405bModelOnA24GbConsumerGpuDoesNotFit() {
		Gpu rtx4090 = new Gpu("RTX 4090 24GB", 24, 450, 45, 1_599);
		Node workstation = new Node(rtx4090, 1, 3_000, 0, 0, 150);
		// Llama 3.1 405B: 126 layers, 8 KV heads, head dim 128
		ModelSpec llama405b = new ModelSpec("Llama 3.1 405B", 405, null, 126, 8, 128, 131_072);
		ThroughputMeasurement hypothetical = ThroughputMeasurement.throughputOnly("llama-3.1-405b", "BF16", "vLLM", 1,
				1000, 200, 1, null);
		Scenario scenario = new Scenario(ReferenceScenario.GPT_4O, ReferenceScenario.DEMAND, LatencySlo.NONE,
				workstation, List.of(hypothetical), ReferenceScenario.COLO_VIRGINIA, ReferenceScenario.FINANCE,
				llama405b, Precision.BF16, 0.8);

		Evaluation result = TcoEngine.evaluate(scenario);

		// weights 405 × 2 = 810.0 GB; KV 2 × 126 × 8 × 128 × 2 B = 516,096 B/token ×
		// 1,200 tokens = 0.6 GB;
		// overhead 24 × 0.10 = 2.4 GB; required 813.0 GB > 24.0 GB: short by 789.0 GB
		assertThat(result).isInstanceOfSatisfying(Evaluation.Infeasible.class, infeasible -> {
			assertThat(infeasible.memoryFit().shortfallGb()).isCloseTo(789.0193, within(1e-4));
			assertThat(infeasible.reasons())
				.containsExactly("Llama 3.1 405B at BF16 on 1 x RTX 4090 24GB: DOES NOT FIT per replica of 1 GPU:"
						+ " weights 810.0 GB + KV cache 0.6 GB + runtime overhead 2.4 GB = 813.0 GB > 24.0 GB of GPU memory"
						+ " (short by 789.0 GB)");
		});
	}

}
