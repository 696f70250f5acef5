package com.breakeven.web.scenario;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import com.breakeven.pricing.QualityCategories;

/**
 * Each workload's quality category, in table {@code workload} (column {@code category},
 * by the workload's name, "helpdesk on openai/gpt-4o"); a workload without one is judged
 * in the question's category ({@value QualityCategories#OVERALL} by default).
 */
@Repository
public class WorkloadCategories {

	private final JdbcClient jdbc;

	private final Clock clock;

	WorkloadCategories(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The category of every workload that has one, by workload name. */
	public Map<String, String> byName() {
		Map<String, String> categories = new HashMap<>();
		this.jdbc.sql("SELECT name, category FROM workload WHERE category IS NOT NULL")
			.query((rs, row) -> categories.put(rs.getString("name"), rs.getString("category")))
			.list();
		return categories;
	}

	/**
	 * Sets a workload's category, creating its row when it has none.
	 * @param workload the workload's name
	 * @param category the category ({@code null} or blank: back to the question's)
	 * @return the category stored, normalised ({@code null} when cleared)
	 * @throws IllegalArgumentException when the name or the category is not acceptable
	 */
	@Transactional
	public String set(String workload, String category) {
		if (workload == null || workload.isBlank() || workload.length() > 200) {
			throw new IllegalArgumentException("workload must be a name of 1 to 200 characters");
		}
		String stored = (category == null || category.isBlank()) ? null : QualityCategories.normalise(category);
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		int updated = this.jdbc.sql("UPDATE workload SET category = :category, updated_at = :now WHERE name = :name")
			.param("category", stored)
			.param("now", now)
			.param("name", workload)
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO workload (name, sensitivity, category, created_at, updated_at)
					VALUES (:name, 'INTERNAL', :category, :now, :now)""")
				.param("name", workload)
				.param("category", stored)
				.param("now", now)
				.update();
		}
		return stored;
	}

}
