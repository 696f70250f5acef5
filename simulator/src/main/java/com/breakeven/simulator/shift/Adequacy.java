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
			return new Verdict(Status.NOT_JUDGED, candidateModel + " has no score on " + standard.scale(), standard,
					null);
		}
		if (!candidate.benchmark().equals(standard.benchmark())) {
			throw new IllegalArgumentException(
					"a score on '" + candidate.benchmark() + "' cannot be judged on '" + standard.benchmark() + "'");
		}
		if (standard.floor() != null) {
			boolean meets = candidate.value() >= standard.floor();
			return new Verdict(meets ? Status.ADEQUATE : Status.NOT_ADEQUATE,
					String.format(Locale.ROOT, "%s %s the floor %s on %s", number(candidate.value()), meets ? "≥" : "<",
							number(standard.floor()), standard.scale()),
					standard, candidate);
		}
		if (standard.current() == null) {
			return new Verdict(Status.NOT_JUDGED, standard.whyNoneCanBeJudged(), standard, candidate);
		}
		double candidateUpper = candidate.upperOrValue();
		double currentLower = standard.current().lowerOrValue();
		boolean reaches = candidateUpper >= currentLower;
		String bounds = (candidate.hasInterval() || standard.current().hasInterval())
				? String.format(Locale.ROOT, "upper bound %s %s %s's lower bound %s", number(candidateUpper),
						reaches ? "reaches" : "is below", standard.currentModel(), number(currentLower))
				: String.format(Locale.ROOT, "%s %s %s's %s", number(candidateUpper), reaches ? "≥" : "<",
						standard.currentModel(), number(currentLower));
		return new Verdict(reaches ? Status.ADEQUATE : Status.NOT_ADEQUATE, bounds
				+ (reaches ? ": not distinguishably worse" : ": distinguishably worse") + " on " + standard.scale(),
				standard, candidate);
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
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
		 * "1339.0 (95 % interval 1331.0 to 1347.0) on LMArena text, category coding, as
		 * of 2025-12-11, source …".
		 */
		public String evidence() {
			String interval = hasInterval()
					? String.format(Locale.ROOT, " (95 %% interval %.1f to %.1f)", this.lower, this.upper)
					: " (no interval published)";
			return String.format(Locale.ROOT, "%.1f%s on %s%s, as of %s, source %s", this.value, interval,
					this.benchmark, (this.category != null) ? ", category " + this.category : "", this.asOf,
					this.source);
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

		/** "LMArena text in category coding". */
		public String scale() {
			return this.benchmark + " in category " + this.category;
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
			return "not distinguishably worse than " + this.currentModel + ": " + this.current.evidence();
		}

	}

	/**
	 * @param status adequate, not adequate or not judged
	 * @param reason why, with the numbers compared
	 * @param standard the standard judged against
	 * @param candidate the candidate's score, or {@code null} when it has none
	 */
	public record Verdict(Status status, String reason, Standard standard, Score candidate) {

		public boolean adequate() {
			return this.status == Status.ADEQUATE;
		}

		/**
		 * The reason, then the candidate's score with its interval, category, day,
		 * source.
		 */
		public String evidence() {
			return (this.candidate != null) ? this.reason + "; " + this.candidate.evidence() : this.reason;
		}

	}

}
