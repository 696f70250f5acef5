package com.breakeven.web.recommendation;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Service;

import com.breakeven.pricing.HardwareProfile;
import com.breakeven.pricing.HostingProfile;
import com.breakeven.pricing.QualityScore;
import com.breakeven.simulator.shift.Recommendation;
import com.breakeven.simulator.shift.ShiftAdvisor;
import com.breakeven.web.MoveWords;
import com.breakeven.web.scenario.CatalogueSnapshot;
import com.breakeven.web.scenario.CatalogueSnapshots;
import com.breakeven.web.scenario.ShiftAdviceService;

/**
 * The recommendations a question gets: its defaults filled in, then advised. The
 * recommendations page and the landing page both ask here, so the saving the landing page
 * leads with is the recommendations page's total, by one definition. Each question reads
 * one catalogue version from memory ({@link CatalogueSnapshots}): one version query, not
 * the catalogue's tables.
 */
@Service
public class Recommendations {

	private final RecommendationQuestions questions;

	private final ShiftAdviceService advice;

	private final CatalogueSnapshots snapshots;

	Recommendations(RecommendationQuestions questions, ShiftAdviceService advice, CatalogueSnapshots snapshots) {
		this.questions = questions;
		this.advice = advice;
		this.snapshots = snapshots;
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
		return advise(query, this.snapshots.current());
	}

	private Optional<Answer> advise(RecommendationQuestions.Query query, CatalogueSnapshot catalogue) {
		RecommendationQuestions.Settings settings = this.questions.settings(query, catalogue);
		if (settings == null) {
			return Optional.empty();
		}
		return Optional.of(new Answer(settings, this.advice.advise(this.questions.question(settings), catalogue)));
	}

	/**
	 * The moves as a LiteLLM router configuration (YAML).
	 * @param query the question as asked, each part optional
	 * @return the YAML text, or empty when no usage is imported
	 * @throws IllegalArgumentException when the question cannot be answered
	 */
	public Optional<String> routing(RecommendationQuestions.Query query) {
		CatalogueSnapshot catalogue = this.snapshots.current();
		return advise(query, catalogue).map(answer -> this.advice
			.liteLlmRouting(this.questions.question(answer.settings()), answer.advice(), catalogue));
	}

	/**
	 * The recommendations page: the form's choices, the question with its defaults and,
	 * when usage is imported and the question can be answered, the advice.
	 * @param query the question as asked, each part optional
	 */
	public Page page(RecommendationQuestions.Query query) {
		CatalogueSnapshot catalogue = this.snapshots.current();
		List<String> benchmarks = catalogue.latestScores()
			.stream()
			.map(QualityScore::benchmark)
			.distinct()
			.sorted()
			.toList();
		RecommendationQuestions.Settings settings = this.questions.settings(query, catalogue);
		Answer answer = null;
		String error = null;
		try {
			answer = advise(query, catalogue).orElse(null);
		}
		catch (IllegalArgumentException ex) {
			error = ex.getMessage();
		}
		return new Page(benchmarks, catalogue.hardwareProfiles(), catalogue.hostingProfiles(), settings, answer, error,
				MoveWords.displayNames(catalogue::resolve));
	}

	/**
	 * @param benchmarks the benchmarks with scores, by name
	 * @param hardwareProfiles the nodes open models may run on
	 * @param hostingProfiles where
	 * @param settings the question with its defaults; {@code null} before any usage
	 * @param answer the advice; {@code null} before any usage or when the question cannot
	 * be answered
	 * @param error why the question cannot be answered, or {@code null}
	 * @param modelName a canonical model name to its catalogue name ("GPT-4o"), from the
	 * catalogue version the advice read
	 */
	public record Page(List<String> benchmarks, List<HardwareProfile> hardwareProfiles,
			List<HostingProfile> hostingProfiles, RecommendationQuestions.Settings settings, Answer answer,
			String error, UnaryOperator<String> modelName) {

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
