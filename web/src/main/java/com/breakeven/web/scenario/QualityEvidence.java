package com.breakeven.web.scenario;

import com.breakeven.pricing.QualityScore;
import com.breakeven.simulator.shift.Adequacy;

/** A stored quality score as the adequacy rule takes it, with its evidence. */
public final class QualityEvidence {

	private QualityEvidence() {
	}

	/**
	 * @param score a stored score, or {@code null}
	 * @return the score with its interval, category, day and source, or {@code null}
	 */
	public static Adequacy.Score of(QualityScore score) {
		if (score == null) {
			return null;
		}
		return new Adequacy.Score(score.benchmark(), score.category(), score.score().doubleValue(),
				score.hasInterval() ? score.lowerBound().doubleValue() : null,
				score.hasInterval() ? score.upperBound().doubleValue() : null, score.asOf(), score.source());
	}

}
