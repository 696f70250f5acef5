package com.breakeven.web.report;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Service;

/**
 * Which reports are due: a definition's last complete period is due once its cron has
 * fired after that period ended, until a generation of it succeeds; so a failed one is
 * tried again on the next run.
 */
@Service
public class ReportSchedule {

	private final ReportDefinitions definitions;

	private final GeneratedReports reports;

	private final ReportGenerator generator;

	ReportSchedule(ReportDefinitions definitions, GeneratedReports reports, ReportGenerator generator) {
		this.definitions = definitions;
		this.reports = reports;
		this.generator = generator;
	}

	/** Generates every report due at the instant; @return what was generated */
	public List<GeneratedReports.Generated> runDue(Instant at) {
		LocalDateTime now = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
		List<GeneratedReports.Generated> generated = new ArrayList<>();
		for (ReportDefinition definition : this.definitions.all()) {
			if (!definition.enabled()) {
				continue;
			}
			ReportPeriod period = ReportPeriod.lastComplete(definition.period(), now.toLocalDate());
			if (due(definition, period, now) && !this.reports.succeeded(definition.id(), period)) {
				generated.add(this.generator.generate(definition, period));
			}
		}
		return generated;
	}

	/**
	 * The definition's last complete period at the instant, generated whatever was
	 * before.
	 */
	public GeneratedReports.Generated runNow(ReportDefinition definition, Instant at) {
		return this.generator.generate(definition, ReportPeriod.lastComplete(definition.period(),
				LocalDateTime.ofInstant(at, ZoneOffset.UTC).toLocalDate()));
	}

	static boolean due(ReportDefinition definition, ReportPeriod period, LocalDateTime now) {
		LocalDateTime firstRun = CronExpression.parse(definition.cron())
			.next(period.end().atStartOfDay().minusNanos(1));
		return firstRun != null && !firstRun.isAfter(now);
	}

}
