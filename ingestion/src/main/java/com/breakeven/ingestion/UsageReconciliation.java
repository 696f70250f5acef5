package com.breakeven.ingestion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

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

}
