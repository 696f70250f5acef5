package com.breakeven.web.recommendation;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import com.breakeven.simulator.shift.Recommendation;
import com.breakeven.simulator.shift.ShiftAdvisor;
import com.breakeven.web.scenario.ShiftAdviceService;

/**
 * The recommendations a question gets: its defaults filled in, then advised. The
 * recommendations page and the landing page both ask here, so the saving the landing page
 * leads with is the recommendations page's total, by one definition.
 */
@Service
public class Recommendations {

	private final RecommendationQuestions questions;

	private final ShiftAdviceService advice;

	Recommendations(RecommendationQuestions questions, ShiftAdviceService advice) {
		this.questions = questions;
		this.advice = advice;
	}

	/** The question with every default: the page as first opened. */
	public static final RecommendationQuestions.Query DEFAULTS = new RecommendationQuestions.Query(null, null, null,
			null, null, null, null, null);

	/**
	 * @param query the question as asked, each part optional
	 * @return the settings and the advice, or empty when no usage is imported
	 * @throws IllegalArgumentException when the question cannot be answered (the message
	 * says why)
	 */
	public Optional<Answer> advise(RecommendationQuestions.Query query) {
		RecommendationQuestions.Settings settings = this.questions.settings(query);
		if (settings == null) {
			return Optional.empty();
		}
		return Optional.of(new Answer(settings, this.advice.advise(this.questions.question(settings))));
	}

	/**
	 * @param settings the question with its defaults
	 * @param advice what each workload should do
	 */
	public record Answer(RecommendationQuestions.Settings settings, ShiftAdvisor.Advice advice) {

		/** The {@code limit} moves that save most, best first. */
		public List<Recommendation> topMoves(int limit) {
			return this.advice.ranked().stream().limit(limit).toList();
		}

	}

}
