package com.breakeven.web.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import com.breakeven.ingestion.SpendAnalysis;

/**
 * What a scheduled report holds and when and to whom it goes.
 *
 * @param id {@code null} until stored
 * @param scope all usage, or one provider's, team's or project's
 * @param period how long each report's period is
 * @param currency ISO-4217 code of every amount in it
 * @param formats the files rendered
 * @param cron when it is due (Spring cron, six fields, UTC): the first run after a period
 * ends renders that period
 * @param recipients e-mail addresses the PDF goes to; empty for none
 * @param budget the period's budget in {@code currency}, {@code null} for none
 */
public record ReportDefinition(Long id, String name, SpendAnalysis.Scope scope, ReportPeriod.Kind period,
		String currency, Set<ReportFormat> formats, String cron, List<String> recipients, BigDecimal budget,
		boolean enabled) {

	public ReportDefinition {
		formats = (formats != null) ? Set.copyOf(formats) : Set.of();
		recipients = (recipients != null) ? List.copyOf(recipients) : List.of();
	}

}
