package com.breakeven.web.scenario;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.breakeven.simulator.montecarlo.MonteCarloResult;
import com.breakeven.simulator.projection.Projection;
import com.breakeven.simulator.projection.Strategy;
import com.breakeven.simulator.projection.StrategyMeasures;
import com.breakeven.tco.BreakEven;
import com.breakeven.tco.Irr;
import com.breakeven.tco.Payback;
import com.breakeven.web.api.ApiNumbers;
import com.breakeven.web.api.ApiPage;
import com.breakeven.web.api.ApiProblem;

import static com.breakeven.web.api.ApiNumbers.money;
import static com.breakeven.web.api.ApiNumbers.rate;

/**
 * Scenarios over {@code /api/v1}: list, read, create, replace, delete, evaluate (with or
 * without the Monte Carlo, any seed) and compare. A scenario's body is the editor's form
 * as JSON: rates in percent, amounts in the currency of the catalogue rows it names.
 */
@RestController
@Tag(name = "scenarios")
@RequestMapping("/api/v1/scenarios")
class ScenarioApiController {

	private static final String SCENARIO_ID = "Scenario id, as the list and create answer it.";

	private final ScenarioStore store;

	private final ScenarioRunner runner;

	private final Validator validator;

	ScenarioApiController(ScenarioStore store, ScenarioRunner runner, Validator validator) {
		this.store = store;
		this.runner = runner;
		this.validator = validator;
	}

	record ScenarioListItem(@Schema(description = "Scenario id.", example = "1") long id,
			@Schema(description = "Unique name.", example = "Helpdesk: GPT-4o or Llama 3.3 70B on H100") String name,
			@Schema(description = "What the scenario is for.") String description,
			@Schema(description = "The real workload its volumes came from, or empty.",
					example = "helpdesk on openai/gpt-4o") String workload,
			@Schema(description = "Id of the scenario it was cloned from; absent when none.") Long clonedFrom,
			@Schema(description = "Last change, ISO 8601 instant (UTC).",
					example = "2026-11-30T10:15:30Z") Instant updatedAt) {

	}

	record ScenarioView(@Schema(description = "Scenario id.", example = "1") long id,
			@Schema(description = "Id of the scenario it was cloned from; absent when none.") Long clonedFrom,
			@Schema(description = "Last change, ISO 8601 instant (UTC).",
					example = "2026-11-30T10:15:30Z") Instant updatedAt,
			@Schema(description = "Every input, as the editor shows it.") ScenarioForm scenario) {

	}

	@GetMapping
	ApiPage<ScenarioListItem> list(
			@Parameter(description = ApiPage.PAGE_PARAMETER,
					example = "0") @RequestParam(required = false) Integer page,
			@Parameter(description = ApiPage.SIZE_PARAMETER,
					example = "50") @RequestParam(required = false) Integer size) {
		return ApiPage.of(this.store.findAll()
			.stream()
			.map(s -> new ScenarioListItem(s.id(), s.name(), s.form().description(), s.form().workload(),
					s.clonedFrom(), s.updatedAt()))
			.toList(), page, size);
	}

	@GetMapping("/{id}")
	ScenarioView read(@Parameter(description = SCENARIO_ID, example = "1") @PathVariable long id) {
		ScenarioStore.Saved saved = saved(id);
		return new ScenarioView(saved.id(), saved.clonedFrom(), saved.updatedAt(), saved.form());
	}

	/** Checked as the editor checks it; answered 201 with its address. */
	@PostMapping
	ResponseEntity<ScenarioView> create(@RequestBody ScenarioForm form) {
		check(form);
		long id;
		try {
			id = this.store.create(form, null);
		}
		catch (ScenarioStore.DuplicateNameException ex) {
			throw ApiProblem.conflict("a scenario is already named '" + form.name() + "'", "name");
		}
		return ResponseEntity.created(URI.create("/api/v1/scenarios/" + id)).body(read(id));
	}

	@PutMapping("/{id}")
	ScenarioView replace(@Parameter(description = SCENARIO_ID, example = "1") @PathVariable long id,
			@RequestBody ScenarioForm form) {
		saved(id);
		check(form);
		try {
			this.store.update(id, form);
		}
		catch (ScenarioStore.DuplicateNameException ex) {
			throw ApiProblem.conflict("another scenario is already named '" + form.name() + "'", "name");
		}
		return read(id);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@Parameter(description = SCENARIO_ID, example = "1") @PathVariable long id) {
		saved(id);
		this.store.delete(id);
		return ResponseEntity.noContent().build();
	}

	/**
	 * One strategy's measures, each computed once by the simulator
	 * ({@code Projection.measures}); money in the evaluation's currency.
	 *
	 * @param label the strategy in words
	 * @param totalCost everything it costs over the horizon, book value of owned nodes
	 * deducted
	 * @param firstMonthCost its first month of operation (for the current API: the
	 * workload's bill at today's volume and prices)
	 * @param capex hardware bought over the horizon (refreshes and growth included)
	 * @param upfrontCapex hardware bought before the first month
	 * @param monthlyOpex everything but hardware in its first full month of operation
	 * @param costPerMillionTokens total cost over the horizon per million tokens served,
	 * in {@code currency} per 1,000,000 tokens
	 * @param npv what the strategy is worth against staying on the current API,
	 * discounted at the cost of capital
	 * @param npvAgainstCurrentApi the same as {@code npv} (kept for existing clients)
	 * @param irr the savings' internal rate of return
	 * @param payback when cumulative savings cover what it cost, or why never
	 * @param paybackMonth {@code payback.month} (kept for existing clients)
	 * @param breakEvenMonthlyTokens the monthly volume from which it stays no dearer than
	 * the current API and than the cheapest adequate API
	 */
	record StrategyView(
			@Schema(description = "Strategy code: ALL_API, CHEAPEST_API, SELF_HOSTED, HYBRID or RENTED_GPUS.",
					example = "SELF_HOSTED") String strategy,
			@Schema(description = "The strategy in words.", example = "All self-hosted") String label,
			@Schema(description = "Everything it costs over the horizon, book value of owned nodes deducted, in the evaluation's currency (decimal string).",
					example = "250000.00") String totalCost,
			@Schema(description = "Its first month of operation, in the evaluation's currency (decimal string).",
					example = "9000.00") String firstMonthCost,
			@Schema(description = "Hardware bought over the horizon (refreshes and growth included), in the evaluation's currency (decimal string).",
					example = "300000.00") String capex,
			@Schema(description = "Hardware bought before the first month, in the evaluation's currency (decimal string).",
					example = "300000.00") String upfrontCapex,
			@Schema(description = "Everything but hardware in its first full month of operation, in the evaluation's currency (decimal string).",
					example = "4000.00") String monthlyOpex,
			@Schema(description = "Total cost over the horizon per million tokens served, in the evaluation's currency per million tokens (decimal string).",
					example = "0.55") String costPerMillionTokens,
			@Schema(description = "Net present value against staying on the current API, discounted at the cost of capital, in the evaluation's currency (decimal string).",
					example = "120000.00") String npv,
			@Schema(description = "Same as npv, in the evaluation's currency (kept for existing clients).",
					example = "120000.00") String npvAgainstCurrentApi,
			@Schema(description = "Internal rate of return of the savings.") IrrView irr,
			@Schema(description = "When cumulative savings cover what it cost, or why never.") PaybackView payback,
			@Schema(description = "payback.month, 1-based month (kept for existing clients); absent when never.",
					example = "14") Integer paybackMonth,
			@Schema(description = "Monthly volumes from which it stays no dearer than the current and the cheapest adequate API.") BreakEvenViews breakEvenMonthlyTokens) {

	}

	/**
	 * @param annualPercent the rate a year, in percent; absent when undefined
	 * @param monthlyPercent the rate a month, in percent; absent when undefined
	 * @param reason why there is no single rate; absent when there is one
	 */
	record IrrView(
			@Schema(description = "Rate a year, percent (decimal string); absent when undefined.",
					example = "35.2") String annualPercent,
			@Schema(description = "Rate a month, percent (decimal string); absent when undefined.",
					example = "2.55") String monthlyPercent,
			@Schema(description = "Why there is no single rate; absent when there is one.") String reason) {

		static IrrView of(Irr irr) {
			if (irr instanceof Irr.Rate r) {
				return new IrrView(rate(r.annual() * 100), rate(r.monthly() * 100), null);
			}
			return new IrrView(null, null, ((Irr.Undefined) irr).reason());
		}

	}

	/**
	 * @param month the 1-based month it pays back in; absent when never
	 * @param why OPEX_EXCEEDS_API (a longer horizon will not help), NOT_WITHIN_HORIZON,
	 * NOT_A_MOVE; absent when it pays back
	 * @param reason in words
	 */
	record PaybackView(
			@Schema(description = "1-based month it pays back in; absent when never.", example = "14") Integer month,
			@Schema(description = "Why never: OPEX_EXCEEDS_API (a longer horizon will not help), NOT_WITHIN_HORIZON or NOT_A_MOVE; absent when it pays back.") String why,
			@Schema(description = "The payback in words.") String reason) {

		static PaybackView of(Payback payback) {
			if (payback instanceof Payback.InMonth in) {
				return new PaybackView(in.month(), null, in.reason());
			}
			Payback.Never never = (Payback.Never) payback;
			return new PaybackView(null, never.why().name(), never.reason());
		}

	}

	/**
	 * @param againstCurrentApi from which volume it stays no dearer than the current API
	 * @param againstCheapestApi from which volume it stays no dearer than the cheapest
	 * adequate API
	 */
	record BreakEvenViews(@Schema(
			description = "Volume from which it stays no dearer than the current API.") BreakEvenView againstCurrentApi,
			@Schema(description = "Volume from which it stays no dearer than the cheapest adequate API.") BreakEvenView againstCheapestApi) {

	}

	/**
	 * @param monthlyTokens tokens a month, in today's mix; absent when there is none
	 * @param nodes nodes at that volume
	 * @param reason why there is none; absent when there is one
	 */
	record BreakEvenView(@Schema(
			description = "Tokens a month in today's mix, tokens per month (integer string); absent when there is none.",
			example = "2500000000") String monthlyTokens,
			@Schema(description = "Nodes needed at that volume, a count.", example = "1") Integer nodes,
			@Schema(description = "Why there is none; absent when there is one.") String reason) {

		static BreakEvenView of(BreakEven breakEven) {
			if (breakEven instanceof BreakEven.AtVolume at) {
				return new BreakEvenView(ApiNumbers.plain(BigDecimal.valueOf(Math.round(at.monthlyTokens()))),
						at.nodes(), null);
			}
			return new BreakEvenView(null, null, ((BreakEven.Never) breakEven).reason());
		}

	}

	/**
	 * @param probabilityOfPayback share of trials that pay back within the horizon, 0 to
	 * 1
	 */
	record UncertaintyView(@Schema(description = "Strategy code.", example = "SELF_HOSTED") String strategy, @Schema(
			description = "10th percentile of the NPV over the trials, in the evaluation's currency (decimal string).",
			example = "40000.00") String npvP10,
			@Schema(description = "Median NPV over the trials, in the evaluation's currency (decimal string).",
					example = "120000.00") String npvP50,
			@Schema(description = "90th percentile of the NPV over the trials, in the evaluation's currency (decimal string).",
					example = "190000.00") String npvP90,
			@Schema(description = "Share of trials that pay back within the horizon, a fraction from 0 to 1 (decimal string).",
					example = "0.82") String probabilityOfPayback) {

	}

	/**
	 * @param nodesInMonthOne nodes the self-hosted strategy buys first
	 * @param measurement the throughput measurement nodes were sized from
	 * @param monteCarlo per strategy; empty when run without it or nothing is uncertain
	 * @param currentPrice the current API's price: its seller and why, terms, conversion
	 * @param alternativePrice the alternative API's price, likewise
	 */
	record EvaluationView(@Schema(description = "Scenario id.", example = "1") long id,
			@Schema(description = "Scenario name.", example = "Helpdesk: GPT-4o or Llama 3.3 70B on H100") String name,
			@Schema(description = "ISO 4217 currency of every amount.", example = "USD") String currency,
			@Schema(description = "Months projected, months.", example = "36") int horizonMonths,
			@Schema(description = "Nodes the self-hosted strategy buys first, a count.",
					example = "1") int nodesInMonthOne,
			@Schema(description = "The throughput measurement nodes were sized from.") String measurement,
			@Schema(description = "Each strategy's measures.") List<StrategyView> strategies,
			@Schema(description = "Monte Carlo trials run, a count; absent without the Monte Carlo.",
					example = "1000") Integer trials,
			@Schema(description = "Monte Carlo seed used; absent without the Monte Carlo.", example = "42") Long seed,
			@Schema(description = "NPV percentiles per strategy; empty when run without the Monte Carlo or nothing is uncertain.") List<UncertaintyView> monteCarlo,
			@Schema(description = "The current API's price: its seller and why, terms, conversion, in words.") String currentPrice,
			@Schema(description = "The alternative API's price, likewise.") String alternativePrice) {

	}

	/**
	 * @param monteCarlo run the Monte Carlo over the saved uncertain inputs (default
	 * true)
	 * @param trials trials instead of the saved number
	 * @param seed seed instead of the saved one (same seed, same numbers)
	 */
	@PostMapping("/{id}/evaluate")
	EvaluationView evaluate(@Parameter(description = SCENARIO_ID, example = "1") @PathVariable long id,
			@Parameter(description = "Run the Monte Carlo over the saved uncertain inputs (default true).",
					example = "true") @RequestParam(defaultValue = "true") boolean monteCarlo,
			@Parameter(description = "Monte Carlo trials instead of the saved number, a count from 100 to 100000.",
					example = "1000") @RequestParam(required = false) Integer trials,
			@Parameter(description = "Monte Carlo seed instead of the saved one: the same seed gives the same numbers.",
					example = "42") @RequestParam(required = false) Long seed) {
		if (trials != null && (trials < 100 || trials > 100_000)) {
			throw ApiProblem.badRequest("trials must be 100 to 100000, was " + trials, "trials");
		}
		ScenarioStore.Saved saved = saved(id);
		return evaluation(id, run(saved.form().simulated(monteCarlo, trials, seed)));
	}

	record CompareRequest(@Schema(description = "Ids of two to four saved scenarios, evaluated as saved.",
			example = "[1, 2]") List<Long> ids) {

	}

	/** Two to four saved scenarios evaluated as saved, side by side. */
	@PostMapping("/compare")
	List<EvaluationView> compare(@RequestBody CompareRequest request) {
		List<Long> ids = (request.ids() != null) ? request.ids().stream().distinct().toList() : List.of();
		if (ids.size() < 2 || ids.size() > 4) {
			throw ApiProblem.badRequest("compare two to four scenarios, got " + ids.size(), "ids");
		}
		List<EvaluationView> views = new ArrayList<>();
		for (long id : ids) {
			views.add(evaluation(id, run(saved(id).form())));
		}
		if (views.stream().map(EvaluationView::currency).distinct().count() > 1) {
			throw ApiProblem.unprocessable("the scenarios are in different currencies", "ids");
		}
		return views;
	}

	private ScenarioOutcome run(ScenarioForm form) {
		try {
			// the evaluation shows no real bill: its spend reports are not read
			return this.runner.evaluate(form);
		}
		catch (ScenarioProblems problems) {
			throw ApiProblem.unprocessable("the scenario cannot be run: " + problems.getMessage(), problems.byField());
		}
	}

	private static EvaluationView evaluation(long id, ScenarioOutcome outcome) {
		Projection p = outcome.projection();
		List<StrategyView> strategies = new ArrayList<>();
		for (Map.Entry<Strategy, StrategyMeasures> entry : p.measures().entrySet()) {
			Strategy strategy = entry.getKey();
			StrategyMeasures m = entry.getValue();
			Currency c = outcome.currency();
			String npv = money(m.npv(), c);
			strategies.add(new StrategyView(strategy.name(), strategy.label(), money(p.of(strategy).totalCost(), c),
					money(p.of(strategy).totalIn(1), c), money(m.capex(), c), money(m.upfrontCapex(), c),
					money(m.monthlyOpex(), c),
					Double.isFinite(m.costPerMillionTokens()) ? rate(m.costPerMillionTokens()) : null, npv, npv,
					IrrView.of(m.irr()), PaybackView.of(m.payback()),
					(m.payback() instanceof Payback.InMonth in) ? in.month() : null,
					new BreakEvenViews(BreakEvenView.of(m.breakEvenVsCurrentApi()),
							BreakEvenView.of(m.breakEvenVsCheapestApi()))));
		}
		MonteCarloResult mc = outcome.monteCarlo();
		List<UncertaintyView> uncertainty = new ArrayList<>();
		if (mc != null) {
			for (Strategy strategy : mc.strategies()) {
				MonteCarloResult.Percentiles npv = mc.npvPercentiles(strategy);
				uncertainty.add(new UncertaintyView(strategy.name(), money(npv.p10(), outcome.currency()),
						money(npv.p50(), outcome.currency()), money(npv.p90(), outcome.currency()),
						rate(mc.probabilityOfPayback(strategy))));
			}
		}
		return new EvaluationView(id, outcome.form().name(), outcome.currency().getCurrencyCode(),
				p.inputs().horizonMonths(), outcome.sizing().capacity().nodes(),
				outcome.sizing().measurement().source(), strategies, (mc != null) ? mc.trials() : null,
				(mc != null) ? mc.seed() : null, uncertainty, outcome.currentPrice().describe(),
				outcome.alternativePrice().describe());
	}

	/**
	 * Bean Validation as the editor applies it, then the catalogue look-ups and sizing.
	 */
	private void check(ScenarioForm form) {
		Set<ConstraintViolation<ScenarioForm>> violations = this.validator.validate(form);
		Map<String, String> fields = new LinkedHashMap<>();
		violations.forEach(v -> fields.put(v.getPropertyPath().toString(), v.getMessage()));
		if (fields.isEmpty()) {
			try {
				this.runner.check(form);
			}
			catch (ScenarioProblems problems) {
				fields.putAll(problems.byField());
			}
		}
		if (!fields.isEmpty()) {
			throw ApiProblem.unprocessable("the scenario was not saved: " + fields, fields);
		}
	}

	private ScenarioStore.Saved saved(long id) {
		return this.store.find(id).orElseThrow(() -> ApiProblem.notFound("no scenario " + id, "id"));
	}

}
