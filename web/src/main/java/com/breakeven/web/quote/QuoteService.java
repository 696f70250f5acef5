package com.breakeven.web.quote;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.stereotype.Service;

import com.breakeven.pricing.HardwareProfile;
import com.breakeven.pricing.HostingProfile;
import com.breakeven.pricing.Model;
import com.breakeven.pricing.QualityCategories;
import com.breakeven.pricing.QualityScore;
import com.breakeven.pricing.QualityScoreRepository;
import com.breakeven.simulator.planning.FxRate;
import com.breakeven.simulator.planning.PriceResolution;
import com.breakeven.simulator.planning.ResolvedPrice;
import com.breakeven.simulator.shift.Adequacy;
import com.breakeven.simulator.shift.DataSensitivity;
import com.breakeven.tco.Demand;
import com.breakeven.tco.Finance;
import com.breakeven.tco.LatencySlo;
import com.breakeven.tco.Precision;
import com.breakeven.tco.ThroughputMeasurement;
import com.breakeven.web.api.ApiProblem;
import com.breakeven.web.planning.PlanningSettings;
import com.breakeven.web.scenario.CatalogueSnapshot;
import com.breakeven.web.scenario.CatalogueSnapshots;
import com.breakeven.web.scenario.QualityEvidence;
import com.breakeven.web.scenario.WorkloadCategories;

/**
 * Quotes a workload from the catalogue: every chat model at the price the one price rule
 * gives (its creator's, else its cheapest seller's), every open model the catalogue can
 * size on every node it was measured on at the asked precision, and the hybrid, with
 * every assumption used and every model left out counted by reason.
 */
@Service
public class QuoteService {

	/**
	 * Largest monthly token count of each class a quote takes: 10^15, a thousand
	 * trillion.
	 */
	static final double MAX_MONTHLY_TOKENS = 1e15;

	private final CatalogueSnapshots snapshots;

	private final PlanningSettings settings;

	private final Clock clock;

	private final WorkloadCategories workloadCategories;

	QuoteService(CatalogueSnapshots snapshots, PlanningSettings settings, Clock clock,
			WorkloadCategories workloadCategories) {
		this.workloadCategories = workloadCategories;
		this.snapshots = snapshots;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * The workload's assumptions with every default filled in, as the answer echoes them.
	 *
	 * @param benchmark the benchmark candidates are judged on
	 * @param category the workload's category (overall, coding, …)
	 * @param scoredOn the benchmark name the category's scores are stored under
	 * @param currentModel the model the workload runs on today, when given
	 * @param qualityRule what "good enough" meant, in words with the current model's
	 * evidence
	 * @param exchangeRates each rate a price or profile was converted at, with its day
	 * (empty when nothing was converted)
	 */
	record Assumptions(
			@Schema(description = "Benchmark candidates were judged on.",
					example = "MMLU (0-shot CoT)") String benchmark,
			@Schema(description = "Workload category the scores were read in.", example = "overall") String category,
			@Schema(description = "Benchmark name the category's scores are stored under.",
					example = "MMLU (0-shot CoT)") String scoredOn,
			@Schema(description = "Model the workload runs on today, when given.",
					example = "openai/gpt-4o") String currentModel,
			@Schema(description = "What \"good enough\" meant, in words with the current model's evidence.") String qualityRule,
			@Schema(description = "Lowest acceptable score, in the benchmark's units; absent when none.",
					example = "80") Double qualityFloor,
			@Schema(description = "Data class: PUBLIC, INTERNAL, CONFIDENTIAL or RESTRICTED.",
					example = "INTERNAL") DataSensitivity sensitivity,
			@Schema(description = "Time-to-first-token limit, 99th percentile, milliseconds; absent when none.",
					example = "10000") Double maxTtftP99Ms,
			@Schema(description = "Inter-token latency limit, 99th percentile, milliseconds; absent when none.",
					example = "200") Double maxItlP99Ms,
			@Schema(description = "Longest prompt, tokens.", example = "8000") int contextTokens,
			@Schema(description = "Peak request rate over the average rate, a ratio.",
					example = "2") double peakToAverage,
			@Schema(description = "Node own hardware was sized on; absent when every measured node was tried.",
					example = "hgx-h100-8x") String hardwareProfile,
			@Schema(description = "Hosting profile own nodes run in.", example = "colo-virginia") String hostingProfile,
			@Schema(description = "Day whose prices applied, ISO date.", example = "2026-07-01") LocalDate pricesOn,
			@Schema(description = "Hybrid strategy's share of tokens on own hardware, a fraction from 0 to 1.",
					example = "0.7") double hybridOwnShare,
			@Schema(description = "Months a node serves, months.", example = "48") int lifeMonths,
			@Schema(description = "A node's value at the end of its life, percent of capex.",
					example = "10") double residualPercent,
			@Schema(description = "Discount rate, percent a year.", example = "8") double costOfCapitalPercent,
			@Schema(description = "Months payback is looked for, months.", example = "36") int horizonMonths,
			@Schema(description = "Peak share of measured throughput nodes are sized for, percent.",
					example = "80") double targetUtilisationPercent,
			@Schema(description = "Weights as served: FP16, BF16, FP8, INT8 or INT4.",
					example = "FP8") String precision,
			@Schema(description = "ISO 4217 currency of every amount.", example = "USD") String currency,
			@Schema(description = "Each ECB rate a price or profile was converted at, with its day; empty when nothing was converted.") List<String> exchangeRates,
			@Schema(description = "The rule an API model's price was chosen by, in words.") String priceRule) {

	}

	record Quoted(Demand demand, Currency currency, Assumptions assumptions, Quotes.Ranked ranked, int limit) {

	}

	public Quoted quote(QuoteRequest r) {
		// one version of the catalogue for the whole answer, read from memory
		CatalogueSnapshot catalogue = this.snapshots.current();
		Map<String, String> refused = new LinkedHashMap<>();
		tokens(refused, "monthlyInputTokens", r.monthlyInputTokens(), true);
		tokens(refused, "monthlyOutputTokens", r.monthlyOutputTokens(), true);
		tokens(refused, "monthlyCachedInputTokens", r.monthlyCachedInputTokens(), false);
		tokens(refused, "monthlyCacheWriteTokens", r.monthlyCacheWriteTokens(), false);
		if (!refused.containsKey("monthlyInputTokens") && !refused.containsKey("monthlyOutputTokens")
				&& r.monthlyInputTokens() + r.monthlyOutputTokens() + orDefault(r.monthlyCachedInputTokens(), 0)
						+ orDefault(r.monthlyCacheWriteTokens(), 0) <= 0) {
			refused.put("monthlyOutputTokens", "a workload of zero tokens has nothing to quote");
		}
		between(refused, "peakToAverage", r.peakToAverage(), 1, 1000, true);
		between(refused, "maxTtftP99Ms", r.maxTtftP99Ms(), 0, 3_600_000, false);
		between(refused, "maxItlP99Ms", r.maxItlP99Ms(), 0, 3_600_000, false);
		between(refused, "qualityFloor", r.qualityFloor(), -1e6, 1e6, true);
		between(refused, "residualPercent", r.residualPercent(), 0, 99.999, true);
		between(refused, "costOfCapitalPercent", r.costOfCapitalPercent(), -99, 500, true);
		between(refused, "targetUtilisationPercent", r.targetUtilisationPercent(), 1, 100, true);
		if (r.lifeMonths() != null && (r.lifeMonths() < 1 || r.lifeMonths() > 240)) {
			refused.put("lifeMonths", "must be 1 to 240, was " + r.lifeMonths());
		}
		if (r.contextTokens() != null && (r.contextTokens() < 0 || r.contextTokens() > 100_000_000)) {
			refused.put("contextTokens", "must be 0 to 100,000,000, was " + r.contextTokens());
		}
		if (r.hybridOwnShare() != null
				&& (!Double.isFinite(r.hybridOwnShare()) || r.hybridOwnShare() <= 0 || r.hybridOwnShare() >= 1)) {
			refused.put("hybridOwnShare", "must be between 0 and 1 (exclusive), was " + r.hybridOwnShare());
		}
		if (r.limit() != null && (r.limit() < 1 || r.limit() > 500)) {
			refused.put("limit", "must be 1 to 500, was " + r.limit());
		}
		Precision precision = precision(refused, r.precision());
		Currency currency = currency(refused, r.currency());
		LocalDate day = (r.pricesOn() != null) ? r.pricesOn() : LocalDate.now(this.clock);
		String hostingCode = (r.hostingProfile() != null) ? r.hostingProfile()
				: catalogue.hostingProfiles().stream().findFirst().map(HostingProfile::code).orElse(null);
		HostingProfile site = (hostingCode != null) ? catalogue.hostingProfile(hostingCode).orElse(null) : null;
		if (site == null) {
			refused.put("hostingProfile",
					"no hosting profile '" + ApiProblem.shortened(hostingCode) + "' in the catalogue");
		}
		if (r.hardwareProfile() != null && catalogue.hardwareProfile(r.hardwareProfile()).isEmpty()) {
			refused.put("hardwareProfile",
					"no hardware profile '" + ApiProblem.shortened(r.hardwareProfile()) + "' in the catalogue");
		}
		Set<String> rates = new LinkedHashSet<>();
		FxRate siteRate = null;
		if (site != null && currency != null) {
			siteRate = catalogue.rate(site.currency(), currency, day).orElse(null);
			if (siteRate == null) {
				refused.put("currency", noRate(site.currency(), currency, day, "hosting profile " + site.code()));
			}
		}
		String benchmark = (r.benchmark() != null) ? r.benchmark()
				: catalogue.defaultBenchmark().orElse(QualityScoreRepository.ARENA);
		String category = QualityCategories.OVERALL;
		// a named workload's own category, as a person set it, unless the request gives
		// one
		String asked = r.category();
		if (r.workload() != null) {
			if (!this.workloadCategories.known(r.workload())) {
				refused.put("workload", "no workload '" + ApiProblem.shortened(r.workload())
						+ "' in the imported usage (a model's usage by project or by team)");
			}
			else if (asked == null) {
				asked = this.workloadCategories.byName().get(r.workload());
			}
		}
		try {
			category = QualityCategories.normalise(asked);
		}
		catch (IllegalArgumentException ex) {
			refused.put("category", ex.getMessage());
		}
		Map<Long, QualityScore> scores = catalogue.latestScores(benchmark, category);
		String scale = QualityCategories.benchmarkIn(benchmark, category);
		if ((r.qualityFloor() != null || r.currentModel() != null) && scores.isEmpty()) {
			refused.put(refused.containsKey("category") ? "benchmark" : (asked != null) ? "category" : "benchmark",
					"no model is scored on '" + ApiProblem.shortened(benchmark) + "' in category " + category);
		}
		Model currentModel = null;
		if (r.currentModel() != null) {
			currentModel = catalogue.resolve(r.currentModel()).orElse(null);
			if (currentModel == null) {
				refused.put("currentModel",
						"no model '" + ApiProblem.shortened(r.currentModel()) + "' in the catalogue");
			}
		}
		if (!refused.isEmpty()) {
			throw ApiProblem.unprocessable("the workload cannot be quoted: " + refused, refused);
		}

		Demand demand = new Demand(r.monthlyInputTokens(), orDefault(r.monthlyCachedInputTokens(), 0),
				r.monthlyOutputTokens(), orDefault(r.peakToAverage(), this.settings.peakToAverage()),
				orDefault(r.monthlyCacheWriteTokens(), 0));
		DataSensitivity sensitivity = (r.sensitivity() != null) ? r.sensitivity() : DataSensitivity.INTERNAL;
		int context = (r.contextTokens() != null) ? r.contextTokens() : 0;
		double share = (r.hybridOwnShare() != null) ? r.hybridOwnShare() : this.settings.hybridOwnSharePercent() / 100;
		int lifeMonths = (r.lifeMonths() != null) ? r.lifeMonths() : this.settings.lifeMonths();
		double residualPercent = orDefault(r.residualPercent(), this.settings.residualPercent());
		double costOfCapitalPercent = orDefault(r.costOfCapitalPercent(), this.settings.costOfCapitalPercent());
		double utilisationPercent = orDefault(r.targetUtilisationPercent(), this.settings.targetUtilisationPercent());
		// the engine's horizon stops at the life: nodes are not refreshed in a quote
		int horizon = Math.min(this.settings.horizonMonths(), lifeMonths);
		Finance finance = new Finance(currency, lifeMonths / 12.0, residualPercent / 100, costOfCapitalPercent / 100,
				horizon);
		if (siteRate.converts()) {
			rates.add(siteRate.describe());
		}
		Quotes.Terms terms = new Quotes.Terms(demand,
				new LatencySlo(orDefault(r.maxTtftP99Ms(), Double.POSITIVE_INFINITY),
						orDefault(r.maxItlP99Ms(), Double.POSITIVE_INFINITY)),
				catalogue.catalogueSite(site.code()).orElseThrow().in(siteRate).hosting(), finance, precision,
				utilisationPercent / 100, share);

		// what "good enough" means here; with neither floor nor current model nothing
		// is judged and every chat model is ranked with its score
		boolean judged = r.qualityFloor() != null || currentModel != null;
		Adequacy.Standard standard = new Adequacy.Standard(scale, category,
				(currentModel != null) ? currentModel.canonicalName() : null,
				(currentModel != null) ? QualityEvidence.of(scores.get(currentModel.id())) : null, r.qualityFloor());
		LeftOut leftOut = new LeftOut();
		List<Model> eligible = new ArrayList<>();
		Map<Long, Adequacy.Verdict> verdicts = new HashMap<>();
		for (Model m : catalogue.allModels()) {
			Optional<String> notChat = m.whyNotTextChat();
			Adequacy.Verdict verdict = judged
					? Adequacy.judge(standard, m.canonicalName(), QualityEvidence.of(scores.get(m.id()))) : null;
			if (notChat.isPresent()) {
				leftOut.add(notChat.get(), m);
			}
			else if (verdict != null && verdict.status() == Adequacy.Status.NOT_JUDGED) {
				leftOut.add(standard.judgeable() ? "not judged: no score on " + standard.scale()
						: "not judged: " + standard.whyNoneCanBeJudged(), m);
			}
			else if (verdict != null && !verdict.adequate()) {
				leftOut.add(
						"not adequate: " + ((r.qualityFloor() != null) ? "below the floor on " + standard.scale()
								: "distinguishably worse than " + standard.currentModel() + " on " + standard.scale()),
						m);
			}
			else if (context > 0 && (m.contextWindowTokens() == null || m.contextWindowTokens() < context)) {
				leftOut.add("context window shorter than " + String.format(Locale.ROOT, "%,d", context) + " tokens", m);
			}
			else {
				eligible.add(m);
				if (verdict != null) {
					verdicts.put(m.id(), verdict);
				}
			}
		}
		List<Quotes.ApiCandidate> apis = new ArrayList<>();
		// every eligible model priced by the one rule, the catalogue's offers read once
		Set<String> eligibleNames = new HashSet<>();
		eligible.forEach(m -> eligibleNames.add(m.canonicalName()));
		Map<String, PriceResolution> prices = catalogue.planner()
			.candidatePrices(catalogue.models().stream().filter(m -> eligibleNames.contains(m.name())).toList(), null,
					day, currency, demand, 0);
		for (Model m : eligible) {
			PriceResolution price = prices.get(m.canonicalName());
			if (price instanceof PriceResolution.Priced priced) {
				ResolvedPrice p = priced.price();
				if (p.fx().converts()) {
					rates.add(p.fx().describe());
				}
				apis.add(new Quotes.ApiCandidate(m.canonicalName(), p.seller(), p.pricing(),
						quality(m, scores, verdicts, standard)));
			}
			else if (!m.openWeights()) {
				leftOut.add(((PriceResolution.Unpriced) price).reason().contains("exchange rate")
						? "no exchange rate to " + currency.getCurrencyCode() + " for its price"
						: "no fixed per-token price in force on " + day, m);
			}
		}
		List<Quotes.OwnCandidate> owns = ownCandidates(catalogue, eligible, m -> quality(m, scores, verdicts, standard),
				r.hardwareProfile(), currency, day, rates, leftOut);
		Quotes.Ranked ranked = Quotes.rank(apis, owns, terms, sensitivity.mayLeaveTheCompany());
		List<String> notConsidered = new ArrayList<>(leftOut.grouped());
		notConsidered.addAll(ranked.notConsidered());
		ranked = new Quotes.Ranked(ranked.options(), ranked.comparedWith(), notConsidered);
		Assumptions assumptions = new Assumptions(benchmark, category, scale,
				(currentModel != null) ? currentModel.canonicalName() : null,
				judged ? standard.describe()
						: "none: no floor and no current model given, every text chat model ranked with its score on "
								+ standard.scale(),
				r.qualityFloor(), sensitivity, r.maxTtftP99Ms(), r.maxItlP99Ms(), context, demand.peakToAverage(),
				r.hardwareProfile(), site.code(), day, share, lifeMonths, residualPercent, costOfCapitalPercent,
				horizon, utilisationPercent, precision.name(), currency.getCurrencyCode(), List.copyOf(rates),
				"chat models only; each at its creator's price, else its cheapest seller's for the workload's mix,"
						+ " fixed base-tier prices in force on the day, converted at the ECB rate of that day;"
						+ " own nodes sized only on measurements at " + precision.name());
		return new Quoted(demand, currency, assumptions, ranked, (r.limit() != null) ? r.limit() : 20);
	}

	/**
	 * Open models the catalogue describes, on every node (or the one asked) their GPU was
	 * measured on, profiles converted to the answer's currency.
	 */
	private static List<Quotes.OwnCandidate> ownCandidates(CatalogueSnapshot catalogue, List<Model> eligible,
			java.util.function.Function<Model, Quotes.Quality> quality, String onlyProfile, Currency currency,
			LocalDate day, Set<String> rates, LeftOut leftOut) {
		List<Quotes.OwnCandidate> candidates = new ArrayList<>();
		List<HardwareProfile> profiles = catalogue.hardwareProfiles()
			.stream()
			.filter(p -> onlyProfile == null || p.code().equals(onlyProfile))
			.toList();
		for (Model m : eligible) {
			if (!m.openWeights()) {
				continue;
			}
			if (m.parametersBillions() == null || m.layers() == null || m.kvHeads() == null || m.headDim() == null
					|| m.contextWindowTokens() == null) {
				leftOut.add("open weights, but the catalogue lacks its architecture (set it on the model's page)", m);
				continue;
			}
			boolean measured = false;
			for (HardwareProfile profile : profiles) {
				List<ThroughputMeasurement> measurements = catalogue.measurements(m.canonicalName(), profile.code());
				if (measurements.isEmpty()) {
					continue;
				}
				measured = true;
				FxRate rate = catalogue.rate(profile.currency(), currency, day).orElse(null);
				if (rate == null) {
					leftOut.add(noRate(profile.currency(), currency, day, "hardware profile " + profile.code()), m);
					continue;
				}
				if (rate.converts()) {
					rates.add(rate.describe());
				}
				candidates.add(new Quotes.OwnCandidate(m.canonicalName(), profile.code(), quality.apply(m),
						catalogue.catalogueNode(profile.code()).orElseThrow().in(rate).node(), measurements,
						catalogue.spec(m.canonicalName())));
			}
			if (!measured) {
				leftOut.add("open weights, but no throughput measured on "
						+ ((onlyProfile != null) ? onlyProfile : "any catalogued node"), m);
			}
		}
		return candidates;
	}

	/** A model's score and, when judged, its verdict, for the answer. */
	private static Quotes.Quality quality(Model m, Map<Long, QualityScore> scores, Map<Long, Adequacy.Verdict> verdicts,
			Adequacy.Standard standard) {
		Adequacy.Score score = QualityEvidence.of(scores.get(m.id()));
		Adequacy.Verdict verdict = verdicts.get(m.id());
		String evidence = (verdict != null) ? verdict.evidence()
				: (score != null) ? score.evidence() : "no score on " + standard.scale();
		return new Quotes.Quality(score, evidence);
	}

	private static String noRate(Currency from, Currency to, LocalDate day, String what) {
		return "no ECB rate from " + from.getCurrencyCode() + " to " + to.getCurrencyCode() + " on or before " + day
				+ " to convert " + what + " (import the ECB reference rates)";
	}

	private Currency currency(Map<String, String> refused, String code) {
		if (code == null) {
			return this.settings.reportingCurrency();
		}
		try {
			return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			refused.put("currency", "is not an ISO 4217 currency code: '" + ApiProblem.shortened(code) + "'");
			return null;
		}
	}

	private Precision precision(Map<String, String> refused, String name) {
		if (name == null) {
			return this.settings.precision();
		}
		try {
			// the names benchmark files write too: bf16, bfloat16, fp8_e4m3, awq …
			return Precision.parse(name);
		}
		catch (IllegalArgumentException ex) {
			refused.put("precision", "must be one of " + java.util.Arrays.toString(Precision.values()) + ", was '"
					+ ApiProblem.shortened(name) + "'");
			return null;
		}
	}

	/** Models left out, grouped by reason: "1,180 models: no quality score on MMLU". */
	private static final class LeftOut {

		private final Map<String, List<String>> byReason = new LinkedHashMap<>();

		void add(String reason, Model model) {
			this.byReason.computeIfAbsent(reason, k -> new ArrayList<>()).add(model.canonicalName());
		}

		List<String> grouped() {
			List<String> lines = new ArrayList<>();
			this.byReason.forEach((reason, names) -> lines.add(String.format(Locale.ROOT, "%,d model%s: %s (%s%s)",
					names.size(), (names.size() == 1) ? "" : "s", reason,
					String.join(", ", names.subList(0, Math.min(5, names.size()))), (names.size() > 5) ? ", …" : "")));
			return lines;
		}

	}

	private static void tokens(Map<String, String> refused, String field, Double value, boolean required) {
		if (value == null) {
			if (required) {
				refused.put(field, "is required");
			}
			return;
		}
		between(refused, field, value, 0, MAX_MONTHLY_TOKENS, true);
	}

	private static void between(Map<String, String> refused, String field, Double value, double min, double max,
			boolean inclusiveMin) {
		if (value == null) {
			return;
		}
		boolean aboveMin = inclusiveMin ? value >= min : value > min;
		if (!Double.isFinite(value) || !aboveMin || value > max) {
			refused.put(field, "must be a finite number from " + plain(min) + (inclusiveMin ? "" : " (exclusive)")
					+ " to " + plain(max) + ", was " + value);
		}
	}

	private static String plain(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	private static double orDefault(Double value, double fallback) {
		return (value != null) ? value : fallback;
	}

}
