package com.breakeven.web.guardrails;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import com.breakeven.ingestion.SpendAnalysis;
import com.breakeven.simulator.guardrails.BudgetPeriod;

/** Budgets, in table {@code budget}. */
@Repository
public class Budgets {

	private final JdbcClient jdbc;

	private final Clock clock;

	Budgets(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Every budget, by name. */
	public List<Budget> all() {
		return this.jdbc.sql("SELECT * FROM budget ORDER BY name").query(Budgets::budget).list();
	}

	public Optional<Budget> find(long id) {
		return this.jdbc.sql("SELECT * FROM budget WHERE id = :id").param("id", id).query(Budgets::budget).optional();
	}

	/**
	 * @return the new budget's id
	 * @throws BudgetForm.Refused when another budget has the name
	 */
	long create(Budget budget, String user) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		try {
			this.jdbc.sql("""
					INSERT INTO budget (name, scope_kind, scope_value, period, amount, currency, thresholds, created_by,
					                    created_at, updated_at)
					VALUES (:name, :kind, :value, :period, :amount, :currency, :thresholds, :user, :now, :now)""")
				.params(columns(budget))
				.param("user", user)
				.param("now", now)
				.update(key, "id");
		}
		catch (DuplicateKeyException ex) {
			throw nameTaken(budget);
		}
		return key.getKey().longValue();
	}

	/**
	 * @throws BudgetForm.Refused when another budget has the name
	 */
	void update(Budget budget) {
		try {
			this.jdbc.sql("""
					UPDATE budget SET name = :name, scope_kind = :kind, scope_value = :value, period = :period,
					       amount = :amount, currency = :currency, thresholds = :thresholds, updated_at = :now
					WHERE id = :id""")
				.params(columns(budget))
				.param("id", budget.id())
				.param("now", OffsetDateTime.now(this.clock))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw nameTaken(budget);
		}
	}

	void delete(long id) {
		this.jdbc.sql("DELETE FROM budget WHERE id = :id").param("id", id).update();
	}

	private static BudgetForm.Refused nameTaken(Budget budget) {
		return new BudgetForm.Refused(Map.of("name", "another budget is named '" + budget.name() + "'"));
	}

	private static Map<String, Object> columns(Budget budget) {
		java.util.HashMap<String, Object> columns = new java.util.HashMap<>();
		columns.put("name", budget.name());
		columns.put("kind", budget.scope().kind().name());
		columns.put("value", budget.scope().value());
		columns.put("period", budget.period().name());
		columns.put("amount", budget.amount());
		columns.put("currency", budget.currency().getCurrencyCode());
		columns.put("thresholds", budget.thresholds().stream().map(String::valueOf).collect(Collectors.joining(",")));
		return columns;
	}

	private static Budget budget(ResultSet rs, int row) throws SQLException {
		SpendAnalysis.Scope.Kind kind = SpendAnalysis.Scope.Kind.valueOf(rs.getString("scope_kind"));
		return new Budget(rs.getLong("id"), rs.getString("name"),
				(kind == SpendAnalysis.Scope.Kind.ALL) ? SpendAnalysis.Scope.ALL
						: new SpendAnalysis.Scope(kind, rs.getString("scope_value")),
				BudgetPeriod.valueOf(rs.getString("period")), rs.getBigDecimal("amount"),
				Currency.getInstance(rs.getString("currency").trim()),
				Arrays.stream(rs.getString("thresholds").split(",")).map(Integer::valueOf).toList());
	}

}
