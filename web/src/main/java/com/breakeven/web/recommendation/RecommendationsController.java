package com.breakeven.web.recommendation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import com.breakeven.pricing.HardwareRepository;
import com.breakeven.pricing.QualityCategories;
import com.breakeven.pricing.QualityScore;
import com.breakeven.pricing.QualityScoreRepository;
import com.breakeven.simulator.shift.DataSensitivity;
import com.breakeven.simulator.shift.Recommendation;
import com.breakeven.simulator.shift.ShiftAdvisor;
import com.breakeven.tco.Finance;
import com.breakeven.tco.Precision;
import com.breakeven.web.export.Downloads;
import com.breakeven.web.export.Table;
import com.breakeven.web.scenario.ShiftAdviceService;

/**
 * Where workloads should move: the ranked "move X from A to B" list over a period of real
 * usage, with savings, reasons and switch risks, and the LiteLLM routing file that makes
 * the moves.
 */
@Controller
class RecommendationsController {

	private final ShiftAdviceService advice;

	private final RecommendationQuestions questions;

	private final QualityScoreRepository quality;

	private final HardwareRepository hardware;

	private final Recommendations recommendations;

	RecommendationsController(ShiftAdviceService advice, RecommendationQuestions questions,
			QualityScoreRepository quality, HardwareRepository hardware, Recommendations recommendations) {
		this.advice = advice;
		this.recommendations = recommendations;
		this.questions = questions;
		this.quality = quality;
		this.hardware = hardware;
	}

	@GetMapping("/recommendations")
	String page(@ModelAttribute RecommendationQuestions.Query query, Model model, HttpServletResponse response) {
		model.addAttribute("benchmarks",
				this.quality.latest().stream().map(QualityScore::benchmark).distinct().sorted().toList());
		model.addAttribute("hardwareProfiles", this.hardware.findAllHardwareProfiles());
		model.addAttribute("hostingProfiles", this.hardware.findAllHostingProfiles());
		model.addAttribute("categories", QualityCategories.accepted());
		model.addAttribute("settings", this.questions.settings(query));
		try {
			this.recommendations.advise(query).ifPresent(answer -> {
				model.addAttribute("advice", answer.advice());
				model.addAttribute("table", table(answer.advice()));
			});
		}
		catch (IllegalArgumentException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", ex.getMessage());
		}
		return "recommendations";
	}

	@GetMapping("/recommendations/routing.yaml")
	ResponseEntity<byte[]> routing(@ModelAttribute RecommendationQuestions.Query query) {
		RecommendationQuestions.Settings settings = this.questions.settings(query);
		if (settings == null) {
			return Downloads.plain(HttpStatus.NOT_FOUND, "no usage imported yet");
		}
		try {
			String yaml = this.advice.liteLlmRouting(this.questions.question(settings));
			return Downloads.file(yaml.getBytes(StandardCharsets.UTF_8), "litellm-routing.yaml",
					new MediaType("application", "yaml", StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException ex) {
			return Downloads.plain(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
	}

	@GetMapping("/recommendations/ranked.{format:csv|xlsx}")
	ResponseEntity<byte[]> ranked(@PathVariable String format, @ModelAttribute RecommendationQuestions.Query query) {
		RecommendationQuestions.Settings settings = this.questions.settings(query);
		if (settings == null) {
			return Downloads.plain(HttpStatus.NOT_FOUND, "no usage imported yet");
		}
		try {
			Table table = table(this.advice.advise(this.questions.question(settings)));
			String file = "recommendations-" + settings.from() + "-" + settings.to() + "." + format;
			return Downloads.table(table, format, file);
		}
		catch (IllegalArgumentException ex) {
			return Downloads.plain(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
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
