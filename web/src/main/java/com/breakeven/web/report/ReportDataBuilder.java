package com.breakeven.web.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Service;

import com.breakeven.ingestion.FxRates;
import com.breakeven.ingestion.SpendAnalysis;
import com.breakeven.ingestion.UsageRepository;
import com.breakeven.ingestion.WorkloadVolume;
import com.breakeven.pricing.ModelRepository;
import com.breakeven.simulator.projection.Strategy;
import com.breakeven.simulator.projection.StrategyMeasures;
import com.breakeven.tco.Payback;
import com.breakeven.simulator.shift.Recommendation;
import com.breakeven.web.MoveWords;
import com.breakeven.web.dashboard.PriceChanges;
import com.breakeven.tco.PerMillionTokens;
import com.breakeven.web.recommendation.RecommendationQuestions;
import com.breakeven.web.scenario.ScenarioProblems;
import com.breakeven.web.scenario.ScenarioRunner;
import com.breakeven.web.scenario.ScenarioOutcome;
import com.breakeven.web.scenario.ScenarioStore;
import com.breakeven.web.scenario.StrategyWords;
import com.breakeven.web.scenario.ShiftAdviceService;

/** Gathers one report's numbers from the database for a definition and a period. */
@Service
class ReportDataBuilder {

	private static final int TOP_MOVES = 5;

	private static final int TREND_MONTHS = 6;

	private final SpendAnalysis spend;

	private final FxRates rates;

	private final PriceChanges priceChanges;

	private final ShiftAdviceService advice;

	private final RecommendationQuestions questions;

	private final ScenarioStore scenarios;

	private final ScenarioRunner runner;

	private final UsageRepository usage;

	private final Clock clock;

	private final ModelRepository models;

	ReportDataBuilder(SpendAnalysis spend, FxRates rates, PriceChanges priceChanges, ShiftAdviceService advice,
			RecommendationQuestions questions, ScenarioStore scenarios, ScenarioRunner runner, UsageRepository usage,
			Clock clock, ModelRepository models) {
		this.models = models;
		this.spend = spend;
		this.rates = rates;
		this.priceChanges = priceChanges;
		this.advice = advice;
		this.questions = questions;
		this.scenarios = scenarios;
		this.runner = runner;
		this.usage = usage;
		this.clock = clock;
	}

	ReportData build(ReportDefinition d, ReportPeriod period) {
		Currency currency = Currency.getInstance(d.currency());
		ReportPeriod previous = period.previous(d.period());
		SpendAnalysis.SpendReport now = report(period, currency, d.scope());
		SpendAnalysis.SpendReport before = report(previous, currency, d.scope());
		ReportPeriod trendPeriod = new ReportPeriod(
				YearMonth.from(period.lastDay()).minusMonths(TREND_MONTHS - 1).atDay(1), period.end());
		Map<YearMonth, BigDecimal> trend = new TreeMap<>();
		report(trendPeriod, currency, d.scope()).byMonth().forEach((m, a) -> trend.put(m, money(a, currency)));
		BigDecimal total = money(now.total(), currency);
		Map<String, BigDecimal> unconverted = new TreeMap<>();
		now.unconverted().forEach((c, a) -> unconverted.put(c.getCurrencyCode(), money(a, c)));
		return new ReportData(d.name(), scope(d.scope()), period, previous, currency.getCurrencyCode(),
				Instant.now(this.clock), total, money(before.total(), currency),
				(d.budget() != null) ? money(d.budget(), currency) : null, shares(now.byProvider(), total, currency),
				shares(now.byModel(), total, currency), shares(now.byTeam(), total, currency), trend,
				unitCosts(now, before, period, previous, d.scope(), currency),
				this.priceChanges.within(new ArrayList<>(now.byModel().keySet()), period.start(), period.lastDay()),
				moves(period), scenarioStatus(period), unconverted);
	}

	private SpendAnalysis.SpendReport report(ReportPeriod p, Currency currency, SpendAnalysis.Scope scope) {
		return this.spend.report(p.start(), p.lastDay(), currency, this.rates.forPeriod(p.start(), p.lastDay()), scope);
	}

	private static List<ReportData.Share> shares(Map<String, BigDecimal> spend, BigDecimal total, Currency currency) {
		List<ReportData.Share> shares = new ArrayList<>();
		spend.entrySet()
			.stream()
			.sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed())
			.forEach(e -> shares.add(new ReportData.Share(e.getKey(), money(e.getValue(), currency),
					(total.signum() == 0) ? BigDecimal.ZERO
							: e.getValue().multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP))));
		return shares;
	}

	private List<ReportData.UnitCost> unitCosts(SpendAnalysis.SpendReport now, SpendAnalysis.SpendReport before,
			ReportPeriod period, ReportPeriod previous, SpendAnalysis.Scope scope, Currency currency) {
		Map<String, Long> tokens = this.spend.tokensByModel(period.start(), period.lastDay(), scope);
		Map<String, Long> tokensBefore = this.spend.tokensByModel(previous.start(), previous.lastDay(), scope);
		List<ReportData.UnitCost> costs = new ArrayList<>();
		now.byModel()
			.entrySet()
			.stream()
			.sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed())
			.forEach(e -> {
				long t = tokens.getOrDefault(e.getKey(), 0L);
				costs.add(new ReportData.UnitCost(e.getKey(), t, money(e.getValue(), currency),
						perMillion(e.getValue(), t),
						perMillion(before.byModel().get(e.getKey()), tokensBefore.getOrDefault(e.getKey(), 0L))));
			});
		return costs;
	}

	/**
	 * The top moves over the period's usage, with the recommendations page's defaults.
	 */
	private List<ReportData.Move> moves(ReportPeriod period) {
		RecommendationQuestions.Settings defaults = this.questions.settings(new RecommendationQuestions.Query(
				period.start(), period.lastDay(), null, null, null, null, null, null));
		if (defaults == null) {
			return List.of();
		}
		List<ReportData.Move> moves = new ArrayList<>();
		UnaryOperator<String> modelName = MoveWords.displayNames(this.models::resolve);
		for (Recommendation r : this.advice.advise(this.questions.question(defaults)).ranked()) {
			if (moves.size() == TOP_MOVES) {
				break;
			}
			moves.add(new ReportData.Move(r.workload(), r.from(), r.to(),
					money(BigDecimal.valueOf(r.monthlySavings()), r.currency()), r.currency().getCurrencyCode(),
					r.reason(), MoveWords.origin(r, modelName), MoveWords.destination(r, modelName),
					MoveWords.sentence(r, modelName)));
		}
		return moves;
	}

	/**
	 * Each saved scenario: its assumed volume against the period's, its payback. Read
	 * from the deterministic projection ({@link ScenarioRunner#project}): the report
	 * shows no percentile, so no saved scenario's Monte Carlo runs for it.
	 */
	private List<ReportData.ScenarioStatus> scenarioStatus(ReportPeriod period) {
		Map<String, WorkloadVolume> volumes = new LinkedHashMap<>();
		this.usage.workloadVolumes(period.start(), period.lastDay(), WorkloadVolume.Slice.PROJECT)
			.forEach(v -> volumes.put(v.name(), v));
		List<ReportData.ScenarioStatus> status = new ArrayList<>();
		for (ScenarioStore.Saved saved : this.scenarios.findAll()) {
			WorkloadVolume actual = (saved.form().workload() != null) ? volumes.get(saved.form().workload()) : null;
			Integer payback = null;
			String note = null;
			String currency = null;
			ReportData.SelfHosted selfHosted = null;
			try {
				ScenarioOutcome outcome = this.runner.project(saved.form());
				StrategyMeasures own = outcome.projection().measures(Strategy.SELF_HOSTED);
				if (own.payback() instanceof Payback.InMonth in) {
					payback = in.month();
				}
				else {
					// why never: opex above the bill is not cured by a longer horizon
					note = StrategyWords.payback(own.payback());
				}
				currency = outcome.currency().getCurrencyCode();
				selfHosted = new ReportData.SelfHosted(money(BigDecimal.valueOf(own.capex()), outcome.currency()),
						money(BigDecimal.valueOf(own.npv()), outcome.currency()), StrategyWords.irr(own.irr()),
						Double.isFinite(own.costPerMillionTokens()) ? BigDecimal.valueOf(own.costPerMillionTokens())
							.setScale(PerMillionTokens.decimals(own.costPerMillionTokens()), RoundingMode.HALF_UP)
								: null,
						StrategyWords.breakEven(own.breakEvenVsCurrentApi()));
			}
			catch (ScenarioProblems problems) {
				note = "cannot run: " + problems.getMessage();
			}
			long months = Math.max(0, ChronoUnit.MONTHS
				.between(YearMonth.from(saved.updatedAt().atZone(ZoneOffset.UTC)), YearMonth.from(period.lastDay())));
			status.add(new ReportData.ScenarioStatus(saved.name(), saved.form().workload(),
					saved.form().monthlyOutputTokens(), (actual != null) ? actual.monthlyOutputTokens() : null, payback,
					months, note, currency, selfHosted));
		}
		return status;
	}

	private static BigDecimal perMillion(BigDecimal amount, long tokens) {
		return (amount == null || tokens <= 0) ? null : amount.multiply(BigDecimal.valueOf(1_000_000))
			.divide(BigDecimal.valueOf(tokens), 4, RoundingMode.HALF_UP);
	}

	private static String scope(SpendAnalysis.Scope scope) {
		return scope.inWords();
	}

	static BigDecimal money(BigDecimal amount, Currency currency) {
		return amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_UP);
	}

}
