package com.breakeven.web.guardrails;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import com.breakeven.ingestion.FxRates;
import com.breakeven.ingestion.SpendAnalysis;
import com.breakeven.pricing.ModelRepository;
import com.breakeven.pricing.PriceCatalogue;
import com.breakeven.simulator.guardrails.AnomalyDetector;
import com.breakeven.simulator.guardrails.DailyAmount;
import com.breakeven.simulator.guardrails.DailySeries;
import com.breakeven.simulator.guardrails.DriverChange;
import com.breakeven.simulator.guardrails.PriceVolumeSplit;
import com.breakeven.simulator.guardrails.SpendAnomaly;
import com.breakeven.simulator.guardrails.SpendDrivers;
import com.breakeven.simulator.guardrails.SpendForecast;
import com.breakeven.simulator.shift.Recommendation;
import com.breakeven.web.DayWords;
import com.breakeven.web.MoveWords;
import com.breakeven.web.dashboard.PriceChanges;
import com.breakeven.web.export.Money;
import com.breakeven.web.export.Percent;
import com.breakeven.web.guardrails.SpendGuardrails.BudgetReading;
import com.breakeven.web.planning.PlanningSettings;
import com.breakeven.web.recommendation.RecommendationQuestions;
import com.breakeven.web.scenario.ShiftAdviceService;

/**
 * The alert check: reads the budgets, the last days' spend and tokens of every workload,
 * the list-price changes and the recommendations, and raises what is new. Each alert has
 * a key of kind, scope and period (or day), so the check can run after every import and
 * every day and raise each alert once.
 */
@Service
public class AlertChecks {

	/** Tokens: a day's change of fewer than these is never an anomaly. */
	static final double TOKEN_FLOOR = 10_000;

	/** Days in alert bodies as pages write them ("1 October 2026"). */
	private static final DayWords DAYS = new DayWords();

	private final SpendGuardrails guardrails;

	private final SpendAnalysis spend;

	private final FxRates rates;

	private final Alerts alerts;

	private final AlertSettings settings;

	private final AlertTargets targets;

	private final PriceChanges priceChanges;

	private final PriceCatalogue catalogue;

	private final RecommendationQuestions questions;

	private final ShiftAdviceService advice;

	private final Currency reportingCurrency;

	private final ModelRepository models;

	AlertChecks(SpendGuardrails guardrails, SpendAnalysis spend, FxRates rates, Alerts alerts, AlertSettings settings,
			AlertTargets targets, PriceChanges priceChanges, PriceCatalogue catalogue,
			RecommendationQuestions questions, ShiftAdviceService advice, PlanningSettings planning,
			ModelRepository models) {
		this.models = models;
		this.guardrails = guardrails;
		this.spend = spend;
		this.rates = rates;
		this.alerts = alerts;
		this.settings = settings;
		this.targets = targets;
		this.priceChanges = priceChanges;
		this.catalogue = catalogue;
		this.questions = questions;
		this.advice = advice;
		this.reportingCurrency = planning.reportingCurrency();
	}

	/**
	 * @param asOf the last day with known spend; empty before any usage
	 * @param raised ids of the alerts this check raised
	 */
	public record Result(Optional<LocalDate> asOf, List<Long> raised) {

	}

	/** Checks everything once and raises what is new. */
	public Result check() {
		Optional<LocalDate> asOf = this.guardrails.asOf();
		List<Long> raised = new ArrayList<>();
		asOf.ifPresent(day -> {
			for (BudgetReading reading : this.guardrails.readings(day)) {
				budget(reading).forEach(draft -> raise(draft, raised));
			}
			anomalies(day).forEach(draft -> raise(draft, raised));
			priceChanges(day).forEach(draft -> raise(draft, raised));
			newModels(day).forEach(draft -> raise(draft, raised));
		});
		return new Result(asOf, raised);
	}

	private void raise(Alerts.Draft draft, List<Long> raised) {
		this.alerts.raise(draft, this.targets.all()).ifPresent(raised::add);
	}

	/**
	 * The highest threshold the actual reached, and the highest the forecast reaches when
	 * that is above the actual's and the period is not over.
	 */
	static List<Alerts.Draft> budget(BudgetReading reading) {
		Budget budget = reading.budget();
		List<Alerts.Draft> drafts = new ArrayList<>();
		String code = budget.currency().getCurrencyCode();
		String period = SpendGuardrails.periodName(budget.period(), reading.periodStart());
		String missing = missingRates(reading);
		int actual = reading.status().actualThreshold();
		if (actual > 0) {
			drafts.add(new Alerts.Draft(
					key("BUDGET_ACTUAL", "budget:" + budget.id(), reading.periodStart().toString(), "" + actual),
					Alert.Kind.BUDGET_ACTUAL, "BUDGET", budget.name(), reading.periodStart(), reading.periodEnd(),
					// the headline in whole units, said once; the body adds what the
					// title does not
					String.format(Locale.ROOT, "Budget '%s' passed its %d %% threshold in %s: %s of %s spent (%s)",
							budget.name(), actual, period, whole(reading.status().actual(), null),
							whole(budget.amount().doubleValue(), budget.currency()),
							Percent.of(reading.status().actualPercent()).words()),
					String.format(Locale.ROOT, "Counted: the spend on %s from %s to %s.%s%s", budget.scopeInWords(),
							DAYS.words(reading.periodStart()), DAYS.words(reading.asOf()),
							alsoPassed(budget.thresholds(), 0, actual, false), missing),
					BigDecimal.valueOf(reading.status().actual()).setScale(2, RoundingMode.HALF_EVEN),
					budget.currency(), budget.id()));
		}
		int forecast = reading.status().forecastThreshold();
		Optional<SpendForecast> expected = reading.status().forecast();
		if (forecast > actual && !reading.periodOver() && expected.isPresent()) {
			SpendForecast f = expected.get();
			drafts.add(new Alerts.Draft(
					key("BUDGET_FORECAST", "budget:" + budget.id(), reading.periodStart().toString(), "" + forecast),
					Alert.Kind.BUDGET_FORECAST, "BUDGET", budget.name(), reading.periodStart(), reading.periodEnd(),
					String.format(Locale.ROOT,
							"Budget '%s' is forecast to pass its %d %% threshold in %s: %s of %s (%s)", budget.name(),
							forecast, period, whole(f.expected(), null),
							whole(budget.amount().doubleValue(), budget.currency()),
							Percent.ofFraction(f.expected() / budget.amount().doubleValue()).words()),
					String.format(Locale.ROOT,
							"Expected by %s from the spend on %s so far (%s from %s to %s); 95 %% interval %s to %s.%s%s",
							DAYS.words(reading.periodEnd()), budget.scopeInWords(),
							whole(reading.status().actual(), budget.currency()), DAYS.words(reading.periodStart()),
							DAYS.words(reading.asOf()), whole(f.lower(), null), whole(f.upper(), budget.currency()),
							alsoPassed(budget.thresholds(), actual, forecast, true), missing),
					BigDecimal.valueOf(f.expected()).setScale(2, RoundingMode.HALF_EVEN), budget.currency(),
					budget.id()));
		}
		return drafts;
	}

	/**
	 * The thresholds below the one an alert names, which it stands for: a check raises
	 * one alert, for the highest threshold reached, so a spend that jumps past 50, 80 and
	 * 100 % between two checks raises only the 100 % one, and says so.
	 * @param above thresholds at or below this one are left out (the forecast's alert
	 * leaves out those the spend to date has reached: they have an alert of their own)
	 * @param highest the threshold the alert names
	 * @param forecast whether the alert is the forecast's (else the spend to date's)
	 * @return " The budget's 50 % and 80 % thresholds are passed too; …", or "" when none
	 * is lower
	 */
	static String alsoPassed(List<Integer> thresholds, int above, int highest, boolean forecast) {
		List<String> lower = thresholds.stream()
			.filter(t -> t > above && t < highest)
			.sorted()
			.map(t -> t + " %")
			.toList();
		if (lower.isEmpty()) {
			return "";
		}
		boolean one = lower.size() == 1;
		String listed = one ? lower.get(0)
				: String.join(", ", lower.subList(0, lower.size() - 1)) + " and " + lower.get(lower.size() - 1);
		String sentence = forecast ? "The forecast passes its " + listed + (one ? " threshold" : " thresholds") + " too"
				: "The budget's " + listed + (one ? " threshold is" : " thresholds are") + " passed too";
		return " " + sentence + "; each check raises one alert, for the highest threshold reached.";
	}

	private static String missingRates(BudgetReading reading) {
		if (reading.unconvertedDays().isEmpty()) {
			return "";
		}
		return " Left out for want of an ECB rate into " + reading.budget().currency().getCurrencyCode() + ": "
				+ reading.unconvertedDays()
					.entrySet()
					.stream()
					.map(entry -> entry.getKey().getCurrencyCode() + " spend of " + entry.getValue().size()
							+ ((entry.getValue().size() == 1) ? " day, " + DAYS.words(entry.getValue().first())
									: " days, " + DayWords.span(entry.getValue().first(), entry.getValue().last())))
					.collect(Collectors.joining("; "))
				+ ".";
	}

	/**
	 * Every workload's spend and tokens over the last days, each day judged against the
	 * weeks before it; one alert a workload and day, whether its spend, its tokens or
	 * both left their band.
	 */
	List<Alerts.Draft> anomalies(LocalDate asOf) {
		LocalDate judgeFrom = asOf.minusDays(Math.max(1, this.settings.anomalyDays()) - 1);
		LocalDate from = judgeFrom.minusWeeks(AnomalyDetector.WEEKS);
		SpendAnalysis.DailySpend daily = this.spend.daily(from, asOf, this.reportingCurrency,
				this.rates.forPeriod(from, asOf), SpendAnalysis.Scope.ALL);
		Map<String, Map<LocalDate, Map<String, Long>>> tokens = this.spend.dailyTokensByWorkload(from, asOf,
				SpendAnalysis.Scope.ALL);
		AnomalyDetector spendDetector = new AnomalyDetector(this.settings.anomalyThreshold(),
				this.settings.anomalyRelativeFloor(), this.settings.anomalyAbsoluteFloor());
		AnomalyDetector tokenDetector = new AnomalyDetector(this.settings.anomalyThreshold(),
				this.settings.anomalyRelativeFloor(), TOKEN_FLOOR);
		Set<String> workloads = new TreeSet<>(tokens.keySet());
		daily.byDayAndWorkload().values().forEach(day -> workloads.addAll(day.keySet()));
		List<Alerts.Draft> drafts = new ArrayList<>();
		for (String workload : workloads) {
			DailySeries spendSeries = SpendGuardrails.series(member(daily.byDayAndWorkload(), workload), asOf);
			Map<LocalDate, Map<String, Long>> workloadTokens = tokens.getOrDefault(workload, Map.of());
			DailySeries tokenSeries = DailySeries.of(workloadTokens.entrySet()
				.stream()
				.map(day -> new DailyAmount(day.getKey(),
						day.getValue().values().stream().mapToLong(Long::longValue).sum()))
				.toList(), asOf);
			Map<LocalDate, SpendAnomaly> spendDays = byDay(spendDetector.detect(spendSeries, judgeFrom, asOf));
			Map<LocalDate, SpendAnomaly> tokenDays = byDay(tokenDetector.detect(tokenSeries, judgeFrom, asOf));
			Set<LocalDate> days = new TreeSet<>(spendDays.keySet());
			days.addAll(tokenDays.keySet());
			for (LocalDate day : days) {
				drafts.add(anomaly(workload, day, spendDays.get(day), tokenDays.get(day), spendSeries, tokenSeries,
						workloadTokens, from, asOf));
			}
		}
		return drafts;
	}

	private Alerts.Draft anomaly(String workload, LocalDate day, SpendAnomaly spendAnomaly, SpendAnomaly tokenAnomaly,
			DailySeries spendSeries, DailySeries tokenSeries, Map<LocalDate, Map<String, Long>> workloadTokens,
			LocalDate from, LocalDate asOf) {
		String code = this.reportingCurrency.getCurrencyCode();
		String model = workload.substring(workload.indexOf(" on ") + 4);
		boolean spike = (spendAnomaly != null) ? spendAnomaly.spike() : tokenAnomaly.spike();
		int spendIndex = spendSeries.indexOf(day);
		double actualSpend = amountAt(spendSeries, spendIndex);
		double expectedSpend = AnomalyDetector.expected(spendSeries, spendIndex);
		int tokenIndex = tokenSeries.indexOf(day);
		double actualTokens = amountAt(tokenSeries, tokenIndex);
		double expectedTokens = AnomalyDetector.expected(tokenSeries, tokenIndex);
		StringBuilder detail = new StringBuilder();
		detail.append(String.format(Locale.ROOT, "%s on %s (%s), model %s: spend %s %s, expected %s %s", workload, day,
				day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH), model, money(actualSpend), code,
				money(expectedSpend), code));
		if (spendAnomaly != null) {
			detail.append(String.format(Locale.ROOT, " (band %s to %s)", money(spendAnomaly.lowerBand()),
					money(spendAnomaly.upperBand())));
		}
		detail.append(String.format(Locale.ROOT, "; tokens %,.0f, expected %,.0f", actualTokens, expectedTokens));
		if (tokenAnomaly != null) {
			detail.append(String.format(Locale.ROOT, " (band %,.0f to %,.0f)", tokenAnomaly.lowerBand(),
					tokenAnomaly.upperBand()));
		}
		detail.append('.');
		// what drove it: the teams, the token classes, and volume against unit price
		SpendAnalysis.DailySpend mine = this.spend.daily(from, asOf, this.reportingCurrency,
				this.rates.forPeriod(from, asOf), new SpendAnalysis.Scope(SpendAnalysis.Scope.Kind.WORKLOAD, workload));
		List<DriverChange> teams = drivers("team", mine.byDayAndTeam(), day, asOf, spike);
		List<DriverChange> classes = drivers("token class", tokensAsAmounts(workloadTokens), day, asOf, spike);
		if (!teams.isEmpty()) {
			detail.append(" Teams: ")
				.append(teams.stream()
					.limit(3)
					.map(team -> String.format(Locale.ROOT, "%s %s%s %s", team.member(), sign(team.change()),
							money(Math.abs(team.change())), code))
					.collect(Collectors.joining(", ")))
				.append('.');
		}
		if (!classes.isEmpty()) {
			detail.append(" Token classes: ")
				.append(classes.stream()
					.limit(3)
					.map(tokenClass -> String.format(Locale.ROOT, "%s %s%,.0f tokens", tokenClass.member(),
							sign(tokenClass.change()), Math.abs(tokenClass.change())))
					.collect(Collectors.joining(", ")))
				.append('.');
		}
		PriceVolumeSplit split = PriceVolumeSplit.of(expectedTokens, expectedSpend, actualTokens, actualSpend);
		detail.append(String.format(Locale.ROOT, " Of the %s%s %s change, volume %s%s %s and unit price %s%s %s.",
				sign(split.change()), money(Math.abs(split.change())), code, sign(split.volumeEffect()),
				money(Math.abs(split.volumeEffect())), code, sign(split.priceEffect()),
				money(Math.abs(split.priceEffect())), code));
		String title = String.format(Locale.ROOT, "%s %s on %s (model %s), %s: %s %s, expected %s %s",
				(spendAnomaly != null) ? "Spend" : "Tokens", spike ? "spike" : "drop", workload, model, day,
				money(actualSpend), code, money(expectedSpend), code);
		return new Alerts.Draft(key("ANOMALY", "workload:" + workload, day.toString()), Alert.Kind.ANOMALY, "WORKLOAD",
				workload, day, day, title, detail.toString(),
				BigDecimal.valueOf(actualSpend).setScale(2, RoundingMode.HALF_EVEN), this.reportingCurrency, null);
	}

	private static double amountAt(DailySeries series, int index) {
		return (index >= 0 && index < series.length()) ? series.amount(index) : 0;
	}

	/**
	 * Each member's change on the day against its own expectation, the way of the day's
	 * change.
	 */
	private static List<DriverChange> drivers(String dimension, Map<LocalDate, Map<String, BigDecimal>> byDay,
			LocalDate day, LocalDate asOf, boolean spike) {
		Set<String> members = new TreeSet<>();
		byDay.values().forEach(amounts -> members.addAll(amounts.keySet()));
		Map<String, Double> expected = new LinkedHashMap<>();
		Map<String, Double> actual = new LinkedHashMap<>();
		for (String member : members) {
			DailySeries series = SpendGuardrails.series(member(byDay, member), asOf);
			int index = series.indexOf(day);
			expected.put(member, AnomalyDetector.expected(series, index));
			actual.put(member, amountAt(series, index));
		}
		return SpendDrivers.rank(dimension, expected, actual, spike);
	}

	private static Map<LocalDate, BigDecimal> member(Map<LocalDate, Map<String, BigDecimal>> byDay, String member) {
		Map<LocalDate, BigDecimal> series = new TreeMap<>();
		byDay.forEach((day, members) -> {
			BigDecimal amount = members.get(member);
			if (amount != null) {
				series.put(day, amount);
			}
		});
		return series;
	}

	private static Map<LocalDate, Map<String, BigDecimal>> tokensAsAmounts(Map<LocalDate, Map<String, Long>> tokens) {
		Map<LocalDate, Map<String, BigDecimal>> amounts = new TreeMap<>();
		tokens.forEach((day, classes) -> {
			Map<String, BigDecimal> byClass = new TreeMap<>();
			classes.forEach((tokenClass, count) -> byClass.put(tokenClass, BigDecimal.valueOf(count)));
			amounts.put(day, byClass);
		});
		return amounts;
	}

	private static Map<LocalDate, SpendAnomaly> byDay(List<SpendAnomaly> anomalies) {
		Map<LocalDate, SpendAnomaly> byDay = new TreeMap<>();
		anomalies.forEach(anomaly -> byDay.put(anomaly.day(), anomaly));
		return byDay;
	}

	/**
	 * List-price changes of the models in use over the last 30 days that raise the
	 * model's bill by more than the set share: the tokens since the change at the new
	 * price against the same tokens at the old.
	 */
	List<Alerts.Draft> priceChanges(LocalDate asOf) {
		LocalDate from = asOf.minusDays(29);
		SpendAnalysis.SpendReport report = this.spend.report(from, asOf, this.reportingCurrency,
				this.rates.forPeriod(from, asOf));
		List<Alerts.Draft> drafts = new ArrayList<>();
		for (PriceChanges.Change change : this.priceChanges.within(new ArrayList<>(report.byModel().keySet()), from,
				asOf)) {
			Optional<BigDecimal> share = change.shareOfBill();
			if (share.isEmpty() || share.get().compareTo(this.settings.priceChangeShare()) <= 0) {
				continue;
			}
			String code = change.after().currency().getCurrencyCode();
			drafts.add(new Alerts.Draft(key("PRICE_CHANGE", "model:" + change.model(), change.day().toString()),
					Alert.Kind.PRICE_CHANGE, "MODEL", change.model(), change.day(), asOf,
					String.format(Locale.ROOT, "List price of %s rose on %s: %s on its bill", change.model(),
							change.day(), Percent.ofFraction(share.get().doubleValue()).change()),
					String.format(Locale.ROOT,
							"%s per million tokens, input %s → %s, output %s → %s %s; on the tokens used from %s to %s"
									+ " the bill is %s %s more than at the old price (%s %s).",
							change.model(), plain(change.before().inputPerMtok()), plain(change.after().inputPerMtok()),
							plain(change.before().outputPerMtok()), plain(change.after().outputPerMtok()), code,
							change.day(), asOf, money(change.effect().doubleValue()), code,
							money(change.billAtOldPrice().doubleValue()), code),
					change.effect().setScale(2, RoundingMode.HALF_EVEN), change.after().currency(), null));
		}
		return drafts;
	}

	/**
	 * Moves to an API model first priced within the set days that save more than the set
	 * amount a month, as the recommendations page answers with its defaults.
	 */
	List<Alerts.Draft> newModels(LocalDate asOf) {
		Set<String> fresh = this.catalogue.chatModelsFirstPricedSince(asOf.minusDays(this.settings.newModelDays()))
			.stream()
			.map(found -> found.model().canonicalName())
			.collect(Collectors.toSet());
		if (fresh.isEmpty()) {
			return List.of();
		}
		RecommendationQuestions.Settings defaults = this.questions
			.settings(new RecommendationQuestions.Query(null, null, null, null, null, null, null, null));
		if (defaults == null) {
			return List.of();
		}
		List<Alerts.Draft> drafts = new ArrayList<>();
		for (Recommendation move : this.advice.advise(this.questions.question(defaults)).ranked()) {
			if (move.selfHosted() || !fresh.contains(move.toModel())
					|| move.monthlySavings() <= this.settings.newModelSaving().doubleValue()) {
				continue;
			}
			String code = move.currency().getCurrencyCode();
			drafts.add(new Alerts.Draft(key("NEW_MODEL_SAVING", "workload:" + move.workload(), move.toModel()),
					Alert.Kind.NEW_MODEL_SAVING, "WORKLOAD", move.workload(), defaults.from(), defaults.to(),
					String.format(Locale.ROOT, "New model %s would save %s %s a month on %s", move.toModel(),
							money(move.monthlySavings()), code, move.workload()),
					MoveWords.sentence(move, MoveWords.displayNames(this.models::resolve)) + ". " + move.reason()
							+ ((move.quality() != null) ? " Quality: " + move.quality() + "." : ""),
					BigDecimal.valueOf(move.monthlySavings()).setScale(2, RoundingMode.HALF_EVEN), move.currency(),
					null));
		}
		return drafts;
	}

	private static String key(String... parts) {
		return String.join("|", parts);
	}

	/** An amount in a sentence: whole units, as headlines write money ("117,276 USD"). */
	private static String whole(double amount, Currency currency) {
		return Money.text(amount, currency, 0);
	}

	static String money(double amount) {
		return String.format(Locale.ROOT, "%,.2f", amount);
	}

	private static String sign(double change) {
		return (change < 0) ? "−" : "+";
	}

	private static String plain(BigDecimal amount) {
		return (amount == null) ? "—" : amount.stripTrailingZeros().toPlainString();
	}

}
