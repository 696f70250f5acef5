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
import com.breakeven.pricing.QualityScore;
import com.breakeven.pricing.QualityScoreRepository;
import com.breakeven.simulator.shift.DataSensitivity;
import com.breakeven.simulator.shift.Recommendation;
import com.breakeven.simulator.shift.RoutingExport;
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

	private final UsageRepository usage;

	private final QualityScoreRepository quality;

	private final HardwareRepository hardware;

	RecommendationsController(ShiftAdviceService advice, UsageRepository usage, QualityScoreRepository quality,
			HardwareRepository hardware) {
		this.advice = advice;
		this.usage = usage;
		this.quality = quality;
		this.hardware = hardware;
	}

	/**
	 * The question the page answers, as its form holds it.
	 *
	 * @param from first usage day
	 * @param to last usage day
	 * @param benchmark benchmark quality floors refer to
	 * @param floor lowest acceptable score
	 * @param hardware node open models would run on
	 * @param hosting where
	 * @param restricted projects whose data must stay in-house, comma-separated
	 */
	record Settings(LocalDate from, LocalDate to, String benchmark, double floor, String hardware, String hosting,
			String restricted) {

	}

	@GetMapping("/recommendations")
	String page(@ModelAttribute Query query, Model model, HttpServletResponse response) {
		model.addAttribute("benchmarks",
				this.quality.latest().stream().map(QualityScore::benchmark).distinct().sorted().toList());
		model.addAttribute("hardwareProfiles", this.hardware.findAllHardwareProfiles());
		model.addAttribute("hostingProfiles", this.hardware.findAllHostingProfiles());
		Settings settings = settings(query);
		model.addAttribute("settings", settings);
		if (settings == null) {
			return "recommendations";
		}
		try {
			ShiftAdvisor.Advice advice = this.advice.advise(question(settings));
			model.addAttribute("advice", advice);
			model.addAttribute("table", table(advice));
		}
		catch (IllegalArgumentException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", ex.getMessage());
		}
		return "recommendations";
	}

	@GetMapping("/recommendations/routing.yaml")
	ResponseEntity<byte[]> routing(@ModelAttribute Query query) {
		Settings settings = settings(query);
		if (settings == null) {
			return Downloads.plain(HttpStatus.NOT_FOUND, "no usage imported yet");
		}
		try {
			String yaml = RoutingExport.liteLlmYaml(this.advice.advise(question(settings)), settings.to());
			return Downloads.file(yaml.getBytes(StandardCharsets.UTF_8), "litellm-routing.yaml",
					new MediaType("application", "yaml", StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException ex) {
			return Downloads.plain(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
	}

	@GetMapping("/recommendations/ranked.{format:csv|xlsx}")
	ResponseEntity<byte[]> ranked(@PathVariable String format, @ModelAttribute Query query) {
		Settings settings = settings(query);
		if (settings == null) {
			return Downloads.plain(HttpStatus.NOT_FOUND, "no usage imported yet");
		}
		try {
			Table table = table(this.advice.advise(question(settings)));
			String file = "recommendations-" + settings.from() + "-" + settings.to() + "." + format;
			return Downloads.table(table, format, file);
		}
		catch (IllegalArgumentException ex) {
			return Downloads.plain(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
	}

	/**
	 * The request's parameters, each optional.
	 *
	 * @param from first usage day
	 * @param to last usage day
	 * @param benchmark benchmark quality floors refer to
	 * @param floor lowest acceptable score
	 * @param hardware node profile
	 * @param hosting hosting profile
	 * @param restricted projects whose data must stay in-house, comma-separated
	 */
	record Query(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String benchmark, Double floor,
			String hardware, String hosting, String restricted) {

	}

	/**
	 * The page's defaults: the last three months of usage, the first benchmark and
	 * profiles.
	 */
	private Settings settings(Query q) {
		LocalDate from = q.from();
		LocalDate to = q.to();
		String benchmark = q.benchmark();
		String hardware = q.hardware();
		String hosting = q.hosting();
		Double floor = q.floor();
		UsageSummary summary = this.usage.summary();
		if (summary.rows() == 0) {
			return null;
		}
		LocalDate last = (to != null) ? to : summary.lastDay();
		LocalDate first = (from != null) ? from : last.minusMonths(3).plusDays(1);
		// by default the benchmark most models are scored on: it compares the most
		// options
		String bench = (benchmark != null) ? benchmark
				: this.quality.latest()
					.stream()
					.collect(java.util.stream.Collectors.groupingBy(QualityScore::benchmark, java.util.TreeMap::new,
							java.util.stream.Collectors.counting()))
					.entrySet()
					.stream()
					.max(Map.Entry.comparingByValue())
					.map(Map.Entry::getKey)
					.orElse("");
		String node = (hardware != null) ? hardware
				: this.hardware.findAllHardwareProfiles().stream().findFirst().map(p -> p.code()).orElse("");
		String site = (hosting != null) ? hosting
				: this.hardware.findAllHostingProfiles().stream().findFirst().map(p -> p.code()).orElse("");
		return new Settings(first, last, bench, (floor != null) ? floor : 80, node, site,
				(q.restricted() != null) ? q.restricted() : "");
	}

	private static ShiftAdviceService.Question question(Settings s) {
		if (s.to().isBefore(s.from())) {
			throw new IllegalArgumentException("'to' " + s.to() + " is before 'from' " + s.from());
		}
		Map<String, DataSensitivity> sensitivity = new HashMap<>();
		Arrays.stream(s.restricted().split(","))
			.map(String::strip)
			.filter(name -> !name.isEmpty())
			.forEach(name -> sensitivity.put(name, DataSensitivity.RESTRICTED));
		// the catalogue's profiles are priced in USD; life 4 years, 10 % residual, 8 %
		// cost of capital, as the advise command assumes
		Finance finance = new Finance(Currency.getInstance("USD"), 4, 0.10, 0.08, 36);
		return new ShiftAdviceService.Question(s.from(), s.to(), WorkloadVolume.Slice.PROJECT, s.benchmark(), s.floor(),
				s.to(), 2, sensitivity, s.hardware(), s.hosting(), finance, Precision.FP8, 0.8);
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
