package com.breakeven.web.recommendation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import com.breakeven.ingestion.UsageRepository;
import com.breakeven.ingestion.UsageSummary;
import com.breakeven.ingestion.WorkloadVolume;
import com.breakeven.pricing.QualityCategories;
import com.breakeven.simulator.shift.DataSensitivity;
import com.breakeven.simulator.shift.Recommendation;
import com.breakeven.simulator.shift.ShiftAdvisor;
import com.breakeven.tco.Finance;
import com.breakeven.tco.Precision;
import com.breakeven.web.MoveWords;
import com.breakeven.web.export.Downloads;
import com.breakeven.web.export.Table;

/**
 * Where workloads should move: the ranked "move X from A to B" list over a period of real
 * usage, with savings, reasons and switch risks, and the LiteLLM routing file that makes
 * the moves.
 */
@Controller
class RecommendationsController {

	private final Recommendations recommendations;

	RecommendationsController(Recommendations recommendations) {
		this.recommendations = recommendations;
	}

	@GetMapping("/recommendations")
	String page(@ModelAttribute RecommendationQuestions.Query query, Model model, HttpServletResponse response) {
		Recommendations.Page page = this.recommendations.page(query);
		model.addAttribute("benchmarks", page.benchmarks());
		model.addAttribute("hardwareProfiles", page.hardwareProfiles());
		model.addAttribute("hostingProfiles", page.hostingProfiles());
		model.addAttribute("categories", QualityCategories.accepted());
		model.addAttribute("settings", page.settings());
		if (page.answer() != null) {
			model.addAttribute("advice", page.answer().advice());
			model.addAttribute("rows", rows(page.answer().advice(), page.modelName()));
		}
		if (page.error() != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", page.error());
		}
		return "recommendations";
	}

	@GetMapping("/recommendations/routing.yaml")
	ResponseEntity<byte[]> routing(@ModelAttribute RecommendationQuestions.Query query) {
		try {
			return this.recommendations.routing(query)
				.map(yaml -> Downloads.file(yaml.getBytes(StandardCharsets.UTF_8), "litellm-routing.yaml",
						new MediaType("application", "yaml", StandardCharsets.UTF_8)))
				.orElseGet(() -> Downloads.plain(HttpStatus.NOT_FOUND, "no usage imported yet"));
		}
		catch (IllegalArgumentException ex) {
			return Downloads.plain(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
	}

	@GetMapping("/recommendations/ranked.{format:csv|xlsx}")
	ResponseEntity<byte[]> ranked(@PathVariable String format, @ModelAttribute RecommendationQuestions.Query query) {
		try {
			return this.recommendations.advise(query).map(answer -> {
				String file = "recommendations-" + answer.settings().from() + "-" + answer.settings().to() + "."
						+ format;
				return Downloads.table(table(answer.advice()), format, file);
			}).orElseGet(() -> Downloads.plain(HttpStatus.NOT_FOUND, "no usage imported yet"));
		}
		catch (IllegalArgumentException ex) {
			return Downloads.plain(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
	}

	/**
	 * One row of the page's table: a ranked move, or a workload that makes none.
	 *
	 * @param rank 1 for the move that saves most (required moves first), {@code null} for
	 * a workload that stays
	 * @param workload the workload's name
	 * @param workloadIndex the workload's place in the advice: the id of its category
	 * field
	 * @param category the category its quality is judged in
	 * @param setsCategory whether this row holds the workload's category field (its first
	 * row: a workload may have an API and an own-hardware move)
	 * @param move the move, {@code null} when the workload stays
	 * @param whyItStays why it makes no move, {@code null} when it moves
	 * @param from where it runs today, in words ({@link MoveWords#origin}); {@code null}
	 * when it stays
	 * @param to where it moves, in words ({@link MoveWords#destination})
	 */
	record Row(Integer rank, String workload, int workloadIndex, String category, boolean setsCategory,
			Recommendation move, String whyItStays, String from, String to) {

	}

	/**
	 * Each move once, in the ranked order the downloads and the landing page use, then
	 * the workloads that stay where they run.
	 */
	static List<Row> rows(ShiftAdvisor.Advice advice, UnaryOperator<String> modelName) {
		Map<String, Integer> index = new HashMap<>();
		List<ShiftAdvisor.WorkloadAdvice> workloads = advice.perWorkload();
		for (int i = 0; i < workloads.size(); i++) {
			index.putIfAbsent(workloads.get(i).workload().name(), i);
		}
		List<Row> rows = new ArrayList<>();
		Set<String> shown = new HashSet<>();
		int rank = 1;
		for (Recommendation r : advice.ranked()) {
			int i = index.getOrDefault(r.workload(), -1);
			String category = (i >= 0) ? workloads.get(i).workload().quality().category() : "";
			rows.add(new Row(rank++, r.workload(), i, category, i >= 0 && shown.add(r.workload()), r, null,
					MoveWords.origin(r, modelName), MoveWords.destination(r, modelName)));
		}
		for (int i = 0; i < workloads.size(); i++) {
			ShiftAdvisor.WorkloadAdvice w = workloads.get(i);
			if (w.whyItStays().isPresent()) {
				rows.add(new Row(null, w.workload().name(), i, w.workload().quality().category(),
						shown.add(w.workload().name()), null, w.whyItStays().get(), null, null));
			}
		}
		return rows;
	}

	static Table table(ShiftAdvisor.Advice advice) {
		List<List<Object>> rows = new ArrayList<>();
		int rank = 1;
		String code = "";
		for (Recommendation r : advice.ranked()) {
			code = r.currency().getCurrencyCode();
			rows.add(List.of(rank++, r.workload(), r.from(), r.to(),
					BigDecimal.valueOf(r.monthlySavings())
						.setScale(r.currency().getDefaultFractionDigits(), RoundingMode.HALF_UP),
					r.reason(), r.risk()));
		}
		return new Table("Recommended moves", List.of("Rank", "Workload", "From", "To",
				"Saving a month" + (code.isEmpty() ? "" : " (" + code + ")"), "Why", "Switch risk"), rows, 2);
	}

}
