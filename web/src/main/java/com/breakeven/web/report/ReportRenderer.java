package com.breakeven.web.report;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import com.breakeven.web.chart.Charts;
import com.breakeven.web.export.CsvExport;
import com.breakeven.web.export.PdfBlocks;
import com.breakeven.web.export.Percent;
import com.breakeven.web.export.Table;
import com.breakeven.web.export.TableCells;

/** Renders a report's data to each of its formats. */
@Component
class ReportRenderer {

	private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

	private final TemplateEngine templates;

	private final TableCells cells;

	ReportRenderer(TemplateEngine templates, TableCells cells) {
		this.templates = templates;
		this.cells = cells;
	}

	byte[] render(ReportData data, ReportFormat format) {
		return switch (format) {
			case PDF -> pdf(data);
			case HTML -> html(data).getBytes(StandardCharsets.UTF_8);
			case CSV -> csv(data).getBytes(StandardCharsets.UTF_8);
		};
	}

	byte[] pdf(ReportData data) {
		ReportTables tables = new ReportTables(data, true);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 40, 40, 40, 40);
		try {
			PdfBlocks.writer(document, bytes);
			document.addTitle(data.name() + " — " + data.period().inWords());
			document.addCreator("Breakeven");
			document.open();
			document.add(new Paragraph(data.name(), PdfBlocks.TITLE));
			document.add(new Paragraph(
					"AI spend, " + data.scope() + ", " + data.period().inWords() + " · amounts in " + data.currency()
							+ " · generated " + GENERATED.format(data.generatedAt().atOffset(ZoneOffset.UTC)),
					PdfBlocks.SMALL));
			Paragraph headline = new Paragraph(headline(data), PdfBlocks.TEXT);
			headline.setSpacingBefore(6);
			headline.setSpacingAfter(8);
			document.add(headline);
			PdfBlocks.table(document, tables.summary());
			PdfBlocks.section(document, "Spend by month");
			PdfBlocks.chart(document, ReportCharts.trend(data), 515, 200);
			List<Table> sections = tables.all();
			for (Table table : sections.subList(1, sections.size())) {
				if (table.rows().isEmpty()) {
					continue;
				}
				PdfBlocks.section(document, table.title());
				if (table.title().equals("Spend by provider")) {
					PdfBlocks.chart(document, ReportCharts.byProvider(data), 515,
							Math.min(200, 50 + 28 * table.rows().size()));
				}
				PdfBlocks.table(document, table);
			}
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("could not write the PDF", ex);
		}
		finally {
			document.close();
		}
		return bytes.toByteArray();
	}

	String html(ReportData data) {
		Context context = new Context();
		context.setVariable("report", data);
		context.setVariable("cells", this.cells);
		context.setVariable("headline", headline(data));
		context.setVariable("tables", new ReportTables(data, true).all());
		context.setVariable("trendChart", Charts.svg(ReportCharts.trend(data), 900, 320));
		context.setVariable("providerChart", Charts.svg(ReportCharts.byProvider(data), 900, 300));
		context.setVariable("generated", GENERATED.format(data.generatedAt().atOffset(ZoneOffset.UTC)));
		return this.templates.process("report-document", context);
	}

	/** Each section as a titled table, one after the other, a blank line between. */
	String csv(ReportData data) {
		StringBuilder csv = new StringBuilder();
		csv.append(CsvExport.write(java.util.List.of("Report", "Scope", "Period", "Currency"), java.util.List
			.of(java.util.List.of(data.name(), data.scope(), data.period().toString(), data.currency()))));
		for (Table table : new ReportTables(data, false).all()) {
			csv.append("\r\n").append(CsvExport.write(java.util.List.of(table.title()), java.util.List.of()));
			csv.append(CsvExport.write(table.header(), table.rows()));
		}
		return csv.toString();
	}

	/** The sentence a CFO reads first. */
	static String headline(ReportData data) {
		StringBuilder text = new StringBuilder(
				String.format(java.util.Locale.ROOT, "Spend was %,.2f %s", data.total(), data.currency()));
		if (data.changePercent() != null) {
			text.append(String.format(java.util.Locale.ROOT, ", %s against the previous period (%,.2f)",
					Percent.of(data.changePercent()).change(), data.previousTotal()));
		}
		if (data.overBudget() != null) {
			text.append(String.format(java.util.Locale.ROOT, "; %,.2f %s budget", data.overBudget().abs(),
					(data.overBudget().signum() > 0) ? "over" : "under"));
		}
		if (!data.recommendations().isEmpty()) {
			// the recommendations page judges the default period; the report its own, so
			// its saving may differ, and it says which usage it is judged on
			text.append(". Top move, judged on the usage of ")
				.append(data.period().inWords())
				.append(": ")
				.append(data.recommendations().get(0).sentence());
		}
		return text.append('.').toString();
	}

}
