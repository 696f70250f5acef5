package com.breakeven.web.report;

import java.util.Arrays;

/**
 * The schedules most reports want, each a six-field Spring cron expression in UTC;
 * anything else is {@link #CUSTOM}, its cron typed as the advanced option. Reports run at
 * 06:00 UTC, after the nightly imports.
 */
public enum SchedulePreset {

	/** Every day at 06:00 UTC. */
	DAILY("0 0 6 * * *"),

	/** Mondays at 06:00 UTC. */
	WEEKLY("0 0 6 * * MON"),

	/** The 1st of every month at 06:00 UTC. */
	MONTHLY("0 0 6 1 * *"),

	/** The 1st of January, April, July and October at 06:00 UTC. */
	QUARTERLY("0 0 6 1 1,4,7,10 *"),

	/** The cron expression as typed. */
	CUSTOM(null);

	private final String cron;

	SchedulePreset(String cron) {
		this.cron = cron;
	}

	/** The preset's cron expression; {@code null} for {@link #CUSTOM}. */
	public String cron() {
		return this.cron;
	}

	/** The preset a cron expression is, or {@link #CUSTOM}. */
	public static SchedulePreset of(String cron) {
		String typed = (cron != null) ? cron.strip().replaceAll("\\s+", " ") : "";
		return Arrays.stream(values()).filter(p -> typed.equals(p.cron)).findFirst().orElse(CUSTOM);
	}

}
