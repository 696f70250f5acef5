package com.breakeven.ingestion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Usage APIs, proxy spend logs and billing exports describe the same traffic, so their
 * costs are never summed: per model and currency, the billed amount wins where there is
 * one, the estimate stands in where there is not, and the difference between the two is
 * reported.
 */
@Service
public class UsageReconciliation {

	private final JdbcClient jdbc;

	public UsageReconciliation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One model's spend in one currency over a period.
	 *
	 * @param model canonical model name, or the raw name when no alias resolved it
	 * @param currency the currency
	 * @param billed sum of BILLED rows, or {@code null} when there are none
	 * @param estimated sum of ESTIMATE and USAGE rows that carry a cost, or {@code null}
	 * when there are none
	 */
	public record Line(String model, Currency currency, BigDecimal billed, BigDecimal estimated) {

		/**
		 * @return the spend to report: billed where billed, else estimated
		 */
		public BigDecimal spend() {
			return (this.billed != null) ? this.billed : this.estimated;
		}

		/**
		 * @return billed − estimated when both exist, else {@code null}
		 */
		public BigDecimal difference() {
			return (this.billed != null && this.estimated != null) ? this.billed.subtract(this.estimated) : null;
		}

	}

	/**
	 * @param from first day, inclusive
	 * @param to last day, inclusive
	 * @return one line per model and currency, largest spend first
	 */
	public List<Line> between(LocalDate from, LocalDate to) {
		return lines(daysByLine(from, to));
	}

	/** One model's costs in one currency on one day, billed and estimated apart. */
	private record DaySpend(LocalDate day, BigDecimal billed, BigDecimal estimated) {

	}

	private record ModelCurrency(String model, Currency currency) {

	}

	private Map<ModelCurrency, List<DaySpend>> daysByLine(LocalDate from, LocalDate to) {
		Map<ModelCurrency, List<DaySpend>> days = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT COALESCE(m.canonical_name, u.raw_model) AS model, u.currency, u.usage_date,
				       SUM(CASE WHEN u.usage_kind = 'BILLED' THEN u.billed_cost END) AS billed,
				       SUM(CASE WHEN u.usage_kind <> 'BILLED' THEN u.billed_cost END) AS estimated
				FROM usage_daily u LEFT JOIN model m ON m.id = u.model_id
				WHERE u.usage_date BETWEEN :from AND :to AND u.billed_cost IS NOT NULL
				GROUP BY COALESCE(m.canonical_name, u.raw_model), u.currency, u.usage_date""")
			.param("from", from)
			.param("to", to)
			.query((rs,
					row) -> days
						.computeIfAbsent(
								new ModelCurrency(rs.getString("model"),
										Currency.getInstance(rs.getString("currency").trim())),
								key -> new ArrayList<>())
						.add(new DaySpend(rs.getObject("usage_date", LocalDate.class), rs.getBigDecimal("billed"),
								rs.getBigDecimal("estimated"))))
			.list();
		return days;
	}

	private static List<Line> lines(Map<ModelCurrency, List<DaySpend>> daysByLine) {
		return daysByLine.entrySet()
			.stream()
			.map(entry -> new Line(entry.getKey().model(), entry.getKey().currency(),
					sum(entry.getValue(), DaySpend::billed), sum(entry.getValue(), DaySpend::estimated)))
			.sorted((a, b) -> b.spend().compareTo(a.spend()))
			.toList();
	}

	/**
	 * @return the sum of the days that have the amount, or {@code null} when none has
	 */
	private static BigDecimal sum(List<DaySpend> days, Function<DaySpend, BigDecimal> amount) {
		return days.stream().map(amount).filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
	}

	/** Converts an amount of one day between currencies; empty when a rate is missing. */
	@FunctionalInterface
	public interface Conversion {

		Optional<BigDecimal> convert(BigDecimal amount, Currency from, Currency to, LocalDate day);

	}

	/**
	 * A line with its spend and difference in the reporting currency, each day converted
	 * at that day's rate.
	 *
	 * @param line the line in its own currency
	 * @param spend spend in the reporting currency, or {@code null} when a day lacked a
	 * rate
	 * @param difference billed − estimated in the reporting currency, or {@code null}
	 * when there is no difference or a day lacked a rate
	 */
	public record ReportLine(Line line, BigDecimal spend, BigDecimal difference) {

	}

	/**
	 * The reconciliation of a period in one reporting currency.
	 *
	 * @param from first day
	 * @param to last day
	 * @param reporting the reporting currency
	 * @param lines one per model and original currency, largest spend first
	 * @param spend total spend in the reporting currency (billed where billed, else
	 * estimated) of the lines that could be converted
	 * @param difference total billed − estimated in the reporting currency
	 * @param unconverted spend per original currency left out of the totals for want of
	 * an exchange rate
	 */
	public record Report(LocalDate from, LocalDate to, Currency reporting, List<ReportLine> lines, BigDecimal spend,
			BigDecimal difference, Map<Currency, BigDecimal> unconverted) {

	}

	/**
	 * @param from first day, inclusive
	 * @param to last day, inclusive
	 * @param reporting the currency to report in
	 * @param conversion exchange rates (ECB reference rates in the application)
	 * @return the period's reconciliation in the reporting currency
	 */
	public Report report(LocalDate from, LocalDate to, Currency reporting, Conversion conversion) {
		Map<ModelCurrency, List<DaySpend>> daysByLine = daysByLine(from, to);
		Map<Currency, BigDecimal> unconverted = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
		List<ReportLine> lines = new ArrayList<>();
		BigDecimal totalSpend = BigDecimal.ZERO;
		BigDecimal totalDifference = BigDecimal.ZERO;
		for (Line line : lines(daysByLine)) {
			List<DaySpend> days = daysByLine.get(new ModelCurrency(line.model(), line.currency()));
			Optional<BigDecimal> billed = converted(days, DaySpend::billed, line.currency(), reporting, conversion);
			Optional<BigDecimal> estimated = converted(days, DaySpend::estimated, line.currency(), reporting,
					conversion);
			Optional<BigDecimal> spend = (line.billed() != null) ? billed : estimated;
			BigDecimal difference = (line.difference() != null && billed.isPresent() && estimated.isPresent())
					? billed.get().subtract(estimated.get()) : null;
			if (spend.isPresent()) {
				totalSpend = totalSpend.add(spend.get());
			}
			else {
				unconverted.merge(line.currency(), line.spend(), BigDecimal::add);
			}
			if (difference != null) {
				totalDifference = totalDifference.add(difference);
			}
			lines.add(new ReportLine(line, spend.orElse(null), difference));
		}
		return new Report(from, to, reporting, lines, totalSpend, totalDifference, unconverted);
	}

	/**
	 * @return the days' amounts, each converted at its day's rate and summed; empty when
	 * a day lacks a rate
	 */
	private static Optional<BigDecimal> converted(List<DaySpend> days, Function<DaySpend, BigDecimal> amount,
			Currency currency, Currency reporting, Conversion conversion) {
		BigDecimal sum = BigDecimal.ZERO;
		for (DaySpend day : days) {
			if (amount.apply(day) == null) {
				continue;
			}
			Optional<BigDecimal> converted = conversion.convert(amount.apply(day), currency, reporting, day.day());
			if (converted.isEmpty()) {
				return Optional.empty();
			}
			sum = sum.add(converted.get());
		}
		return Optional.of(sum);
	}

}
