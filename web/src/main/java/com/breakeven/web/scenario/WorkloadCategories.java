package com.breakeven.web.scenario;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import com.breakeven.ingestion.UsageRepository;
import com.breakeven.ingestion.UsageSummary;
import com.breakeven.ingestion.WorkloadVolume;
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

	private final UsageRepository usage;

	WorkloadCategories(JdbcClient jdbc, Clock clock, UsageRepository usage) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.usage = usage;
	}

	/** What a person may not set, naming the field ("workload", "category"). */
	public static final class Refused extends IllegalArgumentException {

		private final String field;

		Refused(String field, String message) {
			super(message);
			this.field = field;
		}

		public String field() {
			return this.field;
		}

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
	 * Sets a workload's category, as a person chooses it, creating its row when it has
	 * none.
	 * @param workload the workload's name, as the recommendations list it ("helpdesk on
	 * openai/gpt-4o"): a workload of the imported usage, by project or by team, or one
	 * already stored
	 * @param category one of {@link QualityCategories#accepted()} ({@code null} or blank:
	 * back to the question's)
	 * @return the category stored, normalised ({@code null} when cleared)
	 * @throws Refused naming the field when the workload is unknown or the category is
	 * not accepted
	 */
	@Transactional
	public String set(String workload, String category) {
		String stored;
		try {
			stored = (category == null || category.isBlank()) ? null : QualityCategories.acceptable(category);
		}
		catch (IllegalArgumentException ex) {
			throw new Refused("category", ex.getMessage());
		}
		if (workload == null || workload.isBlank() || workload.length() > 200) {
			throw new Refused("workload", "workload must be a name of 1 to 200 characters");
		}
		if (!known(workload)) {
			throw new Refused("workload",
					"no workload '" + ((workload.length() > 80) ? workload.substring(0, 80) + "…" : workload)
							+ "' in the imported usage (a model's usage by project or by team)");
		}
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

	/**
	 * Whether a workload of that name is stored, or is a slice of the imported usage by
	 * project or by team.
	 */
	public boolean known(String workload) {
		boolean stored = this.jdbc.sql("SELECT COUNT(*) FROM workload WHERE name = :name")
			.param("name", workload)
			.query(Long.class)
			.single() > 0;
		if (stored) {
			return true;
		}
		UsageSummary summary = this.usage.summary();
		if (summary.rows() == 0) {
			return false;
		}
		for (WorkloadVolume.Slice slice : List.of(WorkloadVolume.Slice.PROJECT, WorkloadVolume.Slice.TEAM)) {
			if (this.usage.workloadVolumes(summary.firstDay(), summary.lastDay(), slice)
				.stream()
				.anyMatch(volume -> volume.name().equals(workload))) {
				return true;
			}
		}
		return false;
	}

}
