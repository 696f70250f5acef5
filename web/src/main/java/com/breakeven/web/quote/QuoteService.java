package com.breakeven.web.quote;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import com.breakeven.pricing.HardwareProfile;
import com.breakeven.pricing.HardwareRepository;
import com.breakeven.pricing.Model;
import com.breakeven.pricing.ModelMode;
import com.breakeven.pricing.ModelRepository;
import com.breakeven.pricing.Price;
import com.breakeven.pricing.PriceRepository;
import com.breakeven.pricing.ProviderRepository;
import com.breakeven.pricing.QualityScore;
import com.breakeven.pricing.QualityScoreRepository;
import com.breakeven.simulator.shift.DataSensitivity;
import com.breakeven.tco.Demand;
import com.breakeven.tco.Finance;
import com.breakeven.tco.LatencySlo;
import com.breakeven.tco.Precision;
import com.breakeven.tco.ThroughputMeasurement;
import com.breakeven.web.api.ApiProblem;
import com.breakeven.web.scenario.CatalogueInputs;

/**
 * Quotes a workload from the catalogue: the price each API model would cost (its
 * creator's list price, else its cheapest seller's), every open model the catalogue can
 * size on every node it was measured on, and the hybrid, with the assumptions used.
 */
@Service
public class QuoteService {

	/**
	 * Life 4 years, 10 % residual, 8 % cost of capital, 36 months: the advise defaults.
	 */
	static final double LIFE_YEARS = 4;

	static final double RESIDUAL = 0.10;

	static final double COST_OF_CAPITAL = 0.08;

	static final int HORIZON_MONTHS = 36;

	static final double TARGET_UTILISATION = 0.8;

	private final ModelRepository models;

	private final ProviderRepository providers;

	private final PriceRepository prices;

	private final QualityScoreRepository quality;

	private final HardwareRepository hardware;

	private final CatalogueInputs catalogue;

	private final Clock clock;

	private final Currency currency;

	QuoteService(ModelRepository models, ProviderRepository providers, PriceRepository prices,
			QualityScoreRepository quality, HardwareRepository hardware, CatalogueInputs catalogue, Clock clock,
			@Value("${breakeven.reporting-currency:USD}") String currency) {
		this.models = models;
		this.providers = providers;
		this.prices = prices;
		this.quality = quality;
		this.hardware = hardware;
		this.catalogue = catalogue;
		this.clock = clock;
		this.currency = Currency.getInstance(currency);
	}

	/**
	 * The workload's assumptions with every default filled in.
	 */
	record Assumptions(String benchmark, Double qualityFloor, DataSensitivity sensitivity, Double maxTtftP99Ms,
			Double maxItlP99Ms, int contextTokens, double peakToAverage, String hostingProfile, LocalDate pricesOn,
			double hybridOwnShare, double lifeYears, double residualFraction, double costOfCapital, int horizonMonths,
			double targetUtilisation, String precision, String priceRule) {

	}

	record Quoted(Demand demand, Currency currency, Assumptions assumptions, Quotes.Ranked ranked, int limit) {

	}

	public Quoted quote(QuoteRequest r) {
		Map<String, String> refused = new LinkedHashMap<>();
		need(refused, "monthlyInputTokens", r.monthlyInputTokens());
		need(refused, "monthlyOutputTokens", r.monthlyOutputTokens());
		atLeast(refused, "monthlyCachedInputTokens", r.monthlyCachedInputTokens(), 0);
		atLeast(refused, "peakToAverage", r.peakToAverage(), 1);
		atLeast(refused, "maxTtftP99Ms", r.maxTtftP99Ms(), 0);
		atLeast(refused, "maxItlP99Ms", r.maxItlP99Ms(), 0);
		if (r.contextTokens() != null && r.contextTokens() < 0) {
			refused.put("contextTokens", "must be 0 or more, was " + r.contextTokens());
		}
		if (r.hybridOwnShare() != null && (r.hybridOwnShare() <= 0 || r.hybridOwnShare() >= 1)) {
			refused.put("hybridOwnShare", "must be between 0 and 1 (exclusive), was " + r.hybridOwnShare());
		}
		if (r.limit() != null && (r.limit() < 1 || r.limit() > 500)) {
			refused.put("limit", "must be 1 to 500, was " + r.limit());
		}
		String hostingCode = (r.hostingProfile() != null) ? r.hostingProfile()
				: this.hardware.findAllHostingProfiles().stream().findFirst().map(h -> h.code()).orElse(null);
		if (hostingCode == null || this.hardware.findHostingProfile(hostingCode).isEmpty()) {
			refused.put("hostingProfile", "no hosting profile '" + hostingCode + "' in the catalogue");
		}
		String benchmark = (r.benchmark() != null) ? r.benchmark() : this.quality.mostScoredBenchmark().orElse(null);
		Map<Long, Double> scores = new HashMap<>();
		for (QualityScore score : this.quality.latest()) {
			if (score.benchmark().equals(benchmark)) {
				scores.put(score.modelId(), score.score().doubleValue());
			}
		}
		if (r.qualityFloor() != null && scores.isEmpty()) {
			refused.put("benchmark", "no model is scored on '" + benchmark + "'");
		}
		if (!refused.isEmpty()) {
			throw ApiProblem.unprocessable("the workload cannot be quoted: " + refused, refused);
		}

		Demand demand = new Demand(r.monthlyInputTokens(), orDefault(r.monthlyCachedInputTokens(), 0),
				r.monthlyOutputTokens(), orDefault(r.peakToAverage(), 2));
		DataSensitivity sensitivity = (r.sensitivity() != null) ? r.sensitivity() : DataSensitivity.INTERNAL;
		int context = (r.contextTokens() != null) ? r.contextTokens() : 0;
		LocalDate day = (r.pricesOn() != null) ? r.pricesOn() : LocalDate.now(this.clock);
		double share = orDefault(r.hybridOwnShare(), 0.7);
		Finance finance = new Finance(this.currency, LIFE_YEARS, RESIDUAL, COST_OF_CAPITAL, HORIZON_MONTHS);
		Quotes.Terms terms = new Quotes.Terms(demand,
				new LatencySlo(orDefault(r.maxTtftP99Ms(), Double.POSITIVE_INFINITY),
						orDefault(r.maxItlP99Ms(), Double.POSITIVE_INFINITY)),
				this.catalogue.hosting(hostingCode), finance, Precision.FP8, TARGET_UTILISATION, share);

		// chat models only: a workload of prompts and answers cannot move to an
		// embedding,
		// audio or image model
		List<Model> eligible = this.models.findAll()
			.stream()
			.filter(m -> m.mode() == null || m.mode() == ModelMode.CHAT || m.mode() == ModelMode.COMPLETION)
			.filter(m -> r.qualityFloor() == null
					|| (scores.containsKey(m.id()) && scores.get(m.id()) >= r.qualityFloor()))
			.filter(m -> context == 0 || (m.contextWindowTokens() != null && m.contextWindowTokens() >= context))
			.toList();
		Quotes.Ranked ranked = Quotes.rank(apiCandidates(eligible, scores, day), ownCandidates(eligible, scores), terms,
				sensitivity.mayLeaveTheCompany());
		Assumptions assumptions = new Assumptions(benchmark, r.qualityFloor(), sensitivity, r.maxTtftP99Ms(),
				r.maxItlP99Ms(), context, demand.peakToAverage(), hostingCode, day, share, LIFE_YEARS, RESIDUAL,
				COST_OF_CAPITAL, HORIZON_MONTHS, TARGET_UTILISATION, Precision.FP8.name(),
				"chat models only; API models at their creator's list price, else the cheapest seller's non-zero"
						+ " price, in force on the day");
		return new Quoted(demand, this.currency, assumptions, ranked, (r.limit() != null) ? r.limit() : 20);
	}

	/**
	 * Each eligible model's buying price on the day: its creator's, else the cheapest
	 * seller's (input plus output per million tokens), in the quote's currency.
	 */
	private List<Quotes.ApiCandidate> apiCandidates(List<Model> eligible, Map<Long, Double> scores, LocalDate day) {
		Map<Long, List<Price>> byModel = this.prices.inForceOn(day)
			.stream()
			.filter(p -> p.contextAboveTokens() == 0 && p.currency().equals(this.currency))
			.filter(p -> p.inputPerMtok() != null && p.outputPerMtok() != null && !p.dynamic())
			// a zero list price is a free tier or a feed's placeholder, not what a
			// production workload would pay
			.filter(p -> p.inputPerMtok().signum() > 0 || p.outputPerMtok().signum() > 0)
			.collect(Collectors.groupingBy(Price::modelId));
		Map<Long, String> sellers = new HashMap<>();
		this.providers.findAll().forEach(p -> sellers.put(p.id(), p.code()));
		List<Quotes.ApiCandidate> candidates = new ArrayList<>();
		for (Model m : eligible) {
			List<Price> offered = byModel.get(m.id());
			if (offered == null) {
				continue;
			}
			Price chosen = offered.stream()
				.filter(p -> p.providerId() == m.creatorProviderId())
				.findFirst()
				.orElseGet(() -> offered.stream()
					.min(Comparator.comparing((Price p) -> p.inputPerMtok().add(p.outputPerMtok())))
					.orElseThrow());
			candidates.add(new Quotes.ApiCandidate(m.canonicalName(), sellers.get(chosen.providerId()),
					CatalogueInputs.pricing(chosen), scores.get(m.id())));
		}
		return candidates;
	}

	/** Open models the catalogue describes, on every node their GPU was measured on. */
	private List<Quotes.OwnCandidate> ownCandidates(List<Model> eligible, Map<Long, Double> scores) {
		List<Quotes.OwnCandidate> candidates = new ArrayList<>();
		List<HardwareProfile> profiles = this.hardware.findAllHardwareProfiles();
		for (Model m : eligible) {
			if (!m.openWeights() || m.parametersBillions() == null || m.layers() == null || m.kvHeads() == null
					|| m.headDim() == null || m.contextWindowTokens() == null) {
				continue;
			}
			for (HardwareProfile profile : profiles) {
				List<ThroughputMeasurement> measured = this.catalogue.measurements(m.canonicalName(), profile.code());
				if (!measured.isEmpty() && profile.currency().equals(this.currency)) {
					candidates.add(new Quotes.OwnCandidate(m.canonicalName(), profile.code(), scores.get(m.id()),
							this.catalogue.node(profile.code()), measured, this.catalogue.spec(m.canonicalName())));
				}
			}
		}
		return candidates;
	}

	private static void need(Map<String, String> refused, String field, Double value) {
		if (value == null) {
			refused.put(field, "is required");
		}
		else {
			atLeast(refused, field, value, 0);
		}
	}

	private static void atLeast(Map<String, String> refused, String field, Double value, double min) {
		if (value != null && (value.isNaN() || value < min)) {
			refused.put(field, "must be " + BigDecimal.valueOf(min).stripTrailingZeros().toPlainString()
					+ " or more, was " + value);
		}
	}

	private static double orDefault(Double value, double fallback) {
		return (value != null) ? value : fallback;
	}

}
