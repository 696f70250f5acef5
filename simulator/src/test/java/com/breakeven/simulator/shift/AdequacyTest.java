package com.breakeven.simulator.shift;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Ratings from LMArena's text leaderboard of 2025-12-11 as shipped in
 * {@code sample-data/quality/lmarena-leaderboard-text.json} (keys gpt-4o-2024-08-06,
 * gpt-4o-mini-2024-07-18, llama-3.3-70b-instruct), rounded to two decimals; GPQA Diamond
 * scores from openai/simple-evals README.md (commit 5e623c2) as in
 * {@code sample-data/quality_scores.csv}.
 */
class AdequacyTest {

	private static final LocalDate DAY = LocalDate.of(2025, 12, 11);

	private static final String ARENA = "LMArena text";

	private static final String SOURCE = "lmarena-leaderboard-text.json";

	/** gpt-4o overall: 1283.47, 95 % interval 1279.37 to 1287.56. */
	private static final Adequacy.Score GPT_4O_OVERALL = new Adequacy.Score(ARENA, "full", 1283.47, 1279.37, 1287.56,
			DAY, SOURCE);

	/** gpt-4o-mini overall: 1287.22 (1283.85 to 1290.59). */
	private static final Adequacy.Score MINI_OVERALL = new Adequacy.Score(ARENA, "full", 1287.22, 1283.85, 1290.59, DAY,
			SOURCE);

	/** Llama 3.3 70B overall: 1276.23 (1272.89 to 1279.57), below gpt-4o's point. */
	private static final Adequacy.Score LLAMA_OVERALL = new Adequacy.Score(ARENA, "full", 1276.23, 1272.89, 1279.57,
			DAY, SOURCE);

	/** Llama 3.3 70B coding: 1268.20 (1261.88 to 1274.53). */
	private static final Adequacy.Score LLAMA_CODING = new Adequacy.Score(ARENA + ": coding", "coding", 1268.20,
			1261.88, 1274.53, DAY, SOURCE);

	/** gpt-4o coding: 1283.11 (1275.41 to 1290.82). */
	private static final Adequacy.Score GPT_4O_CODING = new Adequacy.Score(ARENA + ": coding", "coding", 1283.11,
			1275.41, 1290.82, DAY, SOURCE);

	private static final Adequacy.Standard OVERALL_AS_GOOD_AS_GPT_4O = new Adequacy.Standard(ARENA, "overall",
			"openai/gpt-4o", GPT_4O_OVERALL, null);

	@Test
	void judge_adequateWhenTheUpperBoundReachesTheCurrentModelsLowerBound() {
		// Llama's point 1276.23 is below gpt-4o's 1283.47, but its upper bound 1279.57
		// reaches gpt-4o's lower bound 1279.37 (by 0.20): the two are not told apart
		Adequacy.Verdict verdict = Adequacy.judge(OVERALL_AS_GOOD_AS_GPT_4O, "meta-llama/llama-3.3-70b-instruct",
				LLAMA_OVERALL);

		assertThat(verdict.status()).isEqualTo(Adequacy.Status.ADEQUATE);
		assertThat(verdict.reason()).isEqualTo("not distinguishably worse than openai/gpt-4o on LMArena text,"
				+ " category overall (upper bound 1,279.6 reaches its lower bound 1,279.4)");
		// rating with its interval, benchmark, category, day and source, each once
		assertThat(verdict.evidence()).isEqualTo("1,276.2 (95 % interval 1,272.9 to 1,279.6) on LMArena text,"
				+ " category overall, as of 2025-12-11, source " + SOURCE
				+ ": not distinguishably worse than openai/gpt-4o (upper bound reaches its lower bound 1,279.4)");
	}

	@Test
	void judge_notAdequateInACategoryWhereTheIntervalsPartWays() {
		// coding: Llama's upper bound 1274.53 < gpt-4o's lower bound 1275.41
		Adequacy.Standard coding = new Adequacy.Standard(ARENA + ": coding", "coding", "openai/gpt-4o", GPT_4O_CODING,
				null);

		Adequacy.Verdict verdict = Adequacy.judge(coding, "meta-llama/llama-3.3-70b-instruct", LLAMA_CODING);

		assertThat(verdict.status()).isEqualTo(Adequacy.Status.NOT_ADEQUATE);
		assertThat(verdict.reason()).isEqualTo("distinguishably worse than openai/gpt-4o on LMArena text: coding"
				+ " (upper bound 1,274.5 is below its lower bound 1,275.4)");
		// the board is the category: "coding" is said once
		assertThat(verdict.evidence()).isEqualTo("1,268.2 (95 % interval 1,261.9 to 1,274.5) on LMArena text: coding,"
				+ " as of 2025-12-11, source " + SOURCE
				+ ": distinguishably worse than openai/gpt-4o (upper bound is below its lower bound 1,275.4)");
	}

	@Test
	void judge_aBetterModelIsAdequateAndTheRuleIsNotSymmetricInThePoints() {
		// cross-check: mini (1287.22) judged against gpt-4o is adequate, and so is gpt-4o
		// judged against mini: 1287.56 >= 1283.85; the intervals overlap both ways
		Adequacy.Standard asGoodAsMini = new Adequacy.Standard(ARENA, "overall", "openai/gpt-4o-mini", MINI_OVERALL,
				null);

		assertThat(Adequacy.judge(OVERALL_AS_GOOD_AS_GPT_4O, "openai/gpt-4o-mini", MINI_OVERALL).adequate()).isTrue();
		assertThat(Adequacy.judge(asGoodAsMini, "openai/gpt-4o", GPT_4O_OVERALL).adequate()).isTrue();
		// but Llama against mini: 1279.57 < 1283.85
		assertThat(Adequacy.judge(asGoodAsMini, "meta-llama/llama-3.3-70b-instruct", LLAMA_OVERALL).status())
			.isEqualTo(Adequacy.Status.NOT_ADEQUATE);
	}

	@Test
	void judge_withoutIntervalsTheScoreMustReachTheCurrentModelsScore() {
		// GPQA Diamond (0-shot CoT): gpt-4o 53.1, gpt-4o-mini 40.2 (simple-evals)
		String gpqa = "GPQA Diamond (0-shot CoT)";
		Adequacy.Standard standard = new Adequacy.Standard(gpqa, "overall", "openai/gpt-4o",
				new Adequacy.Score(gpqa, null, 53.1, null, null, DAY, "simple-evals"), null);

		Adequacy.Verdict mini = Adequacy.judge(standard, "openai/gpt-4o-mini",
				new Adequacy.Score(gpqa, null, 40.2, null, null, DAY, "simple-evals"));
		Adequacy.Verdict same = Adequacy.judge(standard, "openai/gpt-4o-2",
				new Adequacy.Score(gpqa, null, 53.1, null, null, DAY, "simple-evals"));

		assertThat(mini.status()).isEqualTo(Adequacy.Status.NOT_ADEQUATE);
		assertThat(mini.reason()).isEqualTo(
				"distinguishably worse than openai/gpt-4o on GPQA Diamond (0-shot CoT), category overall (40.2 < its 53.1)");
		assertThat(mini.evidence()).isEqualTo("40.2 (no interval published) on GPQA Diamond (0-shot CoT),"
				+ " category overall, as of 2025-12-11, source simple-evals: distinguishably worse than openai/gpt-4o"
				+ " (below its 53.1)");
		assertThat(same.adequate()).isTrue();
	}

	@Test
	void judge_aFloorInTheBenchmarksUnitsReplacesTheCurrentModel() {
		// floor 1280: Llama's 1276.23 falls short although its interval overlaps gpt-4o's
		Adequacy.Standard floor = new Adequacy.Standard(ARENA, "overall", "openai/gpt-4o", GPT_4O_OVERALL, 1280.0);

		Adequacy.Verdict llama = Adequacy.judge(floor, "meta-llama/llama-3.3-70b-instruct", LLAMA_OVERALL);
		Adequacy.Verdict mini = Adequacy.judge(floor, "openai/gpt-4o-mini", MINI_OVERALL);

		assertThat(llama.status()).isEqualTo(Adequacy.Status.NOT_ADEQUATE);
		assertThat(llama.reason()).isEqualTo("1,276.2 < the floor 1,280.0 on LMArena text, category overall");
		assertThat(mini.evidence()).isEqualTo("1,287.2 (95 % interval 1,283.9 to 1,290.6) on LMArena text, category"
				+ " overall, as of 2025-12-11, source " + SOURCE + ": at least the floor 1,280.0");
		assertThat(mini.adequate()).isTrue();
	}

	@Test
	void judge_aCandidateWithoutAScoreIsNotJudged() {
		Adequacy.Verdict verdict = Adequacy.judge(OVERALL_AS_GOOD_AS_GPT_4O, "example/unscored", null);

		assertThat(verdict.status()).isEqualTo(Adequacy.Status.NOT_JUDGED);
		assertThat(verdict.adequate()).isFalse();
		assertThat(verdict.reason()).isEqualTo("example/unscored has no score on LMArena text, category overall");
		assertThat(verdict.evidence()).isEqualTo(verdict.reason());
	}

	@Test
	void judge_anUnscoredCurrentModelWithoutAFloorAdmitsNoCandidate() {
		Adequacy.Standard unscored = new Adequacy.Standard(ARENA, "overall", "example/house-model", null, null);

		Adequacy.Verdict verdict = Adequacy.judge(unscored, "openai/gpt-4o-mini", MINI_OVERALL);

		assertThat(unscored.judgeable()).isFalse();
		assertThat(verdict.status()).isEqualTo(Adequacy.Status.NOT_JUDGED);
		assertThat(verdict.reason()).isEqualTo("example/house-model has no score on LMArena text, category overall"
				+ " and no floor was given: no candidate can be judged adequate");
		// with a floor the user's number decides
		Adequacy.Standard withFloor = new Adequacy.Standard(ARENA, "overall", "example/house-model", null, 1285.0);
		assertThat(Adequacy.judge(withFloor, "openai/gpt-4o-mini", MINI_OVERALL).adequate()).isTrue();
	}

	@Test
	void judge_refusesAScoreOnAnotherBenchmark() {
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> Adequacy.judge(OVERALL_AS_GOOD_AS_GPT_4O, "meta-llama/llama-3.3-70b-instruct", LLAMA_CODING))
			.withMessage("a score on 'LMArena text: coding' cannot be judged on 'LMArena text'");
	}

}
