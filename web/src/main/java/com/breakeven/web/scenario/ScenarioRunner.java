package com.breakeven.web.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;

import com.breakeven.ingestion.FxRates;
import com.breakeven.ingestion.SpendAnalysis;
import com.breakeven.ingestion.UsageRepository;
import com.breakeven.ingestion.UsageSummary;
import com.breakeven.pricing.HardwareProfile;
import com.breakeven.pricing.HostingProfile;
import com.breakeven.simulator.montecarlo.Distribution;
import com.breakeven.simulator.montecarlo.MonteCarlo;
import com.breakeven.simulator.montecarlo.MonteCarloResult;
import com.breakeven.simulator.montecarlo.Sensitivity;
import com.breakeven.simulator.montecarlo.UncertainInput;
import com.breakeven.simulator.planning.ResolvedPrice;
import com.breakeven.simulator.planning.ResolvedScenario;
import com.breakeven.simulator.planning.ScenarioQuestion;
import com.breakeven.simulator.planning.ScenarioResolution;
import com.breakeven.simulator.projection.ApiOption;
import com.breakeven.simulator.projection.DemandPath;
import com.breakeven.simulator.projection.OwnHardware;
import com.breakeven.simulator.projection.Projection;
import com.breakeven.simulator.projection.ProjectionInputs;
import com.breakeven.simulator.projection.Projector;
import com.breakeven.simulator.projection.Strategy;
import com.breakeven.tco.ApiPricing;
import com.breakeven.tco.Demand;
import com.breakeven.tco.Evaluation;
import com.breakeven.tco.Finance;
import com.breakeven.tco.Hosting;
import com.breakeven.tco.LatencySlo;
import com.breakeven.tco.ModelSpec;
import com.breakeven.tco.Node;
import com.breakeven.tco.Scenario;
import com.breakeven.tco.TcoEngine;
import com.breakeven.tco.ThroughputMeasurement;
import com.breakeven.web.planning.PlanningSettings;

/**
 * Runs a scenario form: looks its catalogue names up (prices on the day, node, hosting,
 * model architecture, measured throughput), lets the engine pick the measurement that
 * meets the latency limits and size the nodes, projects every strategy month by month
 * and, when inputs are uncertain, runs the Monte Carlo simulation and the tornado.
 * Whatever the catalogue cannot supply is reported against the field that named it.
 */
@Service
public class ScenarioRunner {

	/** About 1 MB each with 10,000 trials. */
	private static final int RECENT_OUTCOMES = 16;

	private final CatalogueSnapshots snapshots;

	private final PlanningSettings settings;

	/**
	 * Outcomes of the last runs by everything they were computed from: the result page,
	 * its exports, its PDF and comparisons run the same scenario in a row, and a run
	 * (10,000 seeded trials) gives the same outcome for the same inputs. An edited price
	 * or profile is part of the key, so it is never answered from here.
	 */
	private final Map<RunKey, ScenarioOutcome> recent = Collections
		.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<RunKey, ScenarioOutcome> eldest) {
				return size() > RECENT_OUTCOMES;
			}
		});

	private final UsageRepository usage;

	private final SpendAnalysis spend;

	private final FxRates rates;

	public ScenarioRunner(CatalogueSnapshots snapshots, PlanningSettings settings, UsageRepository usage,
			SpendAnalysis spend, FxRates rates) {
		this.snapshots = snapshots;
		this.settings = settings;
		this.usage = usage;
		this.spend = spend;
		this.rates = rates;
	}

	/**
	 * @throws ScenarioProblems naming each field the catalogue or the engine refused
	 */
	public ScenarioOutcome run(ScenarioForm form) {
		ScenarioOutcome outcome = evaluate(form);
		// read afresh: an import since the last run changes the bill, not the projection
		return outcome.withRealBill(realBill(form, outcome.currency()));
	}

	/**
	 * {@link #run} without the workload's real bill (its spend reports), for answers that
	 * do not show it: the API's evaluation and comparison.
	 * @throws ScenarioProblems naming each field the catalogue or the engine refused
	 */
	public ScenarioOutcome evaluate(ScenarioForm form) {
		Prepared p = prepare(form);
		ScenarioOutcome outcome = this.recent.get(p.key());
		if (outcome == null) {
			outcome = compute(form, p);
			this.recent.put(p.key(), outcome);
		}
		return outcome;
	}

	/**
	 * The deterministic projection of a form alone: the catalogue look-ups, the engine's
	 * sizing and every strategy month by month, without the Monte Carlo, the tornado or
	 * the real bill. What reports track a saved scenario by (its payback month, capex,
	 * NPV): the same projection {@link #run} gives, at a fraction of its cost. An outcome
	 * already computed for the same inputs is answered as it is.
	 * @throws ScenarioProblems naming each field the catalogue or the engine refused
	 */
	public ScenarioOutcome project(ScenarioForm form) {
		Prepared p = prepare(form);
		ScenarioOutcome outcome = this.recent.get(p.key());
		return (outcome != null) ? outcome : outcome(form, p, Projector.project(p.inputs()), null, null);
	}

	/**
	 * The workload's billed spend in its last full months of imported usage (as many as
	 * volumes are averaged over), from the same spend analysis as the dashboard.
	 */
	private List<ScenarioOutcome.MonthBill> realBill(ScenarioForm form, Currency currency) {
		UsageSummary summary = this.usage.summary();
		if (form.workload() == null || summary.rows() == 0 || summary.lastDay() == null) {
			return List.of();
		}
		YearMonth last = YearMonth.from(summary.lastDay());
		if (!summary.lastDay().equals(last.atEndOfMonth())) {
			last = last.minusMonths(1);
		}
		List<ScenarioOutcome.MonthBill> bill = new ArrayList<>();
		for (int back = this.settings.usageMonths() - 1; back >= 0; back--) {
			YearMonth month = last.minusMonths(back);
			if (month.atEndOfMonth().isBefore(summary.firstDay())) {
				continue;
			}
			BigDecimal billed = this.spend.report(month.atDay(1), month.atEndOfMonth(), currency, this.rates::convert)
				.byWorkload()
				.get(form.workload());
			if (billed != null) {
				bill.add(new ScenarioOutcome.MonthBill(month, billed.setScale(2, RoundingMode.HALF_UP)));
			}
		}
		return bill;
	}

	private static ScenarioOutcome compute(ScenarioForm form, Prepared p) {
		Projection projection = Projector.project(p.inputs());
		MonteCarloResult monteCarlo = null;
		Sensitivity.Tornado tornado = null;
		if (!p.uncertain().isEmpty()) {
			monteCarlo = MonteCarlo.run(p.inputs(), p.uncertain(), projection.byStrategy().keySet(), form.trials(),
					form.seed());
			tornado = Sensitivity.of(p.inputs(), p.uncertain(), Strategy.SELF_HOSTED);
		}
		return outcome(form, p, projection, monteCarlo, tornado);
	}

	private static ScenarioOutcome outcome(ScenarioForm form, Prepared p, Projection projection,
			MonteCarloResult monteCarlo, Sensitivity.Tornado tornado) {
		return new ScenarioOutcome(form, p.inputs().currency(), projection, p.sizing(), monteCarlo, tornado,
				p.resolved().current(), p.resolved().alternative(), p.resolved().node(), p.resolved().site(),
				List.of());
	}

	/**
	 * Whether the form can run, without running it: the catalogue look-ups and the
	 * engine's sizing only, no projection or Monte Carlo (saving checks this, then the
	 * result page runs it).
	 * @throws ScenarioProblems naming each field the catalogue or the engine refused
	 */
	public void check(ScenarioForm form) {
		prepare(form);
	}

	/** The projection's inputs built from the catalogue, with what they came from. */
	private record Prepared(ProjectionInputs inputs, Map<UncertainInput, Distribution> uncertain,
			Evaluation.Evaluated sizing, ResolvedScenario resolved, RunKey key) {

	}

	/**
	 * Everything a run is computed from, compared by value: the form and the catalogue
	 * rows it resolved to.
	 */
	private record RunKey(ScenarioForm form, ResolvedScenario resolved) {

	}

	private Prepared prepare(ScenarioForm form) {
		Map<String, String> problems = new LinkedHashMap<>(form.notFinite());
		if (problems.isEmpty()
				&& form.monthlyInputTokens() + form.monthlyCachedInputTokens() + form.monthlyOutputTokens() <= 0) {
			problems.put("monthlyOutputTokens", "a workload of zero tokens has nothing to plan");
		}
		if (!problems.isEmpty()) {
			throw new ScenarioProblems(problems);
		}
		Currency currency = this.settings.reportingCurrency();
		Demand demand = new Demand(form.monthlyInputTokens(), form.monthlyCachedInputTokens(),
				form.monthlyOutputTokens(), form.peakToAverage(), form.monthlyCacheWriteTokens());
		// resolved once by the planning core: the current API at the seller (and account)
		// the workload buys from, as the dashboard's bill and the recommendations price
		// it;
		// profiles converted to the reporting currency at the day's ECB rate
		// the catalogue from memory, one version for the whole run
		ScenarioResolution resolution = this.snapshots.current()
			.planner()
			.resolve(new ScenarioQuestion(form.currentModel(), form.currentSeller(), form.currentAccount(),
					form.batchSharePercent() / 100, form.alternativeModel(), form.servedModel(), form.pricesOn(),
					currency, demand, form.hardwareProfile(), form.hostingProfile()));
		if (resolution instanceof ScenarioResolution.Refused refused) {
			problems.putAll(refused.byField());
		}
		Map<UncertainInput, Distribution> uncertain = distributions(form, problems);
		if (!problems.isEmpty()) {
			throw new ScenarioProblems(problems);
		}
		ResolvedScenario resolved = ((ScenarioResolution.Resolved) resolution).scenario();
		Node node = resolved.node().node();
		Hosting hosting = resolved.site().hosting();
		LatencySlo slo = new LatencySlo(orInfinity(form.maxTtftP99Ms()), orInfinity(form.maxItlP99Ms()));
		double residual = form.residualPercent() / 100;
		double discount = form.costOfCapitalPercent() / 100;
		double utilisation = form.targetUtilisationPercent() / 100;
		// the engine sizes month 1 against the alternative API; the simulator refreshes
		// nodes at the end of their life, so the engine's horizon stops at the life
		Finance finance = new Finance(currency, form.lifeMonths() / 12.0, residual, discount,
				Math.min(form.horizonMonths(), form.lifeMonths()));
		Evaluation evaluation = TcoEngine.evaluate(new Scenario(resolved.alternative().pricing(), demand, slo, node,
				resolved.measurements(), hosting, finance, resolved.servedModel(), form.precision(), utilisation));
		if (evaluation instanceof Evaluation.Infeasible infeasible) {
			throw new ScenarioProblems(Map.of("servedModel", String.join("; ", infeasible.reasons())));
		}
		Evaluation.Evaluated sizing = (Evaluation.Evaluated) evaluation;
		ProjectionInputs inputs = new ProjectionInputs(currency, form.horizonMonths(),
				DemandPath.growing(demand, form.growthPercentPerMonth() / 100),
				// named with their sellers: the same model from a cheaper seller is a
				// move
				new ApiOption(apiName(resolved.current()), resolved.current().pricing(),
						form.currentApiDeclinePercentPerYear() / 100),
				new ApiOption(apiName(resolved.alternative()), resolved.alternative().pricing(),
						form.alternativeApiDeclinePercentPerYear() / 100),
				new OwnHardware(node, sizing.measurement(), hosting, utilisation, form.lifeMonths(), residual,
						form.leadTimeMonths(), form.powerPriceChangePercentPerYear() / 100,
						(form.rentedGpuHourly() != null) ? form.rentedGpuHourly() : Double.NaN),
				form.ownSharePercent() / 100, discount);
		return new Prepared(inputs, uncertain, sizing, resolved, new RunKey(form, resolved));
	}

	private static String apiName(ResolvedPrice price) {
		return price.model() + " at " + price.seller();
	}

	private static double orInfinity(Double limit) {
		return (limit != null) ? limit : Double.POSITIVE_INFINITY;
	}

	/**
	 * The uncertain rows as distributions; a row whose numbers do not make its shape is
	 * reported against its first number.
	 */
	private static Map<UncertainInput, Distribution> distributions(ScenarioForm form, Map<String, String> problems) {
		Map<UncertainInput, Distribution> uncertain = new EnumMap<>(UncertainInput.class);
		List<ScenarioForm.Uncertainty> rows = form.uncertainties();
		for (int i = 0; i < rows.size(); i++) {
			ScenarioForm.Uncertainty row = rows.get(i);
			String field = "uncertainties[" + i + "].a";
			try {
				Distribution distribution = switch (row.shape()) {
					case NONE -> null;
					case UNIFORM -> new Distribution.Uniform(need(row.a(), "min"), need(row.c(), "max"));
					case TRIANGULAR -> new Distribution.Triangular(need(row.a(), "min"), need(row.b(), "most likely"),
							need(row.c(), "max"));
					case NORMAL -> new Distribution.Normal(need(row.a(), "mean"), need(row.b(), "standard deviation"));
					case LOGNORMAL -> new Distribution.LogNormal(need(row.a(), "median"), need(row.b(), "sigma"));
				};
				if (distribution != null) {
					uncertain.put(row.input(), distribution);
				}
			}
			catch (IllegalArgumentException ex) {
				problems.put(field, row.input().label() + ": " + ex.getMessage());
			}
		}
		return uncertain;
	}

	private static double need(Double value, String name) {
		if (value == null) {
			throw new IllegalArgumentException(name + " is required for this distribution");
		}
		return value;
	}

}
