package com.breakeven.web.report;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.breakeven.ingestion.SpendAnalysis;

import com.breakeven.web.forms.NumberEditor;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A report definition as the editor and the API send it: texts as typed, turned into a
 * {@link ReportDefinition} with a reason per field it cannot be.
 *
 * @param scope ALL, PROVIDER, TEAM or PROJECT
 * @param scopeValue the provider, team or project (not for ALL)
 * @param period WEEK, MONTH or QUARTER
 * @param formats any of PDF, HTML, CSV
 * @param schedule a {@link SchedulePreset} (DAILY, WEEKLY, MONTHLY, QUARTERLY) whose cron
 * replaces {@code cron}; CUSTOM or empty to use {@code cron} as sent
 * @param cron six fields, UTC ("0 0 6 1 * *": 06:00 on the 1st)
 * @param recipients e-mail addresses, separated by commas or spaces
 * @param budget the period's budget in {@code currency}; empty for none
 */
@Schema(description = "A scheduled spend report: what it covers, how often, in which formats, to whom.")
public record ReportForm(
		@Schema(description = "A name people recognise, unique.",
				example = "Customer support AI spend, monthly") String name,
		@Schema(description = "ALL, PROVIDER, TEAM, PROJECT, MODEL or WORKLOAD.", example = "TEAM") String scope,
		@Schema(description = "The provider, team, project, model (canonical name) or workload (\"project on "
				+ "provider/model\") the report covers; empty for ALL.",
				example = "customer-support") String scopeValue,
		@Schema(description = "The period each report covers: WEEK, MONTH or QUARTER.",
				example = "MONTH") String period,
		@Schema(description = "ISO 4217 code of the report's amounts; spend in other currencies is converted at ECB "
				+ "reference rates.", example = "USD") String currency,
		@Schema(description = "Any of PDF, HTML, CSV.", example = "[\"PDF\", \"CSV\"]") List<String> formats,
		@Schema(description = "A schedule preset: DAILY, WEEKLY, MONTHLY or QUARTERLY (each at 06:00 UTC); empty or "
				+ "CUSTOM keeps the cron as sent.", example = "MONTHLY") String schedule,
		@Schema(description = "When it runs with schedule CUSTOM or empty: a six-field cron expression (second minute "
				+ "hour day month weekday), UTC.", example = "0 0 6 1 * *") String cron,
		@Schema(description = "E-mail addresses, separated by commas or spaces; empty to only keep the files.",
				example = "finance@example.com") String recipients,
		@Schema(description = "The period's budget in currency (decimal string); empty for none.",
				example = "50000") String budget,
		@Schema(description = "Whether it runs on its schedule (default true).", example = "true") Boolean enabled) {

	static ReportForm of(ReportDefinition d) {
		return new ReportForm(d.name(), d.scope().kind().name(), d.scope().value(), d.period().name(), d.currency(),
				d.formats().stream().map(Enum::name).sorted().toList(), SchedulePreset.of(d.cron()).name(), d.cron(),
				String.join(", ", d.recipients()), (d.budget() != null) ? d.budget().toPlainString() : "", d.enabled());
	}

	/**
	 * The form as the editor shows it: the budget with thousands separators (read back
	 * without them).
	 */
	ReportForm grouped() {
		if (this.budget == null || this.budget.isBlank()) {
			return this;
		}
		return new ReportForm(this.name, this.scope, this.scopeValue, this.period, this.currency, this.formats,
				this.schedule, this.cron, this.recipients,
				NumberEditor.write(NumberEditor.read(this.budget, BigDecimal.class), true), this.enabled);
	}

	static ReportForm blank() {
		return new ReportForm("", "ALL", "", "MONTH", "USD", List.of("PDF", "CSV"), SchedulePreset.MONTHLY.name(),
				SchedulePreset.MONTHLY.cron(), "", "", true);
	}

	/**
	 * @throws ReportDefinitions.Refused naming each field that cannot be read
	 */
	ReportDefinition definition(Long id) {
		Map<String, String> refused = new LinkedHashMap<>();
		SpendAnalysis.Scope.Kind kind = enumOf(SpendAnalysis.Scope.Kind.class, this.scope, "scope", refused);
		SpendAnalysis.Scope scopeOf = null;
		if (kind == SpendAnalysis.Scope.Kind.ALL) {
			scopeOf = SpendAnalysis.Scope.ALL;
		}
		else if (kind != null) {
			if (this.scopeValue == null || this.scopeValue.isBlank()) {
				refused.put("scopeValue", "name the " + kind.name().toLowerCase(Locale.ROOT) + " the report covers");
			}
			else {
				scopeOf = new SpendAnalysis.Scope(kind, this.scopeValue.strip());
			}
		}
		ReportPeriod.Kind periodKind = enumOf(ReportPeriod.Kind.class, this.period, "period", refused);
		Set<ReportFormat> chosen = EnumSet.noneOf(ReportFormat.class);
		for (String format : (this.formats != null) ? this.formats : List.<String>of()) {
			ReportFormat f = enumOf(ReportFormat.class, format, "formats", refused);
			if (f != null) {
				chosen.add(f);
			}
		}
		String cronOf = this.cron;
		if (this.schedule != null && !this.schedule.isBlank()) {
			SchedulePreset preset = enumOf(SchedulePreset.class, this.schedule, "schedule", refused);
			if (preset != null && preset != SchedulePreset.CUSTOM) {
				cronOf = preset.cron();
			}
		}
		BigDecimal budgetAmount = null;
		if (this.budget != null && !this.budget.isBlank()) {
			try {
				budgetAmount = NumberEditor.read(this.budget, BigDecimal.class);
			}
			catch (NumberEditor.Refused ex) {
				refused.put("budget", ex.getMessage());
			}
		}
		if (!refused.isEmpty()) {
			throw new ReportDefinitions.Refused(refused);
		}
		ReportDefinition definition = new ReportDefinition(id, this.name, scopeOf, periodKind,
				(this.currency != null) ? this.currency.strip().toUpperCase(Locale.ROOT) : null, chosen, cronOf,
				ReportDefinitions.recipients(this.recipients), budgetAmount, !Boolean.FALSE.equals(this.enabled));
		ReportDefinitions.check(definition);
		return definition;
	}

	private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field,
			Map<String, String> refused) {
		try {
			return Enum.valueOf(type, (value != null) ? value.strip().toUpperCase(Locale.ROOT) : "");
		}
		catch (IllegalArgumentException ex) {
			refused.putIfAbsent(field,
					"must be one of " + java.util.Arrays.toString(type.getEnumConstants()) + ", was '" + value + "'");
			return null;
		}
	}

}
