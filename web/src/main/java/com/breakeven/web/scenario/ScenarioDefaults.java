package com.breakeven.web.scenario;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import com.breakeven.ingestion.UsageRepository;
import com.breakeven.ingestion.UsageSummary;
import com.breakeven.ingestion.WorkloadVolume;
import com.breakeven.pricing.HardwareProfile;
import com.breakeven.pricing.HardwareRepository;
import com.breakeven.pricing.HostingProfile;
import com.breakeven.pricing.Model;
import com.breakeven.pricing.ModelRepository;
import com.breakeven.pricing.QualityCategories;
import com.breakeven.pricing.QualityScore;
import com.breakeven.pricing.QualityScoreRepository;
import com.breakeven.simulator.montecarlo.UncertainInput;
import com.breakeven.tco.Demand;
import com.breakeven.web.planning.PlanningSettings;

/**
 * A new scenario's inputs taken from real data: a workload's average monthly tokens over
 * the last three months of imported usage, the model it uses today, the cheapest API
 * model adequate for its category by the recommendations' rule, the best-scoring open
 * model with a throughput measurement and the node it was measured on. Figures no data
 * gives (growth, price declines, finance) start from stated, editable assumptions.
 */
@Service
public class ScenarioDefaults {

	private final UsageRepository usage;

	private final ModelRepository models;

	private final QualityScoreRepository quality;

	private final HardwareRepository hardware;

	private final CatalogueInputs catalogue;

	private final Clock clock;

	private final PlanningSettings settings;

	private final ShiftAdviceService advice;

	private final WorkloadCategories categories;

	public ScenarioDefaults(UsageRepository usage, ModelRepository models, QualityScoreRepository quality,
			HardwareRepository hardware, CatalogueInputs catalogue, Clock clock, PlanningSettings settings,
			ShiftAdviceService advice, WorkloadCategories categories) {
		this.categories = categories;
		this.usage = usage;
		this.models = models;
		this.quality = quality;
		this.hardware = hardware;
		this.catalogue = catalogue;
		this.clock = clock;
		this.settings = settings;
		this.advice = advice;
	}

	/** Workloads of the last months of usage (three by default), largest output first. */
	public List<WorkloadVolume> workloads() {
		return usagePeriod()
			.map(period -> this.usage.workloadVolumes(period.from(), period.to(), WorkloadVolume.Slice.PROJECT)
				.stream()
				.sorted(Comparator.comparingDouble(WorkloadVolume::monthlyOutputTokens).reversed())
				.toList())
			.orElse(List.of());
	}

	/** The usage volumes are averaged over: the last months of imported usage. */
	private record Period(LocalDate from, LocalDate to) {

	}

	private Optional<Period> usagePeriod() {
		UsageSummary summary = this.usage.summary();
		if (summary.rows() == 0 || summary.lastDay() == null) {
			return Optional.empty();
		}
		LocalDate to = summary.lastDay();
		return Optional.of(new Period(this.settings.usageFrom(summary.firstDay(), to), to));
	}

	/**
	 * Where the volumes come from, and what of the usage a scenario leaves out: a
	 * scenario models text tokens, so a workload's audio tokens are named rather than
	 * silently dropped (the recommendations price them at the seller's audio prices).
	 */
	private String volumesFrom(WorkloadVolume workload) {
		String from = "Volumes: average of the last " + this.settings.usageMonths() + " months of imported usage.";
		long audioIn = Math.round(workload.monthlyInputAudioTokens());
		long audioOut = Math.round(workload.monthlyOutputAudioTokens());
		if (audioIn == 0 && audioOut == 0) {
			return from;
		}
		return from + String.format(Locale.ROOT,
				" Left out: %,d audio input and %,d audio output tokens a month — a scenario models text tokens only,"
						+ " so its API bill is lower than the usage's by their cost (the recommendations price them).",
				audioIn, audioOut);
	}

	/**
	 * @param workloadName a workload's name from {@link #workloads()}, or {@code null}
	 * for the largest one
	 */
	public ScenarioForm forWorkload(String workloadName) {
		LocalDate today = LocalDate.now(this.clock);
		List<WorkloadVolume> workloads = workloads();
		WorkloadVolume workload = workloads.stream()
			.filter(w -> workloadName == null || w.name().equals(workloadName))
			.findFirst()
			.orElse(null);
		String currentModel = (workload != null) ? workload.model() : null;
		// whole tokens: averages carry fractions no one plans with
		Demand demand = (workload != null)
				? new Demand(Math.round(workload.monthlyInputTokens()), Math.round(workload.monthlyCachedInputTokens()),
						Math.round(workload.monthlyOutputTokens()), this.settings.peakToAverage(),
						Math.round(workload.monthlyCacheWriteTokens()))
				: new Demand(0, 0, 0, this.settings.peakToAverage());
		double batchShare = (workload != null) ? workload.batchShare() : 0;
		// the recommendations' default question for this workload (its category, the
		// default benchmark, not distinguishably worse than its current model): the
		// scenario's alternative is the recommendation's cheapest adequate API, by the
		// same rule
		String benchmark = this.quality.defaultBenchmark().orElse(null);
		String category = (workload != null)
				? this.categories.byName().getOrDefault(workload.name(), QualityCategories.OVERALL)
				: QualityCategories.OVERALL;
		Map<Long, QualityScore> scores = (benchmark != null) ? this.quality.latestIn(benchmark, category) : Map.of();
		Period period = usagePeriod().orElse(null);
		String alternative = (workload != null && benchmark != null) ? this.advice
			.cheapestAdequate(workload,
					new ShiftAdviceService.Question(period.from(), period.to(), WorkloadVolume.Slice.PROJECT, benchmark,
							Double.NaN, category, today, this.settings.peakToAverage(), Map.of(), null, null,
							this.settings.finance(this.settings.reportingCurrency()), this.settings.precision(),
							this.settings.targetUtilisation()))
			.orElse(currentModel) : currentModel;
		// each open model with the first node it was measured on, looked up once, in
		// catalogue order
		Map<Model, HardwareProfile> measuredOn = new LinkedHashMap<>();
		this.models.findAll()
			.stream()
			.filter(Model::openWeights)
			.forEach(m -> profileMeasuring(m).ifPresent(p -> measuredOn.put(m, p)));
		Optional<Model> served = measuredOn.keySet()
			.stream()
			.max(Comparator.comparingDouble(m -> (scores.containsKey(m.id())) ? scores.get(m.id()).score().doubleValue()
					: Double.NEGATIVE_INFINITY));
		String profile = served.map(measuredOn::get).map(HardwareProfile::code).orElse(null);
		String hosting = this.hardware.findAllHostingProfiles()
			.stream()
			.findFirst()
			.map(HostingProfile::code)
			.orElse(null);
		String name = (workload != null) ? workload.name() + " — own GPUs vs API" : "New scenario";
		// exact: a rounded share would price the baseline off the bill
		double batchPercent = batchShare * 100;
		return new ScenarioForm(name, (workload != null) ? volumesFrom(workload) : null,
				(workload != null) ? workload.name() : null, currentModel,
				(workload != null) ? workload.seller() : null, (workload != null) ? workload.account() : null,
				batchPercent, alternative, served.map(Model::canonicalName).orElse(null), today,
				demand.monthlyInputTokens(), demand.monthlyCachedInputTokens(), demand.monthlyOutputTokens(),
				demand.monthlyCacheWriteTokens(), demand.peakToAverage(), 3.0, 30.0, 30.0, profile, hosting,
				this.settings.precision(), null, null, this.settings.targetUtilisationPercent(),
				this.settings.lifeMonths(), this.settings.residualPercent(), 3, 3.0, null,
				this.settings.hybridOwnSharePercent(), this.settings.costOfCapitalPercent(),
				this.settings.horizonMonths(), 10_000, 20261123L, typicalUncertainty());
	}

	private Optional<HardwareProfile> profileMeasuring(Model model) {
		return this.hardware.findAllHardwareProfiles()
			.stream()
			.filter(p -> !this.catalogue.measurements(model.canonicalName(), p.code()).isEmpty())
			.findFirst();
	}

	/**
	 * Ranges a planner would start from: volume 0.7–1.5 × today, throughput 0.8–1.1 × the
	 * measurement (benchmarks flatter real traffic), API prices falling 10–50 % a year.
	 */
	private static List<ScenarioForm.Uncertainty> typicalUncertainty() {
		return List.of(
				new ScenarioForm.Uncertainty(UncertainInput.VOLUME_MULTIPLIER, ScenarioForm.Shape.TRIANGULAR, 0.7, 1.0,
						1.5),
				new ScenarioForm.Uncertainty(UncertainInput.THROUGHPUT_MULTIPLIER, ScenarioForm.Shape.TRIANGULAR, 0.8,
						1.0, 1.1),
				new ScenarioForm.Uncertainty(UncertainInput.CURRENT_API_PRICE_DECLINE, ScenarioForm.Shape.UNIFORM, 0.1,
						null, 0.5),
				new ScenarioForm.Uncertainty(UncertainInput.CHEAPEST_API_PRICE_DECLINE, ScenarioForm.Shape.UNIFORM, 0.1,
						null, 0.5));
	}

}
