package com.breakeven.web.recommendation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.breakeven.simulator.shift.Recommendation;
import com.breakeven.simulator.shift.ShiftAdvisor;
import com.breakeven.web.api.ApiPage;
import com.breakeven.web.api.ApiProblem;

import static com.breakeven.web.api.ApiNumbers.money;

/**
 * The ranked moves over {@code /api/v1} (the recommendations page's numbers), and the
 * LiteLLM routing file that makes them.
 */
@RestController
@Tag(name = "recommendations")
@RequestMapping("/api/v1/recommendations")
class RecommendationApiController {

	private final Recommendations recommendations;

	private final RecommendationQuestions questions;

	RecommendationApiController(Recommendations recommendations, RecommendationQuestions questions) {
		this.recommendations = recommendations;
		this.questions = questions;
	}

	/**
	 * @param rank 1 for the move that matters most (required moves first, then by saving)
	 * @param selfHosted whether the move is to own hardware
	 * @param monthlySavings what the move saves a month, in {@code currency} (negative
	 * for a required move that costs more)
	 * @param fromMonthlyCost the workload's month where it runs today (its seller, its
	 * terms), in {@code currency}: the bill the saving is taken from
	 */
	record RecommendationView(
			@Schema(description = "1 for the move that matters most: required moves first, then by saving.",
					example = "1") int rank,
			@Schema(description = "The workload moved.", example = "helpdesk on openai/gpt-4o") String workload,
			@Schema(description = "Where it runs today: model at seller.",
					example = "openai/gpt-4o at openai") String from,
			@Schema(description = "Where it would run, in words: model at seller, or model on a node.",
					example = "meta-llama/llama-3.3-70b-instruct at hyperbolic") String to,
			@Schema(description = "Canonical name of the model it would run on.",
					example = "meta-llama/llama-3.3-70b-instruct") String toModel,
			@Schema(description = "Whether the move is to own hardware.", example = "false") boolean selfHosted,
			@Schema(description = "What the move saves a month, in currency (decimal string); negative for a required move that costs more.",
					example = "4010.00") String monthlySavings,
			@Schema(description = "ISO 4217 currency of the amounts.", example = "USD") String currency,
			@Schema(description = "Why, in words with the numbers.") String reason,
			@Schema(description = "The one-off risk of switching.") String risk,
			@Schema(description = "The workload's month where it runs today, in currency (decimal string): the bill the saving is taken from.",
					example = "5200.00") String fromMonthlyCost,
			@Schema(description = "The quality evidence: adequacy verdict with the score, its 95 % interval, category, day and source.") String quality) {

	}

	/**
	 * @param workload the workload
	 * @param move the move it makes ({@code to}), or {@code null} when it stays
	 * @param monthlySavings that move's saving a month, in {@code currency}
	 * @param stays why it stays where it runs, when it makes no move
	 * @param quality the move's quality evidence: the adequacy verdict with the rating,
	 * its 95 % interval, category, day and source
	 * @param qualityRule what "good enough" meant for this workload
	 * @param monthlyCost its month where it runs today, in {@code currency}, or
	 * {@code null} when its seller's price cannot bill it
	 */
	record WorkloadView(
			@Schema(description = "The workload: project and the model it runs on.",
					example = "helpdesk on openai/gpt-4o") String workload,
			@Schema(description = "Where its one move goes, in words; absent when it stays.") String move,
			@Schema(description = "That move's saving a month, in currency (decimal string).",
					example = "4010.00") String monthlySavings,
			@Schema(description = "ISO 4217 currency of the amounts.", example = "USD") String currency,
			@Schema(description = "Why it stays where it runs, when it makes no move.") String stays,
			@Schema(description = "The move's quality evidence.") String quality,
			@Schema(description = "What \"good enough\" meant for this workload.") String qualityRule,
			@Schema(description = "Its month where it runs today (its seller, its terms, every token class at its own price: audio tokens at the audio prices), in currency (decimal string); absent when it cannot be priced there (the reason is in stays).",
					example = "5200.00") String monthlyCost) {

	}

	/**
	 * @param settings the question answered, every default filled in
	 * @param totalMonthlySavings the saving a month if every workload makes its one move
	 * (a required move counts with its negative saving), in {@code currency}
	 * @param workloads every workload: its move, or why it stays
	 * @param moves every move worth making, ranked (a workload may have two: API and own
	 * hardware)
	 */
	record RecommendationsView(@Schema(
			description = "The question answered, every default filled in.") RecommendationQuestions.Settings settings,
			@Schema(description = "Saving a month if every workload makes its one move (a required move counts negative), in currency (decimal string).",
					example = "6200.00") String totalMonthlySavings,
			@Schema(description = "ISO 4217 currency of the amounts.", example = "USD") String currency,
			@Schema(description = "Every workload: its move, or why it stays.") List<WorkloadView> workloads,
			@Schema(description = "Every move worth making, ranked; a workload may have two (API and own hardware).") ApiPage<RecommendationView> moves) {

	}

	/**
	 * Query parameters as on the page: from, to, benchmark, floor, hardware, hosting,
	 * restricted (projects, comma-separated); plus page and size.
	 */
	@GetMapping
	RecommendationsView list(@ParameterObject @ModelAttribute RecommendationQuestions.Query query,
			@Parameter(description = ApiPage.PAGE_PARAMETER, example = "0") Integer page,
			@Parameter(description = ApiPage.SIZE_PARAMETER, example = "50") Integer size) {
		Recommendations.Answer answer = answer(this.recommendations::advise, query);
		RecommendationQuestions.Settings settings = answer.settings();
		ShiftAdvisor.Advice advice = answer.advice();
		Currency currency = this.questions.question(settings).finance().currency();
		List<RecommendationView> views = new ArrayList<>();
		int rank = 1;
		for (Recommendation r : advice.ranked()) {
			views.add(new RecommendationView(rank++, r.workload(), r.from(), r.to(), r.toModel(), r.selfHosted(),
					money(r.monthlySavings(), r.currency()), r.currency().getCurrencyCode(), r.reason(), r.risk(),
					Double.isNaN(r.fromMonthlyCost()) ? null : money(r.fromMonthlyCost(), r.currency()), r.quality()));
		}
		List<WorkloadView> workloads = new ArrayList<>();
		for (ShiftAdvisor.WorkloadAdvice w : advice.perWorkload()) {
			java.util.Optional<Recommendation> move = w.move();
			workloads.add(new WorkloadView(w.workload().name(), move.map(Recommendation::to).orElse(null),
					move.map(m -> money(m.monthlySavings(), currency)).orElse(null), currency.getCurrencyCode(),
					w.whyItStays().orElse(null), move.map(Recommendation::quality).orElse(null),
					w.workload().quality().describe(),
					Double.isNaN(w.currentMonthlyCost()) ? null : money(w.currentMonthlyCost(), currency)));
		}
		return new RecommendationsView(settings, money(advice.totalMonthlySaving(), currency),
				currency.getCurrencyCode(), workloads, ApiPage.of(views, page, size));
	}

	/** The moves as a LiteLLM router configuration (YAML). */
	@GetMapping(value = "/routing", produces = "application/yaml")
	ResponseEntity<String> routing(@ParameterObject @ModelAttribute RecommendationQuestions.Query query) {
		return ResponseEntity.ok()
			.contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
			.body(answer(this.recommendations::routing, query));
	}

	/**
	 * A question's answer: 404 before any usage, 400 when the question cannot be
	 * answered.
	 */
	private static <T> T answer(
			java.util.function.Function<RecommendationQuestions.Query, java.util.Optional<T>> recommendations,
			RecommendationQuestions.Query query) {
		try {
			return recommendations.apply(query)
				.orElseThrow(() -> ApiProblem.notFound("no usage imported yet: nothing to recommend on", null));
		}
		catch (IllegalArgumentException ex) {
			throw ApiProblem.badRequest(ex.getMessage(), null);
		}
	}

}
