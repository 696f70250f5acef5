package com.breakeven.web.recommendation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Service;

import com.breakeven.ingestion.UsageRepository;
import com.breakeven.ingestion.UsageSummary;
import com.breakeven.ingestion.WorkloadVolume;
import com.breakeven.pricing.QualityCategories;
import com.breakeven.simulator.shift.DataSensitivity;
import com.breakeven.tco.Finance;
import com.breakeven.tco.Precision;
import com.breakeven.web.planning.PlanningSettings;
import com.breakeven.web.scenario.CatalogueSnapshot;
import com.breakeven.web.scenario.CatalogueSnapshots;
import com.breakeven.web.scenario.ShiftAdviceService;

/**
 * The recommendations question with its defaults filled in, shared by the page and the
 * API: the last three months of usage, the default benchmark in the overall category, the
 * first node and hosting profile, and the advise command's finance assumptions.
 */
@Service
public class RecommendationQuestions {

	private final UsageRepository usage;

	private final CatalogueSnapshots snapshots;

	private final PlanningSettings planning;

	RecommendationQuestions(UsageRepository usage, CatalogueSnapshots snapshots, PlanningSettings planning) {
		this.usage = usage;
		this.snapshots = snapshots;
		this.planning = planning;
	}

	/**
	 * The question asked, as the page's form or the API's parameters hold it.
	 *
	 * @param from first usage day
	 * @param to last usage day
	 * @param benchmark benchmark candidates are judged on (default: LMArena's text board
	 * when stored, else the most-scored bounded benchmark)
	 * @param floor lowest acceptable score in the benchmark's units; {@code null}: not
	 * distinguishably worse than each workload's current model (its upper bound reaches
	 * the current model's lower bound)
	 * @param hardware node open models would run on
	 * @param hosting where
	 * @param restricted projects whose data must stay in-house, comma-separated
	 * @param category the category of workloads that have none of their own (default
	 * overall): coding, math, legal, medicine, finance, a language …
	 */
	public record Settings(
			@Schema(description = "First usage day, ISO date (default: three months before the last).",
					example = "2026-08-01") LocalDate from,
			@Schema(description = "Last usage day, ISO date (default: the last day of usage).",
					example = "2026-10-31") LocalDate to,
			@Schema(description = "Benchmark candidates are judged on (default: LMArena's text board when stored).",
					example = "MMLU (0-shot CoT)") String benchmark,
			@Schema(description = "Lowest acceptable score in the benchmark's units; absent: not distinguishably worse than each workload's current model.",
					example = "80") Double floor,
			@Schema(description = "Code of the node open models would run on (default: the first).",
					example = "hgx-h100-8x") String hardware,
			@Schema(description = "Code of the hosting profile (default: the first).",
					example = "colo-virginia") String hosting,
			@Schema(description = "Projects whose data must stay in-house, comma-separated.",
					example = "contracts") String restricted,
			@Schema(description = "Category of workloads that have none of their own: overall, coding, math, legal, medicine, finance, a language (default overall).",
					example = "overall") String category) {

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
	 * @param category the category of workloads without one of their own
	 */
	public record Query(
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Parameter(
					description = "First usage day, ISO date (default: three months before the last).",
					example = "2026-08-01") LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Parameter(
					description = "Last usage day, ISO date (default: the last day of usage).",
					example = "2026-10-31") LocalDate to,
			@Parameter(description = "Benchmark candidates are judged on (default: LMArena's text board when stored).",
					example = "MMLU (0-shot CoT)") String benchmark,
			@Parameter(
					description = "Lowest acceptable score in the benchmark's units; absent: not distinguishably worse than each workload's current model.",
					example = "80") Double floor,
			@Parameter(description = "Code of the node open models would run on (default: the first).",
					example = "hgx-h100-8x") String hardware,
			@Parameter(description = "Code of the hosting profile (default: the first).",
					example = "colo-virginia") String hosting,
			@Parameter(description = "Projects whose data must stay in-house, comma-separated.",
					example = "contracts") String restricted,
			@Parameter(
					description = "Category of workloads that have none of their own: overall, coding, math, legal, medicine, finance, a language (default overall).",
					example = "overall") String category) {

	}

	/**
	 * The page's defaults: the last three months of usage, the first benchmark and
	 * profiles.
	 */
	public Settings settings(Query q) {
		return settings(q, this.snapshots.current());
	}

	/**
	 * The page's defaults, from one catalogue version.
	 * @param q the question as asked
	 * @param catalogue where the default benchmark and profiles come from
	 * @return the settings, or {@code null} when no usage is imported
	 */
	public Settings settings(Query q, CatalogueSnapshot catalogue) {
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
		LocalDate first = (from != null) ? from : this.planning.usageFrom(summary.firstDay(), last);
		// by default LMArena's text board: ratings with intervals, in categories
		String bench = (benchmark != null && !benchmark.isBlank()) ? benchmark
				: catalogue.defaultBenchmark().orElse("");
		String node = (hardware != null) ? hardware
				: catalogue.hardwareProfiles().stream().findFirst().map(p -> p.code()).orElse("");
		String site = (hosting != null) ? hosting
				: catalogue.hostingProfiles().stream().findFirst().map(p -> p.code()).orElse("");
		return new Settings(first, last, bench, floor, node, site, (q.restricted() != null) ? q.restricted() : "",
				QualityCategories.normalise(q.category()));
	}

	public ShiftAdviceService.Question question(Settings s) {
		if (s.to().isBefore(s.from())) {
			throw new IllegalArgumentException("'to' " + s.to() + " is before 'from' " + s.from());
		}
		Map<String, DataSensitivity> sensitivity = new HashMap<>();
		Arrays.stream(s.restricted().split(","))
			.map(String::strip)
			.filter(name -> !name.isEmpty())
			.forEach(name -> sensitivity.put(name, DataSensitivity.RESTRICTED));
		// the planning settings' finance, as the advise command and the quote assume
		Finance finance = this.planning.finance(this.planning.reportingCurrency());
		return new ShiftAdviceService.Question(s.from(), s.to(), WorkloadVolume.Slice.PROJECT, s.benchmark(),
				(s.floor() != null) ? s.floor() : Double.NaN, s.category(), s.to(), this.planning.peakToAverage(),
				sensitivity, s.hardware(), s.hosting(), finance, this.planning.precision(),
				this.planning.targetUtilisation());
	}

}
