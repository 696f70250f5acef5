package com.breakeven.simulator.shift;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The one rule of "good enough": whether a candidate model may serve a workload, judged
 * on one benchmark in one category.
 * <ul>
 * <li>With a floor in the benchmark's own units: adequate when the candidate's score is
 * at least the floor.</li>
 * <li>Without: adequate when the candidate is not distinguishably worse than the
 * workload's current model, that is when the upper end of the candidate's 95 % interval
 * reaches the lower end of the current model's
 * ({@code candidate.upper >= current.lower}). A score without an interval is its own
 * bound at both ends, so on a benchmark without intervals this is
 * {@code candidate >= current}.</li>
 * <li>A candidate without a score in the category is not judged (never silently
 * adequate); without a floor and without a score of the current model no candidate can be
 * judged.</li>
 * </ul>
 */
public final class Adequacy {

	private Adequacy() {
	}

	/**
	 * Judges one candidate against a workload's standard.
	 * @param standard what the workload asks: benchmark, category, current model's score,
	 * floor
	 * @param candidateModel the candidate's name
	 * @param candidate its score on the standard's benchmark and category, or
	 * {@code null} when it has none
	 * @return adequate, not adequate or not judged, with the reason and the evidence
	 */
	public static Verdict judge(Standard standard, String candidateModel, Score candidate) {
		if (candidate == null) {
			String reason = candidateModel + " has no score on " + standard.scale();
			return new Verdict(Status.NOT_JUDGED, reason, reason, standard, null);
		}
		if (!candidate.benchmark().equals(standard.benchmark())) {
			throw new IllegalArgumentException(
					"a score on '" + candidate.benchmark() + "' cannot be judged on '" + standard.benchmark() + "'");
		}
		// the evidence states the candidate's rating and interval, the scale, day and
		// source once, then the finding; the reason repeats only the numbers compared
		String measured = candidate.rating() + " on " + standard.scale() + candidate.provenance();
		if (standard.floor() != null) {
			boolean meets = candidate.value() >= standard.floor();
			String floor = "the floor " + number(standard.floor());
			return new Verdict(meets ? Status.ADEQUATE : Status.NOT_ADEQUATE,
					number(candidate.value()) + (meets ? " ≥ " : " < ") + floor + " on " + standard.scale(),
					measured + ": " + (meets ? "at least " : "below ") + floor, standard, candidate);
		}
		if (standard.current() == null) {
			return new Verdict(Status.NOT_JUDGED, standard.whyNoneCanBeJudged(), standard.whyNoneCanBeJudged(),
					standard, candidate);
		}
		double candidateUpper = candidate.upperOrValue();
		double currentLower = standard.current().lowerOrValue();
		boolean reaches = candidateUpper >= currentLower;
		String finding = (reaches ? "not distinguishably worse than " : "distinguishably worse than ")
				+ standard.currentModel();
		boolean intervals = candidate.hasInterval() || standard.current().hasInterval();
		String comparison = intervals
				? "upper bound " + number(candidateUpper) + (reaches ? " reaches" : " is below") + " its lower bound "
						+ number(currentLower)
				: number(candidateUpper) + (reaches ? " ≥" : " <") + " its " + number(currentLower);
		String againstCurrent = intervals ? (reaches ? "upper bound reaches" : "upper bound is below")
				+ " its lower bound " + number(currentLower)
				: (reaches ? "at least" : "below") + " its " + number(currentLower);
		return new Verdict(reaches ? Status.ADEQUATE : Status.NOT_ADEQUATE,
				finding + " on " + standard.scale() + " (" + comparison + ")",
				measured + ": " + finding + " (" + againstCurrent + ")", standard, candidate);
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%,.1f", value);
	}

	/** What a verdict says. */
	public enum Status {

		/** The candidate may serve the workload. */
		ADEQUATE,

		/** The candidate scores distinguishably worse, or below the floor. */
		NOT_ADEQUATE,

		/** No verdict: a score is missing. */
		NOT_JUDGED

	}

	/**
	 * A model's score on a benchmark in a category, with its evidence.
	 *
	 * @param benchmark benchmark and setting ("LMArena text", "GPQA Diamond (0-shot
	 * CoT)")
	 * @param category the part of the benchmark ("coding", "full"), or {@code null}
	 * @param value the score, in the benchmark's units
	 * @param lower lower end of its 95 % interval, or {@code null} without one
	 * @param upper upper end of its 95 % interval, or {@code null} without one
	 * @param asOf the day it was recorded
	 * @param source where it comes from
	 */
	public record Score(String benchmark, String category, double value, Double lower, Double upper, LocalDate asOf,
			String source) {

		public Score {
			if (benchmark == null || asOf == null || source == null) {
				throw new IllegalArgumentException("a score needs its benchmark, day and source");
			}
			if ((lower == null) != (upper == null)) {
				throw new IllegalArgumentException("an interval needs both bounds, was " + lower + " to " + upper);
			}
			if (lower != null && (lower > value || value > upper)) {
				throw new IllegalArgumentException(
						"score " + value + " lies outside its interval " + lower + " to " + upper);
			}
		}

		public boolean hasInterval() {
			return this.lower != null;
		}

		/** The lower end of the interval, or the score itself without one. */
		public double lowerOrValue() {
			return hasInterval() ? this.lower : this.value;
		}

		/** The upper end of the interval, or the score itself without one. */
		public double upperOrValue() {
			return hasInterval() ? this.upper : this.value;
		}

		/**
		 * "1,339.0 (95 % interval 1,331.0 to 1,347.0)", or "86.0 (no interval
		 * published)".
		 */
		public String rating() {
			return String.format(Locale.ROOT, "%,.1f", this.value) + (hasInterval()
					? String.format(Locale.ROOT, " (95 %% interval %,.1f to %,.1f)", this.lower, this.upper)
					: " (no interval published)");
		}

		/** ", as of 2025-12-11, source …". */
		String provenance() {
			return ", as of " + this.asOf + ", source " + this.source;
		}

		/**
		 * "1339.0 (95 % interval 1331.0 to 1347.0) on LMArena text: coding, as of
		 * 2025-12-11, source …": the score alone, on the benchmark it is stored under.
		 */
		public String evidence() {
			return rating() + " on " + this.benchmark + provenance();
		}

	}

	/**
	 * What "good enough" means for one workload.
	 *
	 * @param benchmark the benchmark judged on
	 * @param category the workload's category ("overall", "coding", "french")
	 * @param currentModel the model it runs on today
	 * @param current that model's score on the benchmark in the category, or {@code null}
	 * when it has none
	 * @param floor the lowest acceptable score in the benchmark's units, or {@code null}
	 * for "not distinguishably worse than the current model"
	 */
	public record Standard(String benchmark, String category, String currentModel, Score current, Double floor) {

		public Standard {
			if (benchmark == null || category == null) {
				throw new IllegalArgumentException("a standard needs its benchmark and category");
			}
			if (floor != null && !Double.isFinite(floor)) {
				throw new IllegalArgumentException("floor must be a finite number, was " + floor);
			}
			if (current != null && !current.benchmark().equals(benchmark)) {
				throw new IllegalArgumentException(
						"the current model's score is on '" + current.benchmark() + "', not on '" + benchmark + "'");
			}
		}

		/**
		 * The benchmark with the category, each named once: "LMArena text: coding" when
		 * the benchmark is the category's board, else "LMArena text, category overall",
		 * "LMArena text: industry_legal_and_government, category legal".
		 */
		public String scale() {
			return this.benchmark.endsWith(": " + this.category) ? this.benchmark
					: this.benchmark + ", category " + this.category;
		}

		/**
		 * Whether any candidate can be judged adequate: a floor or a scored current
		 * model.
		 */
		public boolean judgeable() {
			return this.floor != null || this.current != null;
		}

		/** Why no candidate can be judged, when none can. */
		public String whyNoneCanBeJudged() {
			return ((this.currentModel != null) ? this.currentModel : "the current model") + " has no score on "
					+ scale() + " and no floor was given: no candidate can be judged adequate";
		}

		/** The standard in words, with the evidence it rests on. */
		public String describe() {
			if (this.floor != null) {
				return "at least " + number(this.floor) + " on " + scale();
			}
			if (this.current == null) {
				return whyNoneCanBeJudged();
			}
			return "not distinguishably worse than " + this.currentModel + ": " + this.current.rating() + " on "
					+ scale() + this.current.provenance();
		}

	}

	/**
	 * @param status adequate, not adequate or not judged
	 * @param reason why, with the numbers compared and the scale
	 * @param evidence the candidate's rating with its interval, the benchmark and
	 * category, day and source, each once, then the finding; the reason when the
	 * candidate has no score
	 * @param standard the standard judged against
	 * @param candidate the candidate's score, or {@code null} when it has none
	 */
	public record Verdict(Status status, String reason, String evidence, Standard standard, Score candidate) {

		public boolean adequate() {
			return this.status == Status.ADEQUATE;
		}

	}

}
