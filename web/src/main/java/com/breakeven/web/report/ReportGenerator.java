package com.breakeven.web.report;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generates one report for one period: gathers its data, renders each format, stores it
 * with every file in one transaction and mails the PDF; any failure is stored as a failed
 * generation with its reason, and nothing of it half-stored.
 */
@Service
public class ReportGenerator {

	private static final Logger log = LoggerFactory.getLogger(ReportGenerator.class);

	private final ReportDataBuilder builder;

	private final ReportRenderer renderer;

	private final GeneratedReports reports;

	private final ReportMailer mailer;

	private final JsonMapper json;

	private final Clock clock;

	ReportGenerator(ReportDataBuilder builder, ReportRenderer renderer, GeneratedReports reports, ReportMailer mailer,
			JsonMapper json, Clock clock) {
		this.builder = builder;
		this.renderer = renderer;
		this.reports = reports;
		this.mailer = mailer;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * @return the stored generation, SUCCEEDED or FAILED
	 */
	public GeneratedReports.Generated generate(ReportDefinition definition, ReportPeriod period) {
		OffsetDateTime started = OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
		String baseName = baseName(definition, period);
		ReportData data;
		Map<ReportFormat, byte[]> files = new EnumMap<>(ReportFormat.class);
		long id;
		try {
			data = this.builder.build(definition, period);
			for (ReportFormat format : definition.formats()) {
				files.put(format, this.renderer.render(data, format));
			}
			id = this.reports.saveSucceeded(definition.id(), period, inputs(definition, data), started, files,
					baseName);
		}
		catch (RuntimeException ex) {
			log.warn("report '{}' for {} failed: {}", definition.name(), period, ex.toString());
			return this.reports.find(this.reports.saveFailed(definition.id(), period, reason(ex), started))
				.orElseThrow();
		}
		if (!definition.recipients().isEmpty()) {
			mail(definition, data, files, baseName, id);
		}
		return this.reports.find(id).orElseThrow();
	}

	/** A mail that cannot go is logged; the report stays stored for download. */
	private void mail(ReportDefinition definition, ReportData data, Map<ReportFormat, byte[]> files, String baseName,
			long id) {
		if (!this.mailer.configured()) {
			log.info("report '{}' not mailed: no mail server configured (spring.mail.host)", definition.name());
			return;
		}
		try {
			byte[] pdf = files.containsKey(ReportFormat.PDF) ? files.get(ReportFormat.PDF) : this.renderer.pdf(data);
			this.mailer.send(definition, data, pdf, baseName + ".pdf");
			this.reports.markEmailed(id);
		}
		catch (RuntimeException ex) {
			log.warn("report '{}' stored but not mailed: {}", definition.name(), ex.toString());
		}
	}

	/** What the report was computed from, kept beside it. */
	private String inputs(ReportDefinition definition, ReportData data) {
		Map<String, Object> inputs = new LinkedHashMap<>();
		inputs.put("definitionId", definition.id());
		inputs.put("name", definition.name());
		inputs.put("scope", data.scope());
		inputs.put("periodStart", data.period().start().toString());
		inputs.put("periodEnd", data.period().end().toString());
		inputs.put("currency", data.currency());
		inputs.put("total", data.total().toPlainString());
		inputs.put("previousTotal", data.previousTotal().toPlainString());
		inputs.put("budget", (data.budget() != null) ? data.budget().toPlainString() : null);
		inputs.put("generatedAt", data.generatedAt().toString());
		inputs.put("formats", definition.formats().stream().map(Enum::name).sorted().toList());
		return this.json.writeValueAsString(inputs);
	}

	private static String baseName(ReportDefinition definition, ReportPeriod period) {
		String name = definition.name()
			.toLowerCase(java.util.Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
		return (name.isEmpty() ? "report" : name) + "-" + period.start();
	}

	private static String reason(RuntimeException ex) {
		return (ex.getMessage() != null) ? ex.getClass().getSimpleName() + ": " + ex.getMessage()
				: ex.getClass().getSimpleName();
	}

}
