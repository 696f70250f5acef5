package com.breakeven.web.guardrails;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

import org.springframework.stereotype.Service;

import com.breakeven.ingestion.FxRates;
import com.breakeven.ingestion.SpendAnalysis;
import com.breakeven.ingestion.UsageRepository;
import com.breakeven.simulator.guardrails.BudgetPeriod;
import com.breakeven.web.DayWords;
import com.breakeven.simulator.guardrails.BudgetStatus;
import com.breakeven.simulator.guardrails.DailyAmount;
import com.breakeven.simulator.guardrails.DailySeries;
import com.breakeven.simulator.guardrails.SpendForecast;
import com.breakeven.simulator.guardrails.SpendForecaster;

/**
 * Budgets read against the spend and its forecast: the one place that turns stored usage
 * into a budget's status, for the budgets page, the API, the dashboard and the alert
 * check alike.
 */
@Service
public class SpendGuardrails {

	private final SpendAnalysis spend;

	private final UsageRepository usage;

	private final FxRates rates;

	private final Budgets budgets;

	private final Clock clock;

	SpendGuardrails(SpendAnalysis spend, UsageRepository usage, FxRates rates, Budgets budgets, Clock clock) {
		this.spend = spend;
		this.usage = usage;
		this.rates = rates;
		this.budgets = budgets;
		this.clock = clock;
	}

	/**
	 * The last day with known spend: the newest usage day, but never after today (a day
	 * dated ahead is not known yet). Empty before any usage is imported.
	 */
	public Optional<LocalDate> asOf() {
		LocalDate lastDay = this.usage.days().last();
		if (lastDay == null) {
			return Optional.empty();
		}
		LocalDate today = LocalDate.now(this.clock);
		return Optional.of(lastDay.isAfter(today) ? today : lastDay);
	}

	/**
	 * What a reader needs when today's month has no usage yet, so that a budget "in
	 * October" read on 30 November is not taken for a stale page: "November 2026 has no
	 * usage yet; latest month with usage: October 2026." Empty when the latest usage is
	 * in today's month, or before any usage.
	 */
	public Optional<String> monthWithoutUsage() {
		return asOf().flatMap(asOf -> {
			LocalDate today = LocalDate.now(this.clock);
			if (!java.time.YearMonth.from(today).isAfter(java.time.YearMonth.from(asOf))) {
				return Optional.empty();
			}
			return Optional.of(periodName(BudgetPeriod.MONTH, today) + " has no usage yet; latest month with usage: "
					+ periodName(BudgetPeriod.MONTH, asOf) + ".");
		});
	}

	/**
	 * A budget in the period that holds the day of the last known spend.
	 *
	 * @param budget the budget
	 * @param periodStart the period's first day
	 * @param periodEnd the period's last day
	 * @param asOf the last day with known spend
	 * @param status actual, forecast and thresholds reached
	 * @param unconvertedDays days whose spend in a currency is left out for want of an
	 * ECB rate into the budget's currency, per currency: the actual is then too low, and
	 * says so
	 */
	public record BudgetReading(Budget budget, LocalDate periodStart, LocalDate periodEnd, LocalDate asOf,
			BudgetStatus status, Map<Currency, SortedSet<LocalDate>> unconvertedDays) {

		/** Whether the period is over (the forecast is then the actual). */
		public boolean periodOver() {
			return !this.asOf.isBefore(this.periodEnd);
		}

	}

	/** Every budget's reading as of a day with known spend, by name. */
	List<BudgetReading> readings(LocalDate asOf) {
		return this.budgets.all().stream().map(budget -> reading(budget, asOf)).toList();
	}

	/** One budget's reading as of the last known spend, when any usage is imported. */
	public Optional<BudgetReading> reading(Budget budget) {
		return asOf().map(day -> reading(budget, day));
	}

	BudgetReading reading(Budget budget, LocalDate asOf) {
		LocalDate periodStart = budget.period().start(asOf);
		LocalDate periodEnd = budget.period().end(asOf);
		Spend spend = spendOf(budget.scope(), budget.currency(), periodStart, asOf);
		Optional<SpendForecast> forecast = SpendForecaster.forecast(spend.series(), periodStart, periodEnd, asOf);
		// the actual is the stored spend as the dashboard sums it; the forecast reads a
		// day
		// of net credits as a day without spend
		BudgetStatus status = BudgetStatus.of(budget.amount().doubleValue(), budget.thresholds(),
				spend.daily().total(periodStart, asOf).doubleValue(), forecast);
		return new BudgetReading(budget, periodStart, periodEnd, asOf, status, spend.daily().unconvertedDays());
	}

	/**
	 * The forecast of a scope's spend over the period that holds the last known day, in a
	 * currency: what the dashboard shows beside the actual.
	 */
	public Optional<SpendForecast> forecast(SpendAnalysis.Scope scope, BudgetPeriod period, Currency currency) {
		return asOf().flatMap(asOf -> {
			LocalDate periodStart = period.start(asOf);
			return SpendForecaster.forecast(spendOf(scope, currency, periodStart, asOf).series(), periodStart,
					period.end(asOf), asOf);
		});
	}

	/**
	 * A period's forecast with the period in words ("October 2026", "2026 Q4").
	 *
	 * @param kind month or quarter
	 */
	public record PeriodForecast(String period, BudgetPeriod kind, SpendForecast forecast) {

		/**
		 * The period as a heading names it: "October 2026", with "(last month with
		 * usage)" when the calendar has moved on past it, so that an older month is never
		 * read as this month.
		 * @param today the calendar's day
		 */
		public String named(LocalDate today) {
			boolean current = !today.isBefore(this.forecast.periodStart()) && !today.isAfter(this.forecast.periodEnd());
			return current ? this.period
					: this.period + " (last " + this.kind.name().toLowerCase(java.util.Locale.ROOT) + " with usage)";
		}

	}

	/**
	 * Where all usage's month and quarter are heading, in a currency: what the dashboard
	 * shows beside the actual. Empty before any usage, or with too little history.
	 */
	public List<PeriodForecast> monthAndQuarter(Currency currency) {
		List<PeriodForecast> forecasts = new ArrayList<>();
		for (BudgetPeriod period : List.of(BudgetPeriod.MONTH, BudgetPeriod.QUARTER)) {
			forecast(SpendAnalysis.Scope.ALL, period, currency).ifPresent(forecast -> forecasts
				.add(new PeriodForecast(periodName(period, forecast.periodStart()), period, forecast)));
		}
		return forecasts;
	}

	/** The period holding a day, in words: "October 2026", "2026 Q4", "2026". */
	static String periodName(BudgetPeriod period, LocalDate start) {
		return switch (period) {
			case MONTH -> DayWords.span(start.withDayOfMonth(1), start.withDayOfMonth(start.lengthOfMonth()));
			case QUARTER -> start.getYear() + " Q" + ((start.getMonthValue() - 1) / 3 + 1);
			case YEAR -> "" + start.getYear();
		};
	}

	/**
	 * A scope's daily spend from the earlier of the period's start and the forecast's
	 * window.
	 */
	private Spend spendOf(SpendAnalysis.Scope scope, Currency currency, LocalDate periodStart, LocalDate asOf) {
		LocalDate windowStart = asOf.minusDays(SpendForecaster.WINDOW_DAYS - 1);
		LocalDate from = periodStart.isBefore(windowStart) ? periodStart : windowStart;
		SpendAnalysis.DailyTotals daily = this.spend.dailyTotals(from, asOf, currency, this.rates.forPeriod(from, asOf),
				scope);
		return new Spend(daily, series(daily.byDay(), asOf));
	}

	static DailySeries series(Map<LocalDate, BigDecimal> byDay, LocalDate through) {
		return DailySeries.of(byDay.entrySet()
			.stream()
			.map(day -> new DailyAmount(day.getKey(), Math.max(0, day.getValue().doubleValue())))
			.toList(), through);
	}

	private record Spend(SpendAnalysis.DailyTotals daily, DailySeries series) {

	}

}
