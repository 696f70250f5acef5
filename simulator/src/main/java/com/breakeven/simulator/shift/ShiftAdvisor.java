package com.breakeven.simulator.shift;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import com.breakeven.tco.ApiPricing;
import com.breakeven.tco.BreakEven;
import com.breakeven.tco.Evaluation;
import com.breakeven.tco.Formulas;
import com.breakeven.tco.Payback;
import com.breakeven.tco.Scenario;
import com.breakeven.tco.TcoEngine;

/**
 * Where each workload should run: the cheaper API models that meet its quality floor,
 * context and data class, with the monthly saving at its real volume; whether own
 * hardware beats the best of them at that volume, and from which volume it would; and one
 * ranked list across all workloads.
 */
public final class ShiftAdvisor {

	/** A quality margin this small above the floor is worth a warning. */
	private static final double THIN_MARGIN = 2;

	private ShiftAdvisor() {
	}

	/**
	 * @param workloads the workloads
	 * @param apiModels the API models with prices, contexts and quality scores (the
	 * workloads' current models among them)
	 * @param ownOptions open models on own hardware
	 */
	public static Advice advise(List<Workload> workloads, List<ApiModel> apiModels, List<OwnOption> ownOptions) {
		return advise(workloads, workload -> apiModels, ownOptions);
	}

	/**
	 * @param workloads the workloads
	 * @param apiModelsFor the API models each workload could use, priced for its mix,
	 * batch share and account
	 * @param ownOptions open models on own hardware
	 */
	public static Advice advise(List<Workload> workloads, Function<Workload, List<ApiModel>> apiModelsFor,
			List<OwnOption> ownOptions) {
		return advise(workloads, apiModelsFor, workload -> ownOptions);
	}

	/**
	 * @param workloads the workloads
	 * @param apiModelsFor the API models each workload could use, priced for its mix,
	 * batch share and account, scored in its category
	 * @param ownOptionsFor the open models on own hardware each workload could use,
	 * scored in its category
	 */
	public static Advice advise(List<Workload> workloads, Function<Workload, List<ApiModel>> apiModelsFor,
			Function<Workload, List<OwnOption>> ownOptionsFor) {
		List<WorkloadAdvice> perWorkload = new ArrayList<>();
		List<Recommendation> ranked = new ArrayList<>();
		for (Workload workload : workloads) {
			WorkloadAdvice advice = advise(workload, apiModelsFor.apply(workload), ownOptionsFor.apply(workload));
			perWorkload.add(advice);
			advice.bestApiSwitch().ifPresent(ranked::add);
			advice.ownHardware().flatMap(OwnVerdict::recommendation).ifPresent(ranked::add);
		}
		// required moves first, then by saving
		ranked.sort(Comparator.comparing((Recommendation r) -> r.monthlySavings() >= 0)
			.thenComparing(Comparator.comparingDouble(Recommendation::monthlySavings).reversed()));
		return new Advice(perWorkload, ranked);
	}

	/**
	 * One workload's advice: the API models that meet its floor, context and data class
	 * for less than it pays today, cheapest first (the one rule of "cheapest adequate"),
	 * and the best own-hardware option.
	 */
	public static WorkloadAdvice advise(Workload workload, List<ApiModel> apiModels, List<OwnOption> ownOptions) {
		if (workload.currentPricing() == null && workload.currentSeller() != null) {
			// its own seller's price is missing: another seller's would misstate its bill
			return new WorkloadAdvice(workload, Double.NaN, null, List.of(), Optional.empty(),
					List.of("no usable price of " + workload.currentModel() + " from " + workload.currentSeller()
							+ " (the seller its usage shows) on the day"
							+ ((workload.unpricedReason() != null) ? ": " + workload.unpricedReason() + ";" : ":")
							+ " nothing to compare against"));
		}
		Optional<ApiModel> current = (workload.currentPricing() != null)
				? Optional.of(new ApiModel(workload.currentModel(), family(workload.currentModel(), apiModels),
						workload.currentPricing(), Integer.MAX_VALUE, null, workload.currentSeller()))
				: apiModels.stream().filter(m -> m.model().equals(workload.currentModel())).findFirst();
		if (current.isEmpty()) {
			return new WorkloadAdvice(workload, Double.NaN, null, List.of(), Optional.empty(),
					List.of(workload.currentModel() + " is not in the price catalogue: nothing to compare against"));
		}
		if (!current.get().pricing().billsAudioOf(workload.demand())) {
			return new WorkloadAdvice(workload, Double.NaN, null, List.of(), Optional.empty(),
					List.of("the price of " + workload.currentModel() + " has no audio price for its audio tokens"
							+ " (never priced as text): nothing to compare against"));
		}
		double currentCost = monthly(current.get().pricing(), workload);
		List<String> notes = new ArrayList<>();
		List<String> unscored = new ArrayList<>();
		List<Candidate> cheaper = new ArrayList<>();
		for (ApiModel model : apiModels) {
			// the same model from the same seller is where it runs: no move
			if (model == current.get() || (model.model().equals(workload.currentModel())
					&& (model.seller() == null || model.seller().equals(workload.currentSeller())))) {
				continue;
			}
			if (!model.pricing().billsAudioOf(workload.demand())) {
				// a model whose seller states no audio price cannot carry audio tokens
				continue;
			}
			Adequacy.Verdict verdict = model.judgedFor(workload);
			if (verdict.status() == Adequacy.Status.NOT_JUDGED) {
				if (model.quality() == null) {
					unscored.add(model.model());
				}
				continue;
			}
			if (!verdict.adequate() || !workload.fits(model.contextWindow())
					|| !workload.sensitivity().mayLeaveTheCompany()) {
				continue;
			}
			double cost = monthly(model.pricing(), workload);
			if (cost < currentCost) {
				cheaper.add(new Candidate(model, cost, currentCost - cost,
						risk(current.get().family(), model.family(), verdict), verdict));
			}
		}
		if (!workload.quality().judgeable()) {
			notes.add(workload.quality().whyNoneCanBeJudged());
		}
		else if (!unscored.isEmpty()) {
			// one line for all of them: a catalogue of hundreds of models has hundreds
			notes.add(String.format(Locale.ROOT, "%,d model%s not judged, no score on %s: %s%s", unscored.size(),
					(unscored.size() == 1) ? "" : "s", workload.quality().scale(),
					String.join(", ", unscored.subList(0, Math.min(5, unscored.size()))),
					(unscored.size() > 5) ? ", …" : ""));
		}
		cheaper.sort(Comparator.comparingDouble(Candidate::monthlyCost));
		ApiModel bestApi = cheaper.isEmpty() ? current.get() : cheaper.get(0).model();
		double bestApiCost = cheaper.isEmpty() ? currentCost : cheaper.get(0).monthlyCost();
		Optional<OwnVerdict> own = Optional.empty();
		if (workload.demand().monthlyAudioTokens() > 0) {
			// an open model on own hardware is measured on text tokens: audio is no
			// workload it is sized for
			notes.add("audio tokens: no own-hardware option, the measured open models take text");
		}
		else {
			own = ownHardware(workload, current.get(), currentCost, bestApi, bestApiCost, ownOptions);
		}
		return new WorkloadAdvice(workload, currentCost, current.get().pricing().currency(), cheaper, own, notes);
	}

	private static Optional<OwnVerdict> ownHardware(Workload workload, ApiModel current, double currentCost,
			ApiModel bestApi, double bestApiCost, List<OwnOption> ownOptions) {
		OwnVerdict best = null;
		for (OwnOption option : ownOptions) {
			Adequacy.Verdict quality = option.judgedFor(workload);
			if (!quality.adequate() || !workload.fits(option.contextWindow())) {
				continue;
			}
			Scenario scenario = new Scenario(bestApi.pricing(), workload.demand(), workload.slo(), option.node(),
					option.measurements(), option.hosting(), option.finance(), option.spec(), option.precision(),
					option.targetUtilisation());
			Evaluation evaluation = TcoEngine.evaluate(scenario);
			if (!(evaluation instanceof Evaluation.Evaluated evaluated)) {
				continue;
			}
			double ownMonthly = evaluated.selfHostedMonthly().total();
			// a restricted workload on an external API must move whatever it costs
			boolean required = !workload.sensitivity().mayLeaveTheCompany();
			double comparedWith = required ? currentCost : bestApiCost;
			String against = required ? current.model() : bestApi.model();
			OwnVerdict verdict = new OwnVerdict(workload.name(), workload.currentModel(), currentCost, option,
					ownMonthly, comparedWith, against, evaluated.breakEven(), evaluated.payback(),
					evaluated.measurement().source(), required, quality);
			if (best == null || verdict.ownMonthly() < best.ownMonthly()) {
				best = verdict;
			}
		}
		return Optional.ofNullable(best);
	}

	private static String family(String model, List<ApiModel> apiModels) {
		return apiModels.stream().filter(m -> m.model().equals(model)).map(ApiModel::family).findFirst().orElse(model);
	}

	private static double monthly(ApiPricing pricing, Workload workload) {
		return Formulas.apiMonthlyCost(pricing, workload.demand()).total();
	}

	/**
	 * A family as the risk sentence names it: a model without a family of its own is its
	 * own family, named by its canonical name; its maker's prefix is left out so that
	 * both sides read alike ("gpt-4o → gpt-oss-20b", not "gpt-4o → openai/gpt-oss-20b").
	 */
	static String familyInWords(String family) {
		return family.substring(family.indexOf('/') + 1);
	}

	private static String risk(String fromFamily, String toFamily, Adequacy.Verdict verdict) {
		String switching = fromFamily.equals(toFamily)
				? "same model family: low switching risk; re-run the evaluation set before switching"
				: "different model family (" + familyInWords(fromFamily) + " → " + familyInWords(toFamily)
						+ "): prompts, tools and output formats need re-validation";
		Adequacy.Standard standard = verdict.standard();
		double score = verdict.candidate().value();
		if (standard.floor() != null) {
			return (score - standard.floor() < THIN_MARGIN) ? switching + String.format(Locale.ROOT,
					"; quality %,.1f is within %.0f points of the floor %,.1f", score, THIN_MARGIN, standard.floor())
					: switching;
		}
		return (score < standard.current().value()) ? switching + String.format(Locale.ROOT,
				"; its score %,.1f is below %s's %,.1f, within the uncertainty: test it on your own prompts", score,
				standard.currentModel(), standard.current().value()) : switching;
	}

	/**
	 * @param perWorkload what each workload could do
	 * @param ranked the moves worth making across all workloads: required ones first,
	 * then by monthly saving
	 */
	public record Advice(List<WorkloadAdvice> perWorkload, List<Recommendation> ranked) {

		public Advice {
			perWorkload = List.copyOf(perWorkload);
			ranked = List.copyOf(ranked);
		}

		/**
		 * The monthly saving if every workload makes its move
		 * ({@link WorkloadAdvice#move()}): Σ of each move's saving, a required move
		 * counting with its (negative) saving; 0 when none moves.
		 */
		public double totalMonthlySaving() {
			totalCurrency();
			return this.perWorkload.stream()
				.map(WorkloadAdvice::move)
				.flatMap(Optional::stream)
				.mapToDouble(Recommendation::monthlySavings)
				.sum();
		}

		/**
		 * The currency of {@link #totalMonthlySaving()}: the one currency of the moves,
		 * empty when none moves.
		 * @throws IllegalStateException when moves are priced in more than one currency
		 * (they are summed, and two currencies are never added)
		 */
		public Optional<Currency> totalCurrency() {
			List<Currency> currencies = this.perWorkload.stream()
				.map(WorkloadAdvice::move)
				.flatMap(Optional::stream)
				.map(Recommendation::currency)
				.distinct()
				.toList();
			if (currencies.size() > 1) {
				throw new IllegalStateException(
						"moves are priced in " + currencies + ": convert them to one currency" + " before summing");
			}
			return currencies.stream().findFirst();
		}

	}

	/**
	 * @param workload the workload
	 * @param currentMonthlyCost its month on the current model ({@code NaN} when
	 * unpriced)
	 * @param currency of the monthly costs ({@code null} when unpriced)
	 * @param cheaperApis API models that meet its needs for less, cheapest first
	 * @param ownHardware the cheapest own-hardware option that meets its needs, if any
	 * @param notes what was left out and why
	 */
	public record WorkloadAdvice(Workload workload, double currentMonthlyCost, Currency currency,
			List<Candidate> cheaperApis, Optional<OwnVerdict> ownHardware, List<String> notes) {

		public WorkloadAdvice {
			cheaperApis = List.copyOf(cheaperApis);
			notes = List.copyOf(notes);
		}

		/**
		 * The one move this workload makes: a required move first, else the larger saving
		 * of the cheapest adequate API and own hardware; empty when it stays.
		 */
		public Optional<Recommendation> move() {
			Optional<Recommendation> own = this.ownHardware.flatMap(OwnVerdict::recommendation);
			Optional<Recommendation> api = bestApiSwitch();
			if (own.isPresent() && (own.get().monthlySavings() < 0 || api.isEmpty()
					|| own.get().monthlySavings() > api.get().monthlySavings())) {
				return own;
			}
			return api;
		}

		/** Why the workload stays where it runs, when it makes no move. */
		public Optional<String> whyItStays() {
			if (move().isPresent()) {
				return Optional.empty();
			}
			if (Double.isNaN(this.currentMonthlyCost)) {
				return Optional.of(String.join("; ", this.notes));
			}
			if (!this.workload.quality().judgeable()) {
				return Optional.of(this.workload.quality().whyNoneCanBeJudged());
			}
			String money = String.format(Locale.ROOT, "%,.0f %s a month", this.currentMonthlyCost,
					this.currency.getCurrencyCode());
			String api = this.workload.sensitivity().mayLeaveTheCompany()
					? "no API model that is adequate (" + this.workload.quality().describe() + ") and fits its context"
							+ " costs less than the " + money + " on " + this.workload.currentModel()
					: "restricted data may not leave the company, and no adequate open model on own hardware could be"
							+ " sized";
			String own = this.ownHardware
				.map(v -> String.format(Locale.ROOT,
						"; own hardware (%s on %s) costs %,.0f %s a month, more than %,.0f on %s", v.option().model(),
						v.option().hardware(), v.ownMonthly(), v.option().finance().currency().getCurrencyCode(),
						v.apiMonthly(), v.comparedWith()))
				.orElse(this.workload.sensitivity().mayLeaveTheCompany()
						? "; no adequate open model measured on the node" : "");
			return Optional.of(api + own);
		}

		/** The cheapest adequate API, as a recommendation. */
		public Optional<Recommendation> bestApiSwitch() {
			if (this.cheaperApis.isEmpty()) {
				return Optional.empty();
			}
			Candidate best = this.cheaperApis.get(0);
			String from = (this.workload.currentSeller() != null)
					? this.workload.currentModel() + " at " + this.workload.currentSeller()
					: this.workload.currentModel();
			return Optional.of(
					new Recommendation(this.workload.name(), from, best.model().label(), best.model().model(), false,
							best.monthlySaving(), best.model().pricing().currency(),
							String
								.format(Locale.ROOT, "adequate: %s%s; %,.0f %s a month instead of %,.0f",
										best.quality().reason(),
										// a context the workload does not state is no
										// evidence
										(this.workload.contextTokens() > 0)
												? String.format(Locale.ROOT, "; fits the context (%,d ≥ %,d tokens)",
														best.model().contextWindow(), this.workload.contextTokens())
												: "",
										best.monthlyCost(), best.model().pricing().currency().getCurrencyCode(),
										this.currentMonthlyCost),
							best.risk(), this.currentMonthlyCost, best.quality().evidence(), best.model().seller()));
		}

	}

	/**
	 * @param model the cheaper API model
	 * @param monthlyCost the workload's month on it
	 * @param monthlySaving against the current model
	 * @param risk the one-off risk of switching
	 * @param quality why it is adequate, with its evidence
	 */
	public record Candidate(ApiModel model, double monthlyCost, double monthlySaving, String risk,
			Adequacy.Verdict quality) {

	}

	/**
	 * @param workload the workload's name
	 * @param currentModel where it runs today
	 * @param currentMonthly its month there
	 * @param option the open model on own hardware
	 * @param ownMonthly the month on own hardware, capital included
	 * @param apiMonthly the month on the API it is compared with
	 * @param comparedWith that API model
	 * @param breakEven the volume from which own hardware costs no more than that API
	 * @param payback when the hardware pays back against that API
	 * @param measurement the throughput measurement the nodes were sized from
	 * @param required whether the data class requires own hardware whatever it costs
	 * @param quality why the open model is adequate, with its evidence
	 */
	public record OwnVerdict(String workload, String currentModel, double currentMonthly, OwnOption option,
			double ownMonthly, double apiMonthly, String comparedWith, BreakEven breakEven, Payback payback,
			String measurement, boolean required, Adequacy.Verdict quality) {

		public boolean beatsTheApi() {
			return this.ownMonthly < this.apiMonthly;
		}

		/** The move to own hardware, when it is required or beats the API. */
		public Optional<Recommendation> recommendation() {
			if (!this.required && !beatsTheApi()) {
				return Optional.empty();
			}
			String volume = (this.breakEven instanceof BreakEven.AtVolume at)
					? String.format(Locale.ROOT, "own hardware matches the API from %,.0f tokens a month (%d nodes)",
							at.monthlyTokens(), at.nodes())
					: "own hardware never matches the API: " + ((BreakEven.Never) this.breakEven).reason();
			String reason = (this.required ? "restricted data may not leave the company; " : "") + "adequate: "
					+ this.quality.reason() + "; "
					+ String.format(Locale.ROOT, "%,.0f %s a month on %s (capital included) against %,.0f on %s; %s",
							this.ownMonthly, this.option.finance().currency().getCurrencyCode(), this.option.hardware(),
							this.apiMonthly, this.comparedWith, volume)
					+ ((this.measurement != null) ? "; sized from " + this.measurement : "");
			String payback = (this.payback instanceof Payback.InMonth in)
					? "; the hardware pays back in month " + in.month() : "";
			return Optional.of(new Recommendation(this.workload, this.currentModel,
					this.option.model() + " on " + this.option.hardware(), this.option.model(), true,
					this.currentMonthly - this.ownMonthly, this.option.finance().currency(), reason + payback,
					"self-hosting: operations, capacity planning and model updates become yours", this.currentMonthly,
					this.quality.evidence()));
		}

	}

}
