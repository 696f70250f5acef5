package com.breakeven.ingestion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Spend over a period broken down by month, provider, model, team and project, in one
 * reporting currency. As everywhere in Breakeven, billed and estimated costs of the same
 * traffic are never added: per month, model and currency, billing lines count where there
 * are any and estimates stand in where there are none. Each day's amount is converted at
 * that day's rate; amounts without a rate are kept apart, never dropped or guessed.
 */
@Service
public class SpendAnalysis {

	private static final String NONE = "(none)";

	private final JdbcClient jdbc;

	public SpendAnalysis(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One day's cost of one model, provider, team and project as stored; or, where no
	 * exchange rate is needed, the sum of a month's days (dated by the first of them), or
	 * of a day's teams and projects (those left {@code null}).
	 */
	record Line(LocalDate day, String provider, String model, String team, String project, Currency currency,
			boolean billed, BigDecimal cost) {

	}

	public SpendReport report(LocalDate from, LocalDate to, Currency reporting,
			UsageReconciliation.Conversion conversion) {
		return report(from, to, reporting, conversion, Scope.ALL);
	}

	/**
	 * Which usage a report or a budget covers: all of it, or one provider's, team's,
	 * project's, model's or workload's (a workload is a project on a model, named
	 * "helpdesk on openai/gpt-4o" as the dashboard names it).
	 *
	 * @param value the provider, team, project, model or workload; ignored for ALL
	 */
	public record Scope(Kind kind, String value) {

		public static final Scope ALL = new Scope(Kind.ALL, null);

		public enum Kind {

			ALL, PROVIDER, TEAM, PROJECT, MODEL, WORKLOAD

		}

		public Scope {
			if (kind != Kind.ALL && (value == null || value.isBlank())) {
				throw new IllegalArgumentException("a " + kind + " scope names its " + kind.name().toLowerCase());
			}
		}

		/**
		 * The scope in words: "all usage", "team legal", "workload helpdesk on
		 * openai/gpt-4o".
		 */
		public String inWords() {
			return (this.kind == Kind.ALL) ? "all usage"
					: this.kind.name().toLowerCase(java.util.Locale.ROOT) + " " + this.value;
		}

		boolean covers(String provider, String model, String team, String project) {
			return switch (this.kind) {
				case ALL -> true;
				case PROVIDER -> this.value.equals(provider);
				case TEAM -> this.value.equals(team);
				case PROJECT -> this.value.equals(project);
				case MODEL -> this.value.equals(model);
				case WORKLOAD -> this.value.equals(workload(project, model));
			};
		}

	}

	/** The spend of one scope only. */
	public SpendReport report(LocalDate from, LocalDate to, Currency reporting,
			UsageReconciliation.Conversion conversion, Scope scope) {
		return of(from, to, reporting, lines(from, to, scope, Grain.MONTHS_WHERE_NO_RATE, reporting), conversion);
	}

	/**
	 * The spend of one scope day by day, under the same billing rule as {@link #report}:
	 * the days of a month, model and currency that an invoice (BILLED) covers count the
	 * invoice, not the usage export's estimate.
	 */
	public DailySpend daily(LocalDate from, LocalDate to, Currency reporting, UsageReconciliation.Conversion conversion,
			Scope scope) {
		DailySpend.Builder daily = new DailySpend.Builder(reporting);
		counted(lines(from, to, scope, Grain.DAYS, reporting), reporting, conversion,
				(line, amount) -> daily.add(line.day(), line.model(), orNone(line.team()),
						workload(line.project(), line.model()), amount),
				line -> daily.unconverted(line.currency(), line.day(), line.cost()));
		return daily.build();
	}

	/**
	 * A scope's spend day by day without a breakdown, under the same billing rule as
	 * {@link #daily}: what a budget's reading and a forecast need. The database sums each
	 * day's teams and projects; the rule and the conversion run on what it returns.
	 */
	public DailyTotals dailyTotals(LocalDate from, LocalDate to, Currency reporting,
			UsageReconciliation.Conversion conversion, Scope scope) {
		Map<LocalDate, BigDecimal> byDay = new TreeMap<>();
		Map<Currency, SortedSet<LocalDate>> unconvertedDays = new TreeMap<>(
				Comparator.comparing(Currency::getCurrencyCode));
		counted(lines(from, to, scope, Grain.DAY_TOTALS, reporting), reporting, conversion,
				(line, amount) -> byDay.merge(line.day(), amount, BigDecimal::add),
				line -> unconvertedDays.computeIfAbsent(line.currency(), c -> new TreeSet<>()).add(line.day()));
		return new DailyTotals(reporting, byDay, unconvertedDays);
	}

	/**
	 * A scope's spend day by day.
	 *
	 * @param currency the currency of every amount
	 * @param byDay the spend of each day with any
	 * @param unconvertedDays days whose spend in a currency was left out for want of a
	 * rate, per original currency
	 */
	public record DailyTotals(Currency currency, Map<LocalDate, BigDecimal> byDay,
			Map<Currency, SortedSet<LocalDate>> unconvertedDays) {

		/** The spend of the days from {@code from} through {@code to}. */
		public BigDecimal total(LocalDate from, LocalDate to) {
			return this.byDay.entrySet()
				.stream()
				.filter(day -> !day.getKey().isBefore(from) && !day.getKey().isAfter(to))
				.map(Map.Entry::getValue)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		}

	}

	/**
	 * A scope's spend day by day, with each day's spend per model, team and workload.
	 *
	 * @param currency the currency of every amount
	 * @param unconvertedDays days whose spend in a currency was left out for want of a
	 * rate, per original currency
	 */
	public record DailySpend(Currency currency, Map<LocalDate, BigDecimal> byDay,
			Map<LocalDate, Map<String, BigDecimal>> byDayAndModel, Map<LocalDate, Map<String, BigDecimal>> byDayAndTeam,
			Map<LocalDate, Map<String, BigDecimal>> byDayAndWorkload,
			Map<Currency, java.util.SortedSet<LocalDate>> unconvertedDays) {

		static final class Builder {

			private final Currency currency;

			private final Map<LocalDate, BigDecimal> byDay = new TreeMap<>();

			private final Map<LocalDate, Map<String, BigDecimal>> byDayAndModel = new TreeMap<>();

			private final Map<LocalDate, Map<String, BigDecimal>> byDayAndTeam = new TreeMap<>();

			private final Map<LocalDate, Map<String, BigDecimal>> byDayAndWorkload = new TreeMap<>();

			private final Map<Currency, java.util.SortedSet<LocalDate>> unconvertedDays = new TreeMap<>(
					(a, b) -> a.getCurrencyCode().compareTo(b.getCurrencyCode()));

			Builder(Currency currency) {
				this.currency = currency;
			}

			void add(LocalDate day, String model, String team, String workload, BigDecimal amount) {
				this.byDay.merge(day, amount, BigDecimal::add);
				this.byDayAndWorkload.computeIfAbsent(day, d -> new TreeMap<>())
					.merge(workload, amount, BigDecimal::add);
				this.byDayAndModel.computeIfAbsent(day, d -> new TreeMap<>()).merge(model, amount, BigDecimal::add);
				this.byDayAndTeam.computeIfAbsent(day, d -> new TreeMap<>()).merge(team, amount, BigDecimal::add);
			}

			void unconverted(Currency original, LocalDate day, BigDecimal amount) {
				this.unconvertedDays.computeIfAbsent(original, c -> new java.util.TreeSet<>()).add(day);
			}

			DailySpend build() {
				return new DailySpend(this.currency, this.byDay, this.byDayAndModel, this.byDayAndTeam,
						this.byDayAndWorkload, this.unconvertedDays);
			}

		}

	}

	/**
	 * What a spend query groups by besides the billing rule's own keys (month, model,
	 * currency, billed or not) and the dimension a scope is told by: the rule runs in
	 * Java on the few rows the database returns, never a second copy of it in SQL.
	 */
	private enum Grain {

		/**
		 * Month, provider, team and project; an amount in another currency than the
		 * reporting one keeps its day, whose rate converts it.
		 */
		MONTHS_WHERE_NO_RATE,

		/** Day, provider, team and project. */
		DAYS,

		/** Day only. */
		DAY_TOTALS

	}

	/**
	 * The stored costs of the days summed in the database at a grain; lines of a scope
	 * only.
	 */
	private List<Line> lines(LocalDate from, LocalDate to, Scope scope, Grain grain, Currency reporting) {
		boolean breakdown = grain != Grain.DAY_TOTALS;
		// a scope is told by its dimension: kept whatever the grain
		List<String> dimensions = new ArrayList<>();
		String provider = keep(breakdown || scope.kind() == Scope.Kind.PROVIDER, "provider", dimensions);
		String team = keep(breakdown || scope.kind() == Scope.Kind.TEAM, "team", dimensions);
		String project = keep(breakdown || scope.kind() == Scope.Kind.PROJECT || scope.kind() == Scope.Kind.WORKLOAD,
				"project", dimensions);
		// an amount in the reporting currency needs no day's rate: its month's days are
		// summed (the day worked out in a derived table: H2 refuses MIN over a column
		// that a grouped expression holds)
		String rateDay = (grain == Grain.MONTHS_WHERE_NO_RATE)
				? "CASE WHEN u.currency = :reporting THEN NULL ELSE u.usage_date END" : "u.usage_date";
		String sql = "SELECT MIN(x.usage_date), " + provider + ", x.model, " + team + ", " + project
				+ ", x.currency, x.usage_kind, SUM(x.billed_cost) FROM (SELECT u.usage_date, u.raw_provider AS provider,"
				+ " COALESCE(m.canonical_name, u.raw_model) AS model, u.team, u.project, u.currency, u.usage_kind,"
				+ " u.billed_cost, EXTRACT(YEAR FROM u.usage_date) AS usage_year,"
				+ " EXTRACT(MONTH FROM u.usage_date) AS usage_month, " + rateDay + " AS rate_day"
				+ " FROM usage_daily u LEFT JOIN model m ON m.id = u.model_id"
				+ " WHERE u.usage_date BETWEEN :from AND :to AND u.billed_cost IS NOT NULL) x"
				+ " GROUP BY x.usage_year, x.usage_month, x.rate_day, x.model, "
				+ String.join("", dimensions.stream().map(column -> column + ", ").toList())
				+ "x.currency, x.usage_kind";
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql).param("from", from).param("to", to);
		if (grain == Grain.MONTHS_WHERE_NO_RATE) {
			statement = statement.param("reporting", reporting.getCurrencyCode());
		}
		return statement
			.query((rs, row) -> new Line(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5), Currency.getInstance(rs.getString(6).trim()),
					"BILLED".equals(rs.getString(7)), rs.getBigDecimal(8)))
			.list()
			.stream()
			.filter(line -> scope.covers(line.provider(), line.model(), line.team(), line.project()))
			.toList();
	}

	/**
	 * The derived table's column when kept (and then grouped by), else a null of its
	 * type.
	 */
	private static String keep(boolean kept, String column, List<String> grouped) {
		if (!kept) {
			return "CAST(NULL AS VARCHAR(200))";
		}
		grouped.add("x." + column);
		return "x." + column;
	}

	/**
	 * Tokens (input, cached input and output, text and audio) per model over the days, in
	 * one scope: what unit costs divide by.
	 */
	public Map<String, Long> tokensByModel(LocalDate from, LocalDate to, Scope scope) {
		record Row(String provider, String model, String team, String project, long tokens) {
		}
		Map<String, Long> tokens = new java.util.TreeMap<>();
		this.jdbc.sql("""
				SELECT u.raw_provider, COALESCE(m.canonical_name, u.raw_model), u.team, u.project,
				       SUM(COALESCE(u.input_tokens, 0) + COALESCE(u.cached_input_tokens, 0)
				           + COALESCE(u.output_tokens, 0) + COALESCE(u.input_audio_tokens, 0)
				           + COALESCE(u.output_audio_tokens, 0))
				FROM usage_daily u LEFT JOIN model m ON m.id = u.model_id
				WHERE u.usage_date BETWEEN :from AND :to AND u.usage_kind <> 'BILLED'
				GROUP BY u.raw_provider, COALESCE(m.canonical_name, u.raw_model), u.team, u.project""")
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getLong(5)))
			.list()
			.stream()
			.filter(row -> scope.covers(row.provider(), row.model(), row.team(), row.project()))
			.forEach(row -> tokens.merge(row.model(), row.tokens(), Long::sum));
		return tokens;
	}

	/**
	 * Tokens of one scope per workload, day by day, per token class ("input", "cached
	 * input", "cache write", "output", "audio input", "audio output"): what explains a
	 * change of spend that the models and teams do not.
	 */
	public Map<String, Map<LocalDate, Map<String, Long>>> dailyTokensByWorkload(LocalDate from, LocalDate to,
			Scope scope) {
		Map<String, Map<LocalDate, Map<String, Long>>> tokens = new TreeMap<>();
		String[] classes = { "input", "cached input", "cache write", "output", "audio input", "audio output" };
		this.jdbc.sql("""
				SELECT u.usage_date, u.raw_provider, COALESCE(m.canonical_name, u.raw_model), u.team, u.project,
				       SUM(COALESCE(u.input_tokens, 0)), SUM(COALESCE(u.cached_input_tokens, 0)),
				       SUM(COALESCE(u.cache_write_tokens, 0)), SUM(COALESCE(u.output_tokens, 0)),
				       SUM(COALESCE(u.input_audio_tokens, 0)), SUM(COALESCE(u.output_audio_tokens, 0))
				FROM usage_daily u LEFT JOIN model m ON m.id = u.model_id
				WHERE u.usage_date BETWEEN :from AND :to AND u.usage_kind <> 'BILLED'
				GROUP BY u.usage_date, u.raw_provider, COALESCE(m.canonical_name, u.raw_model), u.team, u.project""")
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> {
				if (scope.covers(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5))) {
					Map<String, Long> day = tokens
						.computeIfAbsent(workload(rs.getString(5), rs.getString(3)), w -> new TreeMap<>())
						.computeIfAbsent(rs.getObject(1, LocalDate.class), d -> new java.util.LinkedHashMap<>());
					for (int index = 0; index < classes.length; index++) {
						day.merge(classes[index], rs.getLong(6 + index), Long::sum);
					}
				}
				return n;
			})
			.list();
		return tokens;
	}

	/**
	 * Tokens of one scope per token class over the days, in the classes of
	 * {@link #dailyTokensByWorkload} ("input", …, "audio input", "audio output"), every
	 * class once: what the spend was spent on.
	 */
	public Map<String, Long> tokensByClass(LocalDate from, LocalDate to, Scope scope) {
		Map<String, Long> totals = new java.util.LinkedHashMap<>();
		dailyTokensByWorkload(from, to, scope).values()
			.forEach(days -> days.values()
				.forEach(classes -> classes
					.forEach((tokenClass, tokens) -> totals.merge(tokenClass, tokens, Long::sum))));
		return totals;
	}

	/**
	 * The breakdown of stored lines: pure, so the rule is testable without a database.
	 */
	static SpendReport of(LocalDate from, LocalDate to, Currency reporting, List<Line> lines,
			UsageReconciliation.Conversion conversion) {
		SpendReport.Builder report = new SpendReport.Builder(from, to, reporting);
		counted(lines, reporting, conversion,
				(line, amount) -> report.add(YearMonth.from(line.day()), line.provider(), line.model(),
						orNone(line.team()), orNone(line.project()), amount),
				line -> report.unconverted(line.currency(), line.day(), line.cost()));
		return report.build();
	}

	/**
	 * The lines that count under the billing rule, each converted at its day's rate into
	 * the reporting currency: handed on converted, or as lacking a rate.
	 */
	private static void counted(List<Line> lines, Currency reporting, UsageReconciliation.Conversion conversion,
			BiConsumer<Line, BigDecimal> converted, Consumer<Line> withoutRate) {
		for (Line line : billingRule(lines)) {
			conversion.convert(line.cost(), line.currency(), reporting, line.day())
				.ifPresentOrElse(amount -> converted.accept(line, amount), () -> withoutRate.accept(line));
		}
	}

	/**
	 * The lines that count: where an invoice (BILLED) covers a month, model and currency,
	 * the invoice, not the usage export's estimate of the same spend.
	 */
	private static List<Line> billingRule(List<Line> lines) {
		Set<String> billedGroups = new HashSet<>();
		for (Line line : lines) {
			if (line.billed()) {
				billedGroups.add(group(line));
			}
		}
		return lines.stream().filter(line -> line.billed() || !billedGroups.contains(group(line))).toList();
	}

	/** A workload's name: its project on its model, "helpdesk on openai/gpt-4o". */
	public static String workload(String project, String model) {
		return orNone(project) + " on " + model;
	}

	private static String group(Line line) {
		return YearMonth.from(line.day()) + "|" + line.model() + "|" + line.currency().getCurrencyCode();
	}

	private static String orNone(String value) {
		return (value == null || value.isBlank()) ? NONE : value;
	}

	/**
	 * @param from first day
	 * @param to last day
	 * @param currency the reporting currency of every amount
	 * @param byMonth spend per month
	 * @param byMonthAndProvider spend per month and provider
	 * @param byProvider spend per provider
	 * @param byModel spend per model
	 * @param byTeam spend per team ("(none)" for usage without one)
	 * @param byProject spend per project
	 * @param missingRates amounts left out for want of a rate, per original currency,
	 * with the days that lack one
	 */
	public record SpendReport(LocalDate from, LocalDate to, Currency currency, Map<YearMonth, BigDecimal> byMonth,
			Map<YearMonth, Map<String, BigDecimal>> byMonthAndProvider, Map<String, BigDecimal> byProvider,
			Map<String, BigDecimal> byModel, Map<String, BigDecimal> byTeam, Map<String, BigDecimal> byProject,
			Map<String, BigDecimal> byWorkload, List<MissingRate> missingRates) {

		/** Everything converted. */
		public BigDecimal total() {
			return this.byMonth.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		}

		/**
		 * No amount could be converted, so there is no total to show: a sum of nothing
		 * would read as a spend of zero.
		 */
		public boolean nothingConverted() {
			return this.byMonth.isEmpty() && !this.missingRates.isEmpty();
		}

		/** Amounts left out for want of a rate, per original currency. */
		public Map<Currency, BigDecimal> unconverted() {
			Map<Currency, BigDecimal> amounts = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
			this.missingRates.forEach(missing -> amounts.put(missing.currency(), missing.amount()));
			return amounts;
		}

		/** The workloads (project and model) that cost most, largest first. */
		public List<Map.Entry<String, BigDecimal>> topWorkloads(int limit) {
			return this.byWorkload.entrySet()
				.stream()
				.sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed())
				.limit(limit)
				.toList();
		}

		/** A breakdown's entries, the largest spend first (ties by name). */
		public List<Map.Entry<String, BigDecimal>> largestFirst(Map<String, BigDecimal> breakdown) {
			return breakdown.entrySet()
				.stream()
				.sorted(Map.Entry.<String, BigDecimal>comparingByValue()
					.reversed()
					.thenComparing(Map.Entry.comparingByKey()))
				.toList();
		}

		/** An amount's share of the total, in percent (0 when the total is 0). */
		public BigDecimal percentOfTotal(BigDecimal amount) {
			BigDecimal total = total();
			return (total.signum() == 0) ? BigDecimal.ZERO
					: amount.multiply(BigDecimal.valueOf(100)).divide(total, 1, java.math.RoundingMode.HALF_UP);
		}

		/** Providers in the order of their total spend, largest first. */
		public List<String> providersBySpend() {
			List<String> providers = new ArrayList<>(this.byProvider.keySet());
			providers.sort((a, b) -> this.byProvider.get(b).compareTo(this.byProvider.get(a)));
			return providers;
		}

		static final class Builder {

			private final LocalDate from;

			private final LocalDate to;

			private final Currency currency;

			private final Map<YearMonth, BigDecimal> byMonth = new TreeMap<>();

			private final Map<YearMonth, Map<String, BigDecimal>> byMonthAndProvider = new TreeMap<>();

			private final Map<String, BigDecimal> byProvider = new TreeMap<>();

			private final Map<String, BigDecimal> byModel = new TreeMap<>();

			private final Map<String, BigDecimal> byTeam = new TreeMap<>();

			private final Map<String, BigDecimal> byProject = new TreeMap<>();

			private final Map<String, BigDecimal> byWorkload = new TreeMap<>();

			private final Map<Currency, BigDecimal> unconverted = new TreeMap<>(
					Comparator.comparing(Currency::getCurrencyCode));

			private final Map<Currency, SortedSet<LocalDate>> daysWithoutRate = new TreeMap<>(
					Comparator.comparing(Currency::getCurrencyCode));

			Builder(LocalDate from, LocalDate to, Currency currency) {
				this.from = from;
				this.to = to;
				this.currency = currency;
			}

			void add(YearMonth month, String provider, String model, String team, String project, BigDecimal amount) {
				this.byMonth.merge(month, amount, BigDecimal::add);
				this.byMonthAndProvider.computeIfAbsent(month, m -> new TreeMap<>())
					.merge(provider, amount, BigDecimal::add);
				this.byProvider.merge(provider, amount, BigDecimal::add);
				this.byModel.merge(model, amount, BigDecimal::add);
				this.byTeam.merge(team, amount, BigDecimal::add);
				this.byProject.merge(project, amount, BigDecimal::add);
				this.byWorkload.merge(workload(project, model), amount, BigDecimal::add);
			}

			void unconverted(Currency original, LocalDate day, BigDecimal amount) {
				this.unconverted.merge(original, amount, BigDecimal::add);
				this.daysWithoutRate.computeIfAbsent(original, c -> new TreeSet<>()).add(day);
			}

			SpendReport build() {
				List<MissingRate> missing = this.unconverted.entrySet()
					.stream()
					.map(entry -> new MissingRate(entry.getKey(), this.currency, entry.getValue(),
							this.daysWithoutRate.get(entry.getKey()).first(),
							this.daysWithoutRate.get(entry.getKey()).last(),
							this.daysWithoutRate.get(entry.getKey()).size()))
					.toList();
				return new SpendReport(this.from, this.to, this.currency, this.byMonth, this.byMonthAndProvider,
						this.byProvider, this.byModel, this.byTeam, this.byProject, this.byWorkload, missing);
			}

		}

	}

	/**
	 * Amounts in one currency that no rate converts into the reporting currency: which
	 * currency, how much, and on which days.
	 *
	 * @param currency the amounts' own currency
	 * @param reporting the currency they could not be converted into
	 * @param amount their sum, in {@code currency}
	 * @param firstDay the first day with such an amount
	 * @param lastDay the last day with such an amount
	 * @param days how many days between them (inclusive) had such an amount
	 */
	public record MissingRate(Currency currency, Currency reporting, BigDecimal amount, LocalDate firstDay,
			LocalDate lastDay, int days) {

	}

}
