package com.breakeven.ingestion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
		return this.jdbc.sql("""
				SELECT COALESCE(m.canonical_name, u.raw_model) AS model, u.currency,
				       SUM(CASE WHEN u.usage_kind = 'BILLED' THEN u.billed_cost END) AS billed,
				       SUM(CASE WHEN u.usage_kind <> 'BILLED' THEN u.billed_cost END) AS estimated
				FROM usage_daily u LEFT JOIN model m ON m.id = u.model_id
				WHERE u.usage_date BETWEEN :from AND :to AND u.billed_cost IS NOT NULL
				GROUP BY COALESCE(m.canonical_name, u.raw_model), u.currency""")
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new Line(rs.getString("model"), Currency.getInstance(rs.getString("currency").trim()),
					rs.getBigDecimal("billed"), rs.getBigDecimal("estimated")))
			.list()
			.stream()
			.sorted((a, b) -> b.spend().compareTo(a.spend()))
			.toList();
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
		record Day(String model, Currency currency, LocalDate day, BigDecimal billed, BigDecimal estimated) {
		}
		List<Day> days = this.jdbc.sql("""
				SELECT COALESCE(m.canonical_name, u.raw_model) AS model, u.currency, u.usage_date,
				       SUM(CASE WHEN u.usage_kind = 'BILLED' THEN u.billed_cost END) AS billed,
				       SUM(CASE WHEN u.usage_kind <> 'BILLED' THEN u.billed_cost END) AS estimated
				FROM usage_daily u LEFT JOIN model m ON m.id = u.model_id
				WHERE u.usage_date BETWEEN :from AND :to AND u.billed_cost IS NOT NULL
				GROUP BY COALESCE(m.canonical_name, u.raw_model), u.currency, u.usage_date""")
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new Day(rs.getString("model"), Currency.getInstance(rs.getString("currency").trim()),
					rs.getObject("usage_date", LocalDate.class), rs.getBigDecimal("billed"),
					rs.getBigDecimal("estimated")))
			.list();
		Map<Currency, BigDecimal> unconverted = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
		List<ReportLine> lines = new ArrayList<>();
		BigDecimal totalSpend = BigDecimal.ZERO;
		BigDecimal totalDifference = BigDecimal.ZERO;
		for (Line line : between(from, to)) {
			List<Day> ofLine = days.stream()
				.filter(day -> day.model().equals(line.model()) && day.currency().equals(line.currency()))
				.toList();
			boolean billedWins = line.billed() != null;
			Optional<BigDecimal> billed = convertedSum(ofLine.stream().filter(d -> d.billed() != null).toList(),
					Day::billed, Day::currency, Day::day, reporting, conversion);
			Optional<BigDecimal> estimated = convertedSum(ofLine.stream().filter(d -> d.estimated() != null).toList(),
					Day::estimated, Day::currency, Day::day, reporting, conversion);
			Optional<BigDecimal> spend = billedWins ? billed : estimated;
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

	private static <T> Optional<BigDecimal> convertedSum(List<T> days, Function<T, BigDecimal> amount,
			Function<T, Currency> currency, Function<T, LocalDate> day, Currency reporting, Conversion conversion) {
		BigDecimal sum = BigDecimal.ZERO;
		for (T each : days) {
			Optional<BigDecimal> converted = conversion.convert(amount.apply(each), currency.apply(each), reporting,
					day.apply(each));
			if (converted.isEmpty()) {
				return Optional.empty();
			}
			sum = sum.add(converted.get());
		}
		return Optional.of(sum);
	}

}
