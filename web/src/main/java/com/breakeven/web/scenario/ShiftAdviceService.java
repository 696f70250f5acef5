package com.breakeven.web.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import com.breakeven.ingestion.UsageRepository;
import com.breakeven.ingestion.WorkloadVolume;
import com.breakeven.pricing.Model;
import com.breakeven.pricing.ModelRepository;
import com.breakeven.pricing.QualityScore;
import com.breakeven.pricing.QualityScoreRepository;
import com.breakeven.simulator.planning.CatalogueModel;
import com.breakeven.simulator.planning.CatalogueNode;
import com.breakeven.simulator.planning.CatalogueSite;
import com.breakeven.simulator.planning.Offer;
import com.breakeven.simulator.planning.Planner;
import com.breakeven.simulator.planning.PriceResolution;
import com.breakeven.simulator.planning.PriceRule;
import com.breakeven.simulator.shift.ApiModel;
import com.breakeven.simulator.shift.DataSensitivity;
import com.breakeven.simulator.shift.OwnOption;
import com.breakeven.simulator.shift.ShiftAdvisor;
import com.breakeven.simulator.shift.Workload;
import com.breakeven.tco.Demand;
import com.breakeven.tco.Finance;
import com.breakeven.tco.LatencySlo;
import com.breakeven.tco.ModelSpec;
import com.breakeven.tco.Precision;
import com.breakeven.tco.ThroughputMeasurement;

/**
 * Where the organisation's real workloads should run: workloads from imported usage (per
 * model and project), API models from the catalogue's prices and quality scores on one
 * benchmark, open models on one catalogued node with their measured throughput.
 */
@Service
public class ShiftAdviceService {

	private final UsageRepository usage;

	private final ModelRepository models;

	private final QualityScoreRepository quality;

	private final CatalogueInputs catalogue;

	private final Planner planner;

	public ShiftAdviceService(UsageRepository usage, ModelRepository models, QualityScoreRepository quality,
			CatalogueInputs catalogue, Planner planner) {
		this.usage = usage;
		this.models = models;
		this.quality = quality;
		this.catalogue = catalogue;
		this.planner = planner;
	}

	/**
	 * @param question what to advise on and with which assumptions
	 */
	public ShiftAdvisor.Advice advise(Question question) {
		Candidates candidates = candidates(question, true);
		List<Workload> workloads = new ArrayList<>();
		Map<Workload, List<ApiModel>> apiModels = new HashMap<>();
		for (WorkloadVolume volume : this.usage.workloadVolumes(question.from(), question.to(), question.slice())) {
			Workload workload = workload(volume, question, candidates);
			workloads.add(workload);
			apiModels.put(workload, apiModels(volume, workload.demand(), question, candidates));
		}
		return ShiftAdvisor.advise(workloads, apiModels::get, candidates.ownOptions());
	}

	/**
	 * The cheapest API model that serves a workload at least as well as the question
	 * asks, by the recommendations' own rule ({@link ShiftAdvisor}): what a new scenario
	 * compares the workload's current API with.
	 * @param volume the workload
	 * @param question the benchmark, floor (NaN: its current model's score) and day
	 * @return the model, or empty when none is cheaper (or the current model is unscored)
	 */
	public Optional<String> cheapestAdequate(WorkloadVolume volume, Question question) {
		Candidates candidates = candidates(question, false);
		Workload workload = workload(volume, question, candidates);
		return ShiftAdvisor.advise(workload, apiModels(volume, workload.demand(), question, candidates), List.of())
			.cheaperApis()
			.stream()
			.findFirst()
			.map(candidate -> candidate.model().model());
	}

	/**
	 * What every workload of a question may move to: chat models with their scores, and
	 * (when asked) the open models on the question's node.
	 */
	private record Candidates(List<CatalogueModel> chatModels, Map<String, Double> scoreByName,
			List<OwnOption> ownOptions, Map<String, Map<String, List<Offer>>> offers) {

	}

	private Candidates candidates(Question question, boolean withOwnHardware) {
		Map<Long, Double> scores = new HashMap<>();
		for (QualityScore score : this.quality.latest()) {
			if (score.benchmark().equals(question.benchmark())) {
				scores.put(score.modelId(), score.score().doubleValue());
			}
		}
		List<CatalogueModel> chatModels = new ArrayList<>();
		List<OwnOption> ownOptions = new ArrayList<>();
		Map<String, Double> scoreByName = new HashMap<>();
		Map<String, CatalogueModel> catalogued = new HashMap<>();
		this.planner.catalogue().models().forEach(m -> catalogued.put(m.name(), m));
		for (Model model : this.models.findAll()) {
			Double score = scores.get(model.id());
			if (score != null) {
				scoreByName.put(model.canonicalName(), score);
			}
			int context = (model.contextWindowTokens() != null) ? model.contextWindowTokens() : 0;
			// a chat workload can move to a chat model only: never an embedding, image or
			// audio model, however cheap its tokens
			if (model.textChat()) {
				chatModels.add(catalogued.get(model.canonicalName()));
			}
			if (withOwnHardware && model.openWeights()) {
				ownOption(model, score, context, question).ifPresent(ownOptions::add);
			}
		}
		return new Candidates(chatModels, scoreByName, ownOptions, new HashMap<>());
	}

	/**
	 * A workload as the advisor takes it: what it pays today at its seller, its floor.
	 */
	private Workload workload(WorkloadVolume volume, Question question, Candidates candidates) {
		DataSensitivity sensitivity = question.sensitivityByProject()
			.getOrDefault(volume.project(), DataSensitivity.INTERNAL);
		Demand demand = new Demand(volume.monthlyInputTokens(), volume.monthlyCachedInputTokens(),
				volume.monthlyOutputTokens(), question.peakToAverage(), volume.monthlyCacheWriteTokens());
		// what it pays today: its seller, its account's terms, its batch share
		PriceResolution current = this.planner.currentPrice(volume.model(), volume.seller(), volume.account(),
				question.pricesOn(), question.finance().currency(), demand, volume.batchShare());
		return new Workload(volume.name(), volume.model(), demand, sensitivity,
				floor(question, candidates.scoreByName().get(volume.model())), 0, LatencySlo.NONE, volume.seller(),
				(current instanceof PriceResolution.Priced priced) ? priced.price().pricing() : null);
	}

	/** Every chat model at the price rule's price for the workload's mix and account. */
	private List<ApiModel> apiModels(WorkloadVolume volume, Demand demand, Question question, Candidates candidates) {
		Currency currency = question.finance().currency();
		// the catalogue's offers read once per account, whatever the number of workloads
		Map<String, List<Offer>> offers = candidates.offers()
			.computeIfAbsent(volume.account(),
					key -> this.planner.catalogue().offersOn(volume.account(), question.pricesOn()));
		List<ApiModel> priced = new ArrayList<>();
		for (CatalogueModel model : candidates.chatModels()) {
			PriceRule
				.buying(model.name(), model.creator(), offers.getOrDefault(model.name(), List.of()), currency,
						question.pricesOn(), from -> this.planner.rate(from, currency, question.pricesOn()), demand,
						volume.batchShare())
				.found()
				.ifPresent(price -> priced.add(new ApiModel(model.name(), model.family(), price.pricing(),
						model.contextWindowTokens(), candidates.scoreByName().get(model.name()), price.seller())));
		}
		return priced;
	}

	private Optional<OwnOption> ownOption(Model model, Double score, int context, Question question) {
		List<ThroughputMeasurement> measured = this.catalogue.measurements(model.canonicalName(),
				question.hardwareProfile());
		if (measured.isEmpty()) {
			return Optional.empty();
		}
		Currency currency = question.finance().currency();
		// profiles in the answer's currency, at the day's rate; without a rate, or an
		// architecture, an open model cannot be sized here
		Optional<CatalogueNode> node = this.planner.catalogue()
			.catalogueNode(question.hardwareProfile())
			.flatMap(n -> this.planner.rate(n.currency(), currency, question.pricesOn()).map(n::in));
		Optional<CatalogueSite> site = this.planner.catalogue()
			.catalogueSite(question.hostingProfile())
			.flatMap(h -> this.planner.rate(h.currency(), currency, question.pricesOn()).map(h::in));
		Optional<ModelSpec> spec = this.planner.catalogue().architecture(model.canonicalName());
		if (node.isEmpty() || site.isEmpty() || spec.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new OwnOption(model.canonicalName(), family(model), score, context,
				question.hardwareProfile(), node.get().node(), measured, site.get().hosting(), question.finance(),
				spec.get(), question.precision(), question.targetUtilisation()));
	}

	/**
	 * The question's floor, or without one the workload's current model's own score: a
	 * move must then be at least as good as what runs today (and an unscored current
	 * model admits no move on quality grounds).
	 */
	static double floor(Question question, Double currentModelScore) {
		if (!Double.isNaN(question.qualityFloor())) {
			return question.qualityFloor();
		}
		return (currentModelScore != null) ? currentModelScore : Double.POSITIVE_INFINITY;
	}

	private static String family(Model model) {
		return (model.family() != null) ? model.family() : model.canonicalName();
	}

	/**
	 * @param from first day of usage considered
	 * @param to last day of usage considered
	 * @param slice whether a workload is a model's usage per project or per team
	 * @param benchmark the quality benchmark floors refer to ("MMLU (0-shot CoT)")
	 * @param qualityFloor the lowest acceptable score on it; {@code NaN}: each workload's
	 * current model's own score
	 * @param pricesOn the day whose list prices apply
	 * @param peakToAverage peak rate over average rate of every workload
	 * @param sensitivityByProject data class per project or team (INTERNAL when not
	 * given)
	 * @param hardwareProfile the node open models would run on
	 * @param hostingProfile where it would be hosted
	 * @param finance life, residual value, cost of capital, horizon
	 * @param precision weights as served
	 * @param targetUtilisation peak utilisation nodes are sized for
	 */
	public record Question(LocalDate from, LocalDate to, WorkloadVolume.Slice slice, String benchmark,
			double qualityFloor, LocalDate pricesOn, double peakToAverage,
			Map<String, DataSensitivity> sensitivityByProject, String hardwareProfile, String hostingProfile,
			Finance finance, Precision precision, double targetUtilisation) {

		public Question {
			sensitivityByProject = Map.copyOf(sensitivityByProject);
		}

	}

}
