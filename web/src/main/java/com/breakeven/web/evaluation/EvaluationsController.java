package com.breakeven.web.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.breakeven.ingestion.evaluation.EvaluationResult;
import com.breakeven.ingestion.evaluation.EvaluationRun;
import com.breakeven.pricing.PriceCatalogue;
import com.breakeven.pricing.ProviderRepository;
import com.breakeven.pricing.QualityScoreRepository;
import com.breakeven.web.catalogue.NewModels;
import com.breakeven.web.chart.Charts;

/**
 * The evaluations page: every run on the user's own tasks, each model's accuracy with its
 * interval against its cost per correct answer, and the chat models new to the price
 * feeds since a day (what to evaluate next).
 */
@Controller
class EvaluationsController {

	/** New models are those first priced within this many days, unless asked. */
	private static final int NEW_WITHIN_DAYS = 90;

	private final EvaluationService evaluations;

	private final PriceCatalogue catalogue;

	private final Clock clock;

	private final ProviderRepository providers;

	private final QualityScoreRepository quality;

	EvaluationsController(EvaluationService evaluations, PriceCatalogue catalogue, Clock clock,
			ProviderRepository providers, QualityScoreRepository quality) {
		this.providers = providers;
		this.quality = quality;
		this.evaluations = evaluations;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	@GetMapping("/evaluations")
	String evaluations(Model page, @RequestParam(name = "new-since",
			required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newSince) {
		List<EvaluationRun> runs = this.evaluations.runs();
		LocalDate since = (newSince != null) ? newSince : LocalDate.now(this.clock).minusDays(NEW_WITHIN_DAYS);
		page.addAttribute("runs", runs);
		page.addAttribute("charts", runs.stream().map(run -> chart(run)).toList());
		page.addAttribute("newSince", since);
		page.addAttribute("newModels", NewModels.of(this.catalogue.chatModelsFirstPricedSince(since),
				this.providers.findAll(), this.quality.latest()));
		return "evaluations";
	}

	/**
	 * Cost per correct answer against accuracy, the accuracy's Wilson 95 % interval as a
	 * horizontal bar; models without a cost per correct answer are left out.
	 */
	static String chart(EvaluationRun run) {
		XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
		for (EvaluationResult result : run.results()) {
			if (result.accuracyPercent() == null || result.costPerCorrect() == null) {
				continue;
			}
			XYIntervalSeries series = new XYIntervalSeries(result.model());
			double cost = result.costPerCorrect().doubleValue();
			series.add(result.accuracyPercent().doubleValue(), result.lowerPercent().doubleValue(),
					result.upperPercent().doubleValue(), cost, cost, cost);
			data.addSeries(series);
		}
		NumberAxis accuracy = new NumberAxis("accuracy, % of answered tasks (95 % interval)");
		accuracy.setRange(0, 100);
		NumberAxis cost = new NumberAxis("cost per correct answer, " + run.currency().getCurrencyCode());
		XYErrorRenderer renderer = new XYErrorRenderer();
		renderer.setDrawYError(false);
		for (int i = 0; i < data.getSeriesCount(); i++) {
			renderer.setSeriesPaint(i, Charts.series(i));
		}
		JFreeChart chart = new JFreeChart(null, Charts.FONT, new XYPlot(data, accuracy, cost, renderer), true);
		Charts.styled(chart);
		// costs per answer are fractions of a cent: the default format shows them
		cost.setNumberFormatOverride(new java.text.DecimalFormat("0.########"));
		return Charts.svg(chart, 720, 360);
	}

}
