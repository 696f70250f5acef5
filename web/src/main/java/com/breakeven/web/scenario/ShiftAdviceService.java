package com.breakeven.web.scenario;

import java.time.Clock;
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
import com.breakeven.pricing.QualityCategories;
import com.breakeven.pricing.QualityScoreRepository;
import com.breakeven.simulator.planning.CatalogueModel;
import com.breakeven.simulator.planning.CatalogueNode;
import com.breakeven.simulator.planning.CatalogueSite;
import com.breakeven.simulator.planning.Offer;
import com.breakeven.simulator.planning.Planner;
import com.breakeven.simulator.planning.PriceResolution;
import com.breakeven.simulator.planning.PriceRule;
import com.breakeven.simulator.shift.Adequacy;
import com.breakeven.simulator.shift.ApiModel;
import com.breakeven.simulator.shift.DataSensitivity;
import com.breakeven.simulator.shift.OwnOption;
import com.breakeven.simulator.shift.RoutingExport;
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

	private final CatalogueSnapshots snapshots;

	private final WorkloadCategories workloadCategories;

	private final Clock clock;

	public ShiftAdviceService(UsageRepository usage, CatalogueSnapshots snapshots,
			WorkloadCategories workloadCategories, Clock clock) {
		this.usage = usage;
		this.snapshots = snapshots;
		this.workloadCategories = workloadCategories;
		this.clock = clock;
	}

	/**
	 * @param question what to advise on and with which assumptions
	 */
	public ShiftAdvisor.Advice advise(Question question) {
		return advise(question, this.snapshots.current());
	}

	/**
	 * @param question what to advise on and with which assumptions
	 * @param catalogue the catalogue version the whole answer reads: models, prices,
	 * scores, node, site and measurements
	 */
	public ShiftAdvisor.Advice advise(Question question, CatalogueSnapshot catalogue) {
		Candidates candidates = candidates(question, true, catalogue);
		Map<String, String> categories = this.workloadCategories.byName();
		List<Workload> workloads = new ArrayList<>();
		Map<Workload, List<ApiModel>> apiModels = new HashMap<>();
		Map<Workload, List<OwnOption>> ownOptions = new HashMap<>();
		for (WorkloadVolume volume : this.usage.workloadVolumes(question.from(), question.to(), question.slice())) {
			String category = categories.getOrDefault(volume.name(), question.category());
			Workload workload = workload(volume, question, candidates, category);
			workloads.add(workload);
			apiModels.put(workload, apiModels(volume, workload.demand(), question, candidates, category));
			ownOptions.put(workload, candidates.ownOptions(category));
		}
		return ShiftAdvisor.advise(workloads, apiModels::get, ownOptions::get);
	}

	/**
	 * Advice already given as a LiteLLM proxy configuration written today: each API model
	 * routed as the feed its price on the question's day came from names it
	 * ({@link com.breakeven.pricing.PriceCatalogue#liteLlmRoute}).
	 * @param question the question the advice answers
	 * @param advice its advice
	 * @param catalogue the catalogue version the advice read
	 * @return the YAML text
	 */
	public String liteLlmRouting(Question question, ShiftAdvisor.Advice advice, CatalogueSnapshot catalogue) {
		return RoutingExport.liteLlmYaml(advice,
				(model, seller) -> catalogue.liteLlmRoute(model, seller, question.pricesOn()),
				LocalDate.now(this.clock), question.from(), question.to());
	}

	/**
	 * The cheapest API model that serves a workload adequately, by the recommendations'
	 * own rule ({@link ShiftAdvisor}, {@link com.breakeven.simulator.shift.Adequacy}):
	 * what a new scenario compares the workload's current API with.
	 * @param volume the workload
	 * @param question the benchmark, default category, floor (NaN: not distinguishably
	 * worse than its current model) and day
	 * @return the model, or empty when none is cheaper (or the current model is unscored)
	 */
	public Optional<String> cheapestAdequate(WorkloadVolume volume, Question question) {
		Candidates candidates = candidates(question, false, this.snapshots.current());
		String category = this.workloadCategories.byName().getOrDefault(volume.name(), question.category());
		Workload workload = workload(volume, question, candidates, category);
		return ShiftAdvisor
			.advise(workload, apiModels(volume, workload.demand(), question, candidates, category), List.of())
			.cheaperApis()
			.stream()
			.findFirst()
			.map(candidate -> candidate.model().model());
	}

	/**
	 * What every workload of a question may move to: chat models, their scores per
	 * category (read once per category), and (when asked) the open models on the
	 * question's node.
	 */
	private final class Candidates {

		private final Question question;

		private final CatalogueSnapshot catalogue;

		private final String benchmark;

		private final List<CatalogueModel> chatModels;

		private final List<Model> openModels;

		private final Map<String, Map<String, Adequacy.Score>> scoresByCategory = new HashMap<>();

		private final Map<String, List<OwnOption>> ownByCategory = new HashMap<>();

		private final Map<String, Map<String, List<Offer>>> offers = new HashMap<>();

		Candidates(Question question, CatalogueSnapshot catalogue, String benchmark, List<CatalogueModel> chatModels,
				List<Model> openModels) {
			this.question = question;
			this.catalogue = catalogue;
			this.benchmark = benchmark;
			this.chatModels = chatModels;
			this.openModels = openModels;
		}

		Map<String, Adequacy.Score> scores(String category) {
			return this.scoresByCategory.computeIfAbsent(category, c -> {
				Map<String, Adequacy.Score> byName = new HashMap<>();
				Map<Long, String> names = new HashMap<>();
				this.catalogue.allModels().forEach(m -> names.put(m.id(), m.canonicalName()));
				this.catalogue.latestScores(this.benchmark, c)
					.forEach((id, score) -> byName.put(names.get(id), QualityEvidence.of(score)));
				return byName;
			});
		}

		List<OwnOption> ownOptions(String category) {
			return this.ownByCategory.computeIfAbsent(category, c -> {
				List<OwnOption> options = new ArrayList<>();
				for (Model model : this.openModels) {
					int context = (model.contextWindowTokens() != null) ? model.contextWindowTokens() : 0;
					ownOption(model, scores(c).get(model.canonicalName()), context, this.question, this.catalogue)
						.ifPresent(options::add);
				}
				return options;
			});
		}

	}

	private Candidates candidates(Question question, boolean withOwnHardware, CatalogueSnapshot catalogue) {
		String benchmark = (question.benchmark() != null) ? question.benchmark()
				: catalogue.defaultBenchmark().orElse(QualityScoreRepository.ARENA);
		List<CatalogueModel> chatModels = new ArrayList<>();
		List<Model> openModels = new ArrayList<>();
		Map<String, CatalogueModel> catalogued = new HashMap<>();
		catalogue.models().forEach(m -> catalogued.put(m.name(), m));
		for (Model model : catalogue.allModels()) {
			// a chat workload can move to a chat model only: never an embedding, image or
			// audio model, however cheap its tokens
			if (model.textChat()) {
				chatModels.add(catalogued.get(model.canonicalName()));
			}
			if (withOwnHardware && model.openWeights()) {
				openModels.add(model);
			}
		}
		return new Candidates(question, catalogue, benchmark, chatModels, openModels);
	}

	/**
	 * A workload as the advisor takes it: what it pays today at its seller, what "good
	 * enough" means for it.
	 */
	private Workload workload(WorkloadVolume volume, Question question, Candidates candidates, String category) {
		DataSensitivity sensitivity = question.sensitivityByProject()
			.getOrDefault(volume.project(), DataSensitivity.INTERNAL);
		Demand demand = new Demand(volume.monthlyInputTokens(), volume.monthlyCachedInputTokens(),
				volume.monthlyOutputTokens(), question.peakToAverage(), volume.monthlyCacheWriteTokens(),
				volume.monthlyInputAudioTokens(), volume.monthlyOutputAudioTokens());
		// what it pays today: its seller, its account's terms, its batch share
		PriceResolution current = candidates.catalogue.planner()
			.currentPrice(volume.model(), volume.seller(), volume.account(), question.pricesOn(),
					question.finance().currency(), demand, volume.batchShare());
		Adequacy.Standard standard = new Adequacy.Standard(
				QualityCategories.benchmarkIn(candidates.benchmark, category), category, volume.model(),
				candidates.scores(category).get(volume.model()),
				Double.isNaN(question.qualityFloor()) ? null : question.qualityFloor());
		return new Workload(volume.name(), volume.model(), demand, sensitivity, standard, 0, LatencySlo.NONE,
				volume.seller(), (current instanceof PriceResolution.Priced priced) ? priced.price().pricing() : null,
				(current instanceof PriceResolution.Unpriced unpriced) ? unpriced.reason() : null);
	}

	/** Every chat model at the price rule's price for the workload's mix and account. */
	private List<ApiModel> apiModels(WorkloadVolume volume, Demand demand, Question question, Candidates candidates,
			String category) {
		Currency currency = question.finance().currency();
		// the catalogue's offers read once per account, whatever the number of workloads
		Planner planner = candidates.catalogue.planner();
		Map<String, List<Offer>> offers = candidates.offers.computeIfAbsent(volume.account(),
				key -> candidates.catalogue.offersOn(volume.account(), question.pricesOn()));
		Map<String, Adequacy.Score> scores = candidates.scores(category);
		List<ApiModel> priced = new ArrayList<>();
		for (CatalogueModel model : candidates.chatModels) {
			PriceRule
				.buying(model.name(), model.creator(), offers.getOrDefault(model.name(), List.of()), currency,
						question.pricesOn(), from -> planner.rate(from, currency, question.pricesOn()), demand,
						volume.batchShare())
				.found()
				.ifPresent(price -> priced.add(new ApiModel(model.name(), model.family(), price.pricing(),
						model.contextWindowTokens(), scores.get(model.name()), price.seller())));
		}
		return priced;
	}

	private Optional<OwnOption> ownOption(Model model, Adequacy.Score score, int context, Question question,
			CatalogueSnapshot catalogue) {
		List<ThroughputMeasurement> measured = catalogue.measurements(model.canonicalName(),
				question.hardwareProfile());
		if (measured.isEmpty()) {
			return Optional.empty();
		}
		Currency currency = question.finance().currency();
		// profiles in the answer's currency, at the day's rate; without a rate, or an
		// architecture, an open model cannot be sized here
		Planner planner = catalogue.planner();
		Optional<CatalogueNode> node = catalogue.catalogueNode(question.hardwareProfile())
			.flatMap(n -> planner.rate(n.currency(), currency, question.pricesOn()).map(n::in));
		Optional<CatalogueSite> site = catalogue.catalogueSite(question.hostingProfile())
			.flatMap(h -> planner.rate(h.currency(), currency, question.pricesOn()).map(h::in));
		Optional<ModelSpec> spec = catalogue.architecture(model.canonicalName());
		if (node.isEmpty() || site.isEmpty() || spec.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new OwnOption(model.canonicalName(), family(model), score, context,
				question.hardwareProfile(), node.get().node(), measured, site.get().hosting(), question.finance(),
				spec.get(), question.precision(), question.targetUtilisation()));
	}

	private static String family(Model model) {
		return (model.family() != null) ? model.family() : model.canonicalName();
	}

	/**
	 * @param from first day of usage considered
	 * @param to last day of usage considered
	 * @param slice whether a workload is a model's usage per project or per team
	 * @param benchmark the quality benchmark candidates are judged on ("LMArena text"),
	 * {@code null} for the default (LMArena's text board when stored)
	 * @param qualityFloor the lowest acceptable score on it, in its units; {@code NaN}:
	 * not distinguishably worse than each workload's current model
	 * @param category the category of workloads that have none of their own ("overall",
	 * "coding")
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
			double qualityFloor, String category, LocalDate pricesOn, double peakToAverage,
			Map<String, DataSensitivity> sensitivityByProject, String hardwareProfile, String hostingProfile,
			Finance finance, Precision precision, double targetUtilisation) {

		public Question {
			sensitivityByProject = Map.copyOf(sensitivityByProject);
			category = QualityCategories.normalise(category);
		}

	}

}
