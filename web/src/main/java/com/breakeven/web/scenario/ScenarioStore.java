package com.breakeven.web.scenario;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Saved scenarios: the form's inputs as JSON (versioned, so that a later form can read an
 * older one), with name and description in their own columns.
 */
@Repository
public class ScenarioStore {

	/** Version of the JSON the form is kept in. */
	static final int PARAMETERS_VERSION = 1;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	public ScenarioStore(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * @param id database id
	 * @param form the inputs, named as stored
	 * @param clonedFrom the scenario this one was cloned from, if any
	 * @param updatedAt last save
	 */
	public record Saved(long id, ScenarioForm form, Long clonedFrom, Instant updatedAt) {

		public String name() {
			return this.form.name();
		}

	}

	private static final String SELECT = "SELECT id, name, description, parameters_json, cloned_from_id, updated_at"
			+ " FROM scenario";

	public List<Saved> findAll() {
		return this.jdbc.sql(SELECT + " ORDER BY name").query(this::saved).list();
	}

	public Optional<Saved> find(long id) {
		return this.jdbc.sql(SELECT + " WHERE id = ?").param(id).query(this::saved).optional();
	}

	/**
	 * @return the new scenario's id
	 * @throws DuplicateNameException when another scenario has the name
	 */
	@Transactional
	public long create(ScenarioForm form, Long clonedFrom) {
		requireFreeName(form.name(), null);
		Timestamp now = Timestamp.from(this.clock.instant());
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO scenario (name, description, parameters_json, parameters_version, cloned_from_id,
				                      created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(form.name(), form.description(), this.json.writeValueAsString(form), PARAMETERS_VERSION, clonedFrom,
					now, now)
			.update(key, "id");
		return key.getKey().longValue();
	}

	/**
	 * @throws DuplicateNameException when another scenario has the name
	 */
	@Transactional
	public boolean update(long id, ScenarioForm form) {
		requireFreeName(form.name(), id);
		return this.jdbc.sql("""
				UPDATE scenario SET name = ?, description = ?, parameters_json = ?, parameters_version = ?,
				                    updated_at = ?
				WHERE id = ?""")
			.params(form.name(), form.description(), this.json.writeValueAsString(form), PARAMETERS_VERSION,
					Timestamp.from(this.clock.instant()), id)
			.update() == 1;
	}

	/** A copy under a new name: "name (copy)", "name (copy 2)", … */
	@Transactional
	public Optional<Long> copy(long id) {
		return find(id).map(original -> {
			String base = original.name() + " (copy";
			String name = base + ")";
			for (int n = 2; nameTaken(name, null); n++) {
				name = base + " " + n + ")";
			}
			return create(original.form().named(name, original.form().description()), id);
		});
	}

	public boolean delete(long id) {
		return this.jdbc.sql("DELETE FROM scenario WHERE id = ?").param(id).update() == 1;
	}

	private void requireFreeName(String name, Long except) {
		if (nameTaken(name, except)) {
			throw new DuplicateNameException(name);
		}
	}

	private boolean nameTaken(String name, Long except) {
		// two statements: PostgreSQL cannot type a parameter that is only compared with
		// NULL
		JdbcClient.StatementSpec count = (except != null)
				? this.jdbc.sql("SELECT COUNT(*) FROM scenario WHERE name = ? AND id <> ?").params(name, except)
				: this.jdbc.sql("SELECT COUNT(*) FROM scenario WHERE name = ?").param(name);
		return count.query(Long.class).single() > 0;
	}

	/** A row of {@link #SELECT}: the form from its JSON, named as the columns say. */
	private Saved saved(ResultSet rs, int row) throws SQLException {
		ScenarioForm form = this.json.readValue(rs.getString("parameters_json"), ScenarioForm.class)
			.named(rs.getString("name"), rs.getString("description"));
		return new Saved(rs.getLong("id"), form, rs.getObject("cloned_from_id", Long.class),
				rs.getTimestamp("updated_at").toInstant());
	}

	/** Another scenario already has the name. */
	public static class DuplicateNameException extends DuplicateKeyException {

		public DuplicateNameException(String name) {
			super("a scenario named '" + name + "' exists already");
		}

	}

}
