package com.breakeven.web.scenario;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import org.springframework.stereotype.Component;

import com.breakeven.simulator.projection.Strategy;
import com.breakeven.web.export.PdfBlocks;
import com.breakeven.web.export.Percent;

/**
 * A scenario result as a PDF a CFO can forward: what was assumed, the strategies' totals,
 * NPV and payback, the charts (PNG at twice the printed size, so they stay sharp), the
 * Monte Carlo percentiles and where every figure came from.
 */
@Component
class ScenarioPdf {

	private final Clock clock;

	ScenarioPdf(Clock clock) {
		this.clock = clock;
	}

	byte[] render(ScenarioOutcome outcome) {
		ScenarioTables tables = new ScenarioTables(outcome);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 40, 40, 40, 40);
		try {
			PdfBlocks.writer(document, bytes);
			document.addTitle(outcome.form().name());
			document.addCreator("Breakeven");
			document.open();
			ScenarioForm f = outcome.form();
			document.add(new Paragraph(f.name(), PdfBlocks.TITLE));
			document.add(new Paragraph("Generated "
					+ DateTimeFormatter.ISO_LOCAL_DATE_TIME
						.format(this.clock.instant().atOffset(ZoneOffset.UTC).withNano(0))
					+ " UTC · amounts in " + outcome.currency().getCurrencyCode() + " · prices on " + f.pricesOn(),
					PdfBlocks.SMALL));
			if (f.description() != null && !f.description().isBlank()) {
				document.add(new Paragraph(f.description(), PdfBlocks.TEXT));
			}
			document.add(new Paragraph(String.format(java.util.Locale.ROOT,
					"%s today on %s; %,.0f input, %,.0f cached input and %,.0f output tokens a month, growing %s a month. "
							+ "Compared with %s and with %s on %s hosted at %s (%d node%s in month 1).",
					(f.workload() != null) ? f.workload() : "The workload", f.currentModel(), f.monthlyInputTokens(),
					f.monthlyCachedInputTokens(), f.monthlyOutputTokens(),
					Percent.of(f.growthPercentPerMonth()).words(), f.alternativeModel(), f.servedModel(),
					outcome.hardware().displayName(), outcome.hosting().displayName(),
					outcome.sizing().capacity().nodes(), (outcome.sizing().capacity().nodes() == 1) ? "" : "s"),
					PdfBlocks.TEXT));
			// the answer first: a finance reader stops after this line
			document.add(new Paragraph(
					"Self-hosting pays back: "
							+ StrategyWords.payback(outcome.projection().measures(Strategy.SELF_HOSTED).payback()),
					PdfBlocks.TEXT));
			PdfBlocks.section(document, "Strategies over " + f.horizonMonths() + " months");
			// ten measures per strategy: a column per strategy reads on a portrait page
			PdfBlocks.table(document, tables.summary().transposed());
			PdfBlocks.section(document, "Cumulative cost");
			PdfBlocks.chart(document, ScenarioCharts.cumulative(outcome), 515, 250);
			List<String> bookValues = tables.cashAndBookValue();
			if (!bookValues.isEmpty()) {
				document.add(new Paragraph(tables.cashAndBookValueLead(), PdfBlocks.TEXT));
				bookValues.forEach(sentence -> document.add(new Paragraph(sentence, PdfBlocks.TEXT)));
			}
			PdfBlocks.section(document, "Monthly cost of self-hosting by line, against the current API");
			PdfBlocks.chart(document, ScenarioCharts.breakdown(outcome, tables), 515, 250);
			if (outcome.monteCarlo() != null) {
				document.newPage();
				PdfBlocks.section(document, "Uncertainty: " + outcome.monteCarlo().trials()
						+ " Monte Carlo trials (seed " + outcome.monteCarlo().seed() + ")");
				PdfBlocks.table(document, tables.monteCarlo());
				PdfBlocks.chart(document, ScenarioCharts.histogram(outcome), 515, 220);
				PdfBlocks.section(document, "What moves self-hosting's NPV most");
				PdfBlocks.chart(document, ScenarioCharts.tornado(outcome), 515,
						60 + 24 * outcome.tornado().bars().size());
			}
			PdfBlocks.section(document, "Where the figures come from");
			document.add(new Paragraph("Throughput: " + outcome.sizing().measurement().source(), PdfBlocks.TEXT));
			document.add(new Paragraph("Current API price: " + source(outcome.currentPrice()), PdfBlocks.TEXT));
			document.add(new Paragraph("Alternative API price: " + source(outcome.alternativePrice()), PdfBlocks.TEXT));
			document.add(new Paragraph(
					"Node: " + outcome.hardware().displayName() + " — " + outcome.hardware().source(), PdfBlocks.TEXT));
			document
				.add(new Paragraph("Hosting: " + outcome.hosting().displayName() + " — " + outcome.hosting().source(),
						PdfBlocks.TEXT));
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("could not write the PDF", ex);
		}
		finally {
			document.close();
		}
		return bytes.toByteArray();
	}

	private static String source(com.breakeven.simulator.planning.ResolvedPrice price) {
		return price.model() + " from " + price.describe() + " (" + price.offer().source() + ")";
	}

}
