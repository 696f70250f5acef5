package com.breakeven.simulator.shift;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.breakeven.tco.ApiPricing;
import com.breakeven.tco.ColocationBasis;
import com.breakeven.tco.Demand;
import com.breakeven.tco.Finance;
import com.breakeven.tco.Gpu;
import com.breakeven.tco.Hosting;
import com.breakeven.tco.LatencySlo;
import com.breakeven.tco.ModelSpec;
import com.breakeven.tco.Node;
import com.breakeven.tco.Precision;
import com.breakeven.tco.ThroughputMeasurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ShiftAdvisorTest {

	private static final Currency USD = Currency.getInstance("USD");

	/** Illustrative percentage scores of one benchmark, without intervals. */
	private static final String BENCHMARK = "MMLU (0-shot CoT)";

	static Adequacy.Score score(double value) {
		return new Adequacy.Score(BENCHMARK, null, value, null, null, LocalDate.of(2026, 10, 1),
				"ShiftAdvisorTest, illustrative");
	}

	static Adequacy.Standard floor(String currentModel, double floor) {
		return new Adequacy.Standard(BENCHMARK, "overall", currentModel, null, floor);
	}

	/** $2.50 input, $10 output per million; quality 85. */
	private static final ApiModel CURRENT = new ApiModel("openai/gpt-4o", "gpt-4o",
			ApiPricing.listPrices(USD, 2.50, 1.25, 10), 128_000, score(85.0));

	/** Same family, much cheaper, but below an 80 floor. */
	private static final ApiModel BELOW_FLOOR = new ApiModel("openai/gpt-4o-mini", "gpt-4o",
			ApiPricing.listPrices(USD, 0.15, 0.075, 0.60), 128_000, score(79.0));

	/** Another family: $0.27 / $1.10, quality 81, 64k context. */
	private static final ApiModel OTHER_FAMILY = new ApiModel("deepseek/deepseek-chat", "deepseek-v3",
			ApiPricing.listPrices(USD, 0.27, 0.07, 1.10), 64_000, score(81.0));

	private static final ApiModel NO_SCORE = new ApiModel("example/unscored", "x",
			ApiPricing.listPrices(USD, 0.1, 0, 0.1), 128_000, null);

	private static final ApiModel SHORT_CONTEXT = new ApiModel("example/short", "y",
			ApiPricing.listPrices(USD, 0.1, 0, 0.4), 8_000, score(90.0));

	/** 1,000 M input and 200 M output a month, 16k-token prompts, quality floor 80. */
	private static final Workload SUPPORT_BOT = new Workload("support-bot", "openai/gpt-4o", new Demand(1e9, 0, 2e8, 2),
			DataSensitivity.INTERNAL, floor("openai/gpt-4o", 80), 16_000, LatencySlo.NONE);

	/** 100 M input, 10 M output a month of data that may not leave the company. */
	private static final Workload LEGAL = new Workload("team:legal", "openai/gpt-4o", new Demand(1e8, 0, 1e7, 2),
			DataSensitivity.RESTRICTED, floor("openai/gpt-4o", 80), 16_000, LatencySlo.NONE);

	/**
	 * Llama 3.3 70B (quality 82) on one 8 x H100 node, 4,000 output tokens/s at 64
	 * streams.
	 */
	private static final OwnOption LLAMA_ON_H100 = new OwnOption("meta-llama/llama-3.3-70b-instruct", "llama-3",
			score(82.0), 131_072, "8 x H100 SXM5",
			new Node(new Gpu("H100 SXM5 80GB", 80, 700, 70, 27_500), 8, 50_000, 24_000, 5_000, 4_600),
			List.of(new ThroughputMeasurement("llama-3.3-70b", "FP8", "vLLM", 64, 1000, 200, 4000, 24_000d, 350d, 800d,
					30d, 40d)),
			new Hosting(0.0895, 1.58, ColocationBasis.PER_KW_MONTH, 184.06, 0, 0.1, 200_000, 0.08, 0),
			new Finance(USD, 4, 0.10, 0.08, 36), new ModelSpec("Llama 3.3 70B", 70.6, null, 80, 8, 128, 131_072),
			Precision.FP8, 0.8);

	private final ShiftAdvisor.Advice advice = ShiftAdvisor.advise(List.of(SUPPORT_BOT, LEGAL),
			List.of(CURRENT, BELOW_FLOOR, OTHER_FAMILY, NO_SCORE, SHORT_CONTEXT), List.of(LLAMA_ON_H100));

	@Test
	void advise_offersOnlyCheaperModelsThatMeetTheFloorAndContextWithTheSavingAtRealVolume() {
		ShiftAdvisor.WorkloadAdvice bot = this.advice.perWorkload().get(0);

		// today: 1,000 M x $2.50 + 200 M x $10 = $4,500; DeepSeek: 1,000 x 0.27 + 200 x
		// 1.10
		// = $490; saving $4,010
		assertThat(bot.currentMonthlyCost()).isCloseTo(4500, within(1e-9));
		assertThat(bot.cheaperApis()).extracting(c -> c.model().model()).containsExactly("deepseek/deepseek-chat");
		assertThat(bot.cheaperApis().get(0).monthlySaving()).isCloseTo(4010, within(1e-9));
		assertThat(bot.cheaperApis().get(0).risk()).contains("different model family (gpt-4o → deepseek-v3)")
			.contains("within 2 points of the floor");
		assertThat(bot.notes())
			.contains("1 model not judged, no score on " + BENCHMARK + ", category overall: example/unscored");
	}

	@Test
	void advise_movesAudioOnlyToModelsWithAudioPricesAndNeverToOwnHardware() {
		// support-bot with 10 M audio input and 2 M audio output tokens a month, at
		// gpt-4o-audio-preview's prices (LiteLLM: 2.50, 10; audio 40, 80)
		Demand voice = new Demand(1e9, 0, 2e8, 2, 0, 1e7, 2e6);
		Workload workload = new Workload("voice-bot", "openai/gpt-4o-audio-preview", voice, DataSensitivity.INTERNAL,
				floor("openai/gpt-4o-audio-preview", 80), 16_000, LatencySlo.NONE, "openai",
				new ApiPricing(USD, 2.50, 1.25, 10, 0, 0, 0, 2.50, 40, 80));

		ShiftAdvisor.WorkloadAdvice advice = ShiftAdvisor.advise(workload, List.of(OTHER_FAMILY),
				List.of(LLAMA_ON_H100));

		// today: 1,000 × 2.50 + 200 × 10 + 10 × 40 + 2 × 80 = 2,500 + 2,000 + 400 + 160 =
		// 5,060; DeepSeek states no audio price: no candidate, however cheap its text
		assertThat(advice.currentMonthlyCost()).isCloseTo(5060, within(1e-6));
		assertThat(advice.cheaperApis()).isEmpty();
		assertThat(advice.ownHardware()).isEmpty();
		assertThat(advice.notes()).contains("audio tokens: no own-hardware option, the measured open models take text");
	}

	@Test
	void advise_saysWhyTheSellersPriceCannotBillTheWorkload() {
		Workload workload = new Workload("voice-bot", "openai/gpt-4o-mini", new Demand(1e9, 0, 2e8, 2, 0, 1e7, 0),
				DataSensitivity.INTERNAL, floor("openai/gpt-4o-mini", 80), 16_000, LatencySlo.NONE, "openai", null,
				"audio input tokens not priced at openai");

		ShiftAdvisor.WorkloadAdvice advice = ShiftAdvisor.advise(workload, List.of(OTHER_FAMILY), List.of());

		assertThat(advice.currentMonthlyCost()).isNaN();
		assertThat(advice.whyItStays()).hasValueSatisfying(
				why -> assertThat(why).contains("openai (the seller its usage shows) on the day: audio input tokens"
						+ " not priced at openai; nothing to compare against"));
	}

	@Test
	void advise_comparesOwnHardwareWithTheBestApiAtTheWorkloadsVolume() {
		ShiftAdvisor.OwnVerdict own = this.advice.perWorkload().get(0).ownHardware().orElseThrow();

		// a whole 8-GPU node for 1.2 billion tokens a month costs more than $490 of
		// DeepSeek
		assertThat(own.comparedWith()).isEqualTo("deepseek/deepseek-chat");
		assertThat(own.apiMonthly()).isCloseTo(490, within(1e-9));
		assertThat(own.beatsTheApi()).isFalse();
		assertThat(own.measurement()).isNull();
	}

	@Test
	void advise_ranksRequiredMovesFirstThenBySaving() {
		List<Recommendation> ranked = this.advice.ranked();

		assertThat(ranked).hasSize(2);
		Recommendation legal = ranked.get(0);
		assertThat(legal.workload()).isEqualTo("team:legal");
		assertThat(legal.to()).isEqualTo("meta-llama/llama-3.3-70b-instruct on 8 x H100 SXM5");
		// required: 100 M x $2.50 + 10 M x $10 = $350 a month today, own hardware costs
		// more
		assertThat(legal.monthlySavings()).isNegative();
		assertThat(legal.headline())
			.startsWith("move team:legal from openai/gpt-4o to meta-llama/llama-3.3-70b-instruct"
					+ " on 8 x H100 SXM5: required, costs ")
			.endsWith(" USD a month more");
		assertThat(legal.reason()).startsWith("restricted data may not leave the company");
		assertThat(ranked.get(1).headline())
			.isEqualTo("move support-bot from openai/gpt-4o to deepseek/deepseek-chat: saves 4,010 USD a month");
	}

	@Test
	void advise_recommendsOwnHardwareWhenItBeatsTheBestAdequateApiAndSaysFromWhichVolume() {
		// 20,000 M input and 4,000 M output a month with a floor of 84: only GPT-4o
		// qualifies among the APIs, at 20,000 x $2.50 + 4,000 x $10 = $90,000 a month
		Workload analytics = new Workload("analytics", "openai/gpt-4o", new Demand(20e9, 0, 4e9, 2),
				DataSensitivity.CONFIDENTIAL, floor("openai/gpt-4o", 84), 16_000, LatencySlo.NONE);
		OwnOption llama = new OwnOption(LLAMA_ON_H100.model(), LLAMA_ON_H100.family(), score(84.5),
				LLAMA_ON_H100.contextWindow(), LLAMA_ON_H100.hardware(), LLAMA_ON_H100.node(),
				LLAMA_ON_H100.measurements(), LLAMA_ON_H100.hosting(), LLAMA_ON_H100.finance(), LLAMA_ON_H100.spec(),
				LLAMA_ON_H100.precision(), LLAMA_ON_H100.targetUtilisation());

		ShiftAdvisor.Advice result = ShiftAdvisor.advise(List.of(analytics), List.of(CURRENT, OTHER_FAMILY),
				List.of(llama));

		ShiftAdvisor.OwnVerdict own = result.perWorkload().get(0).ownHardware().orElseThrow();
		assertThat(own.apiMonthly()).isCloseTo(90_000, within(1e-6));
		assertThat(own.beatsTheApi()).isTrue();
		Recommendation move = result.ranked().get(0);
		assertThat(move.monthlySavings()).isCloseTo(90_000 - own.ownMonthly(), within(1e-6));
		assertThat(move.reason()).contains("own hardware matches the API from").contains("pays back in month");
	}

	@Test
	void advise_byDefaultMovesToModelsNotDistinguishablyWorseInTheWorkloadsCategoryAndTotalsTheMoves() {
		// LMArena text ratings of 2025-12-11 with their 95 % intervals (sample-data
		// quality/lmarena-leaderboard-text.json): overall and coding boards
		LocalDate day = LocalDate.of(2025, 12, 11);
		String source = "lmarena-leaderboard-text.json";
		String overall = "LMArena text";
		String coding = "LMArena text: coding";
		Adequacy.Score gpt4oOverall = new Adequacy.Score(overall, "full", 1283.47, 1279.37, 1287.56, day, source);
		Adequacy.Score gpt4oCoding = new Adequacy.Score(coding, "coding", 1283.11, 1275.41, 1290.82, day, source);
		ApiPricing llamaPrice = ApiPricing.listPrices(USD, 0.10, 0, 0.10);
		ApiPricing miniPrice = BELOW_FLOOR.pricing();
		Demand demand = new Demand(1e9, 0, 2e8, 2);
		Workload chat = new Workload("chat", "openai/gpt-4o", demand, DataSensitivity.INTERNAL,
				new Adequacy.Standard(overall, "overall", "openai/gpt-4o", gpt4oOverall, null), 16_000,
				LatencySlo.NONE);
		Workload code = new Workload("code", "openai/gpt-4o", demand, DataSensitivity.INTERNAL,
				new Adequacy.Standard(coding, "coding", "openai/gpt-4o", gpt4oCoding, null), 16_000, LatencySlo.NONE);
		Workload house = new Workload("house", "example/house-model", demand, DataSensitivity.INTERNAL,
				new Adequacy.Standard(overall, "overall", "example/house-model", null, null), 16_000, LatencySlo.NONE,
				"example", ApiPricing.listPrices(USD, 1, 0, 1));
		java.util.Map<String, List<ApiModel>> byCategory = java.util.Map.of(
				overall, List.of(new ApiModel("openai/gpt-4o", "gpt-4o", CURRENT.pricing(), 128_000, gpt4oOverall),
						// Llama 1276.23 (1272.89 to 1279.57): upper 1279.57 >= 1279.37
						new ApiModel("meta-llama/llama-3.3-70b-instruct", "llama-3", llamaPrice, 131_072,
								new Adequacy.Score(overall, "full", 1276.23, 1272.89, 1279.57, day, source)),
						new ApiModel("openai/gpt-4o-mini", "gpt-4o", miniPrice, 128_000,
								new Adequacy.Score(overall, "full", 1287.22, 1283.85, 1290.59, day, source))),
				coding, List.of(new ApiModel("openai/gpt-4o", "gpt-4o", CURRENT.pricing(), 128_000, gpt4oCoding),
						// coding: Llama's upper 1274.53 < gpt-4o's lower 1275.41
						new ApiModel("meta-llama/llama-3.3-70b-instruct", "llama-3", llamaPrice, 131_072,
								new Adequacy.Score(coding, "coding", 1268.20, 1261.88, 1274.53, day, source)),
						new ApiModel("openai/gpt-4o-mini", "gpt-4o", miniPrice, 128_000,
								new Adequacy.Score(coding, "coding", 1289.14, 1282.88, 1295.40, day, source))));

		ShiftAdvisor.Advice result = ShiftAdvisor.advise(List.of(chat, code, house),
				w -> byCategory.get(w.quality().benchmark()), List.of());

		// today 1,000 M x $2.50 + 200 M x $10 = $4,500 each; Llama 1,000 x 0.10 + 200 x
		// 0.10 = $120 (saves $4,380); mini 1,000 x 0.15 + 200 x 0.60 = $270 (saves
		// $4,230)
		Recommendation chatMove = result.perWorkload().get(0).move().orElseThrow();
		Recommendation codeMove = result.perWorkload().get(1).move().orElseThrow();
		assertThat(chatMove.toModel()).isEqualTo("meta-llama/llama-3.3-70b-instruct");
		assertThat(chatMove.monthlySavings()).isCloseTo(4380, within(1e-9));
		assertThat(chatMove.reason()).startsWith("adequate: not distinguishably worse than openai/gpt-4o on"
				+ " LMArena text, category overall (upper bound 1,279.6 reaches its lower bound 1,279.4); fits the context");
		assertThat(chatMove.quality())
			.startsWith("1,276.2 (95 % interval 1,272.9 to 1,279.6) on LMArena text, category"
					+ " overall, as of 2025-12-11")
			.endsWith(": not distinguishably worse than openai/gpt-4o (upper bound reaches its lower bound 1,279.4)");
		assertThat(chatMove.risk()).contains("its score 1,276.2 is below openai/gpt-4o's 1,283.5");
		assertThat(codeMove.toModel()).isEqualTo("openai/gpt-4o-mini");
		assertThat(codeMove.monthlySavings()).isCloseTo(4230, within(1e-9));
		// 4,380 + 4,230; the unscored house model stays, and says why
		assertThat(result.totalMonthlySaving()).isCloseTo(8610, within(1e-9));
		assertThat(result.perWorkload().get(2).move()).isEmpty();
		assertThat(result.perWorkload().get(2).whyItStays()).contains("example/house-model has no score on"
				+ " LMArena text, category overall and no floor was given: no candidate can be judged adequate");
	}

	@Test
	void familyInWords_leavesOutTheMakerOfAModelThatIsItsOwnFamily() {
		assertThat(ShiftAdvisor.familyInWords("openai/gpt-oss-20b")).isEqualTo("gpt-oss-20b");
		assertThat(ShiftAdvisor.familyInWords("llama-3")).isEqualTo("llama-3");
	}

}
