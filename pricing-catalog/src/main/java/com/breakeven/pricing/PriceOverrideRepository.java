package com.breakeven.pricing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import com.breakeven.db.Timestamps;

/** Negotiated discounts and fixed prices, stored in table {@code price_override}. */
@Repository
public class PriceOverrideRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	public PriceOverrideRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @return the stored term with its id
	 */
	public PriceOverride add(PriceOverride term) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO price_override (provider_id, model_id, account, kind, discount_fraction, currency,"
					+ " input_per_mtok, cached_input_per_mtok, output_per_mtok, effective_from, effective_to, note,"
					+ " created_at) VALUES (:providerId, :modelId, :account, :kind, :discount, :currency, :input,"
					+ " :cachedInput, :output, :from, :to, :note, :now)")
			.param("providerId", term.providerId())
			.param("modelId", term.modelId())
			.param("account", term.account())
			.param("kind", term.kind().name())
			.param("discount", term.discountFraction())
			.param("currency", (term.currency() != null) ? term.currency().getCurrencyCode() : null)
			.param("input", term.inputPerMtok())
			.param("cachedInput", term.cachedInputPerMtok())
			.param("output", term.outputPerMtok())
			.param("from", term.effectiveFrom())
			.param("to", term.effectiveTo())
			.param("note", term.note())
			.param("now", Timestamps.utcNow(this.clock))
			.update(keys, "id");
		return new PriceOverride(keys.getKeyAs(Long.class), term.providerId(), term.modelId(), term.account(),
				term.kind(), term.discountFraction(), term.currency(), term.inputPerMtok(), term.cachedInputPerMtok(),
				term.outputPerMtok(), term.effectiveFrom(), term.effectiveTo(), term.note());
	}

	/**
	 * @return terms in force on a day
	 */
	public List<PriceOverride> inForceOn(LocalDate day) {
		return this.jdbc
			.sql("SELECT * FROM price_override WHERE effective_from <= :day"
					+ " AND (effective_to IS NULL OR effective_to > :day)")
			.param("day", day)
			.query(PriceOverrideRepository::map)
			.list();
	}

	private static PriceOverride map(ResultSet rs, int row) throws SQLException {
		String currency = rs.getString("currency");
		return new PriceOverride(rs.getLong("id"), rs.getObject("provider_id", Long.class),
				rs.getObject("model_id", Long.class), rs.getString("account"),
				PriceOverride.Kind.valueOf(rs.getString("kind")), rs.getBigDecimal("discount_fraction"),
				(currency != null) ? Currency.getInstance(currency.trim()) : null, rs.getBigDecimal("input_per_mtok"),
				rs.getBigDecimal("cached_input_per_mtok"), rs.getBigDecimal("output_per_mtok"),
				rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class),
				rs.getString("note"));
	}

}
