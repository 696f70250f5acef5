package com.breakeven.web.guardrails;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alerts (table {@code alert}), each raised once: its key names the kind, the scope and
 * the period or day, so a check that runs again or a late export restating a day finds it
 * there. Raising one queues its deliveries in the same transaction.
 */
@Repository
public class Alerts {

	private final JdbcClient jdbc;

	private final Clock clock;

	Alerts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * An alert to raise.
	 *
	 * @param key what makes it the same alert as another: kind, scope, period or day
	 * @param kind what raised it
	 * @param scopeKind the kind of scope ("BUDGET", "WORKLOAD", "MODEL", ...)
	 * @param scopeValue the scope's value (a budget's name, a workload)
	 * @param budgetId the budget it is about, if any
	 */
	public record Draft(String key, Alert.Kind kind, String scopeKind, String scopeValue, LocalDate periodStart,
			LocalDate periodEnd, String title, String detail, BigDecimal amount, Currency currency, Long budgetId) {

	}

	/** One delivery of an alert: a channel and its target (an address, a URL). */
	public record Target(String channel, String target) {

	}

	/**
	 * Stores the alert unless one with its key is there, and queues its deliveries; an
	 * alert of a muted kind and scope is stored muted and sent nowhere.
	 * @return the new alert's id; empty when it was raised before
	 */
	@Transactional
	public Optional<Long> raise(Draft draft, List<Target> targets) {
		boolean known = this.jdbc.sql("SELECT COUNT(*) FROM alert WHERE dedup_key = :key")
			.param("key", draft.key())
			.query(Long.class)
			.single() > 0;
		if (known) {
			return Optional.empty();
		}
		boolean muted = this.jdbc.sql(
				"SELECT COUNT(*) FROM alert_mute WHERE kind = :kind AND scope_kind = :scopeKind AND scope_value = :value")
			.param("kind", draft.kind().name())
			.param("scopeKind", draft.scopeKind())
			.param("value", (draft.scopeValue() == null) ? "" : draft.scopeValue())
			.query(Long.class)
			.single() > 0;
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		try {
			this.jdbc
				.sql("""
						INSERT INTO alert (dedup_key, kind, scope_kind, scope_value, period_start, period_end, title, detail,
						                   amount, currency, budget_id, state, raised_at)
						VALUES (:key, :kind, :scopeKind, :scopeValue, :periodStart, :periodEnd, :title, :detail, :amount,
						        :currency, :budgetId, :state, :now)""")
				.param("key", draft.key())
				.param("kind", draft.kind().name())
				.param("scopeKind", draft.scopeKind())
				.param("scopeValue", draft.scopeValue())
				.param("periodStart", draft.periodStart())
				.param("periodEnd", draft.periodEnd())
				.param("title", shortened(draft.title(), 500))
				.param("detail", shortened(draft.detail(), 4000))
				.param("amount", draft.amount())
				.param("currency", (draft.currency() == null) ? null : draft.currency().getCurrencyCode())
				.param("budgetId", draft.budgetId())
				.param("state", (muted ? Alert.State.MUTED : Alert.State.OPEN).name())
				.param("now", now)
				.update(key, "id");
		}
		catch (DuplicateKeyException raisedMeanwhile) {
			// another instance raised it between the look and the insert
			return Optional.empty();
		}
		long id = key.getKey().longValue();
		if (!muted) {
			for (Target target : targets) {
				this.jdbc.sql("""
						INSERT INTO alert_delivery (alert_id, channel, target, next_attempt_at)
						VALUES (:alert, :channel, :target, :now)""")
					.param("alert", id)
					.param("channel", target.channel())
					.param("target", target.target())
					.param("now", now)
					.update();
			}
		}
		return Optional.of(id);
	}

	/** The newest alerts first. */
	public List<Alert> recent(int limit) {
		return this.jdbc.sql(SELECT + " ORDER BY a.raised_at DESC, a.id DESC")
			.query(Alerts::alert)
			.list()
			.stream()
			.limit(limit)
			.toList();
	}

	/** How many alerts are neither acknowledged nor muted. */
	public long openCount() {
		return this.jdbc.sql("SELECT COUNT(*) FROM alert WHERE state = 'OPEN'").query(Long.class).single();
	}

	public Optional<Alert> find(long id) {
		return this.jdbc.sql(SELECT + " WHERE a.id = :id").param("id", id).query(Alerts::alert).optional();
	}

	/** Marks an alert seen; it stays listed. */
	public void acknowledge(long id, String user) {
		this.jdbc.sql("""
				UPDATE alert SET state = 'ACKNOWLEDGED', acknowledged_by = :user, acknowledged_at = :now
				WHERE id = :id AND state = 'OPEN'""")
			.param("user", user)
			.param("now", OffsetDateTime.now(this.clock))
			.param("id", id)
			.update();
	}

	/**
	 * Mutes the alert and every later alert of its kind for its scope: they are stored
	 * muted and sent nowhere. Deliveries of this one not yet made are dropped.
	 */
	@Transactional
	public void mute(long id, String user) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.jdbc.sql("""
				INSERT INTO alert_mute (kind, scope_kind, scope_value, muted_by, muted_at)
				SELECT a.kind, a.scope_kind, COALESCE(a.scope_value, ''), :user, :now FROM alert a
				WHERE a.id = :id AND NOT EXISTS (SELECT 1 FROM alert_mute m WHERE m.kind = a.kind
				      AND m.scope_kind = a.scope_kind AND m.scope_value = COALESCE(a.scope_value, ''))""")
			.param("user", user)
			.param("now", now)
			.param("id", id)
			.update();
		this.jdbc.sql("""
				UPDATE alert SET state = 'MUTED', acknowledged_by = :user, acknowledged_at = :now WHERE id = :id""")
			.param("user", user)
			.param("now", now)
			.param("id", id)
			.update();
		this.jdbc.sql("DELETE FROM alert_delivery WHERE alert_id = :id AND delivered_at IS NULL")
			.param("id", id)
			.update();
	}

	private static final String SELECT = """
			SELECT a.id, a.kind, a.scope_kind, a.scope_value, a.period_start, a.period_end, a.title, a.detail, a.amount,
			       a.currency, a.state, a.raised_at, a.acknowledged_by
			FROM alert a""";

	private static Alert alert(ResultSet rs, int row) throws SQLException {
		String currency = rs.getString("currency");
		String scopeKind = rs.getString("scope_kind");
		String scopeValue = rs.getString("scope_value");
		return new Alert(rs.getLong("id"), Alert.Kind.valueOf(rs.getString("kind")),
				(scopeValue == null || scopeValue.isEmpty()) ? scopeKind.toLowerCase(java.util.Locale.ROOT)
						: scopeKind.toLowerCase(java.util.Locale.ROOT) + " " + scopeValue,
				rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
				rs.getString("title"), rs.getString("detail"), rs.getBigDecimal("amount"),
				(currency == null) ? null : Currency.getInstance(currency.trim()),
				Alert.State.valueOf(rs.getString("state")), rs.getObject("raised_at", OffsetDateTime.class),
				rs.getString("acknowledged_by"));
	}

	private static String shortened(String text, int limit) {
		return (text.length() <= limit) ? text : text.substring(0, limit - 1) + "…";
	}

}
