package com.breakeven.web.scenario;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import com.breakeven.simulator.montecarlo.MonteCarloResult;
import com.breakeven.simulator.montecarlo.Sensitivity;
import com.breakeven.simulator.projection.Projection;
import com.breakeven.simulator.projection.Strategy;
import com.breakeven.simulator.projection.StrategyProjection;
import com.breakeven.web.chart.Charts;

/**
 * The charts of a scenario result, drawn from the same figures as its tables: cumulative
 * cost with the payback month marked, self-hosting's monthly cost by line against the API
 * bill, the Monte Carlo NPV distribution with P10/P50/P90 and the tornado.
 */
final class ScenarioCharts {

	private ScenarioCharts() {
	}

	/**
	 * Cumulative cost of each strategy by month; a marker at self-hosting's payback
	 * month.
	 */
	static JFreeChart cumulative(ScenarioOutcome outcome) {
		Projection p = outcome.projection();
		XYSeriesCollection data = new XYSeriesCollection();
		for (Strategy strategy : p.byStrategy().keySet()) {
			data.addSeries(series(strategy.label(), p.of(strategy)));
		}
		JFreeChart chart = Charts.styled(ChartFactory.createXYLineChart(null, "Month",
				"Cumulative cost (" + outcome.currency().getCurrencyCode() + ")", data, PlotOrientation.VERTICAL, true,
				false, false));
		XYPlot plot = chart.getXYPlot();
		lines(plot, data.getSeriesCount());
		OptionalInt payback = p.paybackMonth(Strategy.SELF_HOSTED);
		if (payback.isPresent()) {
			// short, so that it fits a phone's plot; the page's tiles say the rest (the
			// lead
			// time); in the right half of the horizon it reads leftwards from the line,
			// so it
			// never runs off the plot
			ValueMarker marker = marker(payback.getAsInt(), "Pays back: month " + payback.getAsInt());
			if (payback.getAsInt() > data.getSeries(0).getMaxX() / 2) {
				marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
				marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
			}
			plot.addDomainMarker(marker);
		}
		((NumberAxis) plot.getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		return chart;
	}

	/**
	 * Several scenarios' cumulative cost: each scenario's self-hosting (solid) and its
	 * current API (dashed) in one colour, named in the legend as given (the page's short
	 * "Scenario A").
	 */
	static JFreeChart compared(List<ScenarioOutcome> outcomes, List<String> names) {
		XYSeriesCollection data = new XYSeriesCollection();
		for (int i = 0; i < outcomes.size(); i++) {
			ScenarioOutcome outcome = outcomes.get(i);
			String name = names.get(i);
			data.addSeries(series(name + ": self-hosted", outcome.projection().of(Strategy.SELF_HOSTED)));
			data.addSeries(series(name + ": current API", outcome.projection().of(Strategy.ALL_API)));
		}
		String code = outcomes.get(0).currency().getCurrencyCode();
		JFreeChart chart = Charts.styled(ChartFactory.createXYLineChart(null, "Month", "Cumulative cost (" + code + ")",
				data, PlotOrientation.VERTICAL, true, false, false));
		XYPlot plot = chart.getXYPlot();
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
		for (int i = 0; i < data.getSeriesCount(); i++) {
			renderer.setSeriesPaint(i, Charts.series(i / 2));
			renderer.setSeriesStroke(i, (i % 2 == 0) ? new BasicStroke(2.2f)
					: new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] { 6, 4 }, 0));
		}
		plot.setRenderer(renderer);
		((NumberAxis) plot.getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		return chart;
	}

	/**
	 * Self-hosting's monthly cost stacked by line, with the current API's bill as a line.
	 */
	static JFreeChart breakdown(ScenarioOutcome outcome, ScenarioTables tables) {
		Projection p = outcome.projection();
		StrategyProjection own = p.of(Strategy.SELF_HOSTED);
		double perNodeMonth = tables.capexAmortisationPerNodeMonth();
		DefaultCategoryDataset stacked = new DefaultCategoryDataset();
		DefaultCategoryDataset api = new DefaultCategoryDataset();
		for (int month = 1; month <= p.inputs().horizonMonths(); month++) {
			String m = String.valueOf(month);
			stacked.addValue(own.nodesInService()[month] * perNodeMonth, "Capex amortisation", m);
			stacked.addValue(own.power()[month], "Power", m);
			stacked.addValue(own.colocation()[month], "Colocation", m);
			stacked.addValue(own.staff()[month], "Staff", m);
			stacked.addValue(own.support()[month] + own.software()[month], "Support and software", m);
			api.addValue(p.of(Strategy.ALL_API).api()[month], "Current API (" + outcome.form().currentModel() + ")", m);
		}
		JFreeChart chart = Charts.styled(ChartFactory.createStackedBarChart(null, "Month",
				"Monthly cost (" + outcome.currency().getCurrencyCode() + ")", stacked, PlotOrientation.VERTICAL, true,
				false, false));
		CategoryPlot plot = chart.getCategoryPlot();
		BarRenderer bars = (BarRenderer) plot.getRenderer();
		bars.setBarPainter(new StandardBarPainter());
		bars.setShadowVisible(false);
		for (int i = 0; i < stacked.getRowCount(); i++) {
			bars.setSeriesPaint(i, Charts.series(i));
		}
		plot.setDataset(1, api);
		LineAndShapeRenderer line = new LineAndShapeRenderer(true, false);
		line.setSeriesPaint(0, Color.BLACK);
		line.setSeriesStroke(0, new BasicStroke(2.2f));
		plot.setRenderer(1, line);
		plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
		// 36 month labels do not fit: show every sixth
		plot.setDomainAxis(new SparseCategoryAxis("Month", 6));
		return chart;
	}

	/** Self-hosting's NPV over the trials, P10, P50 and P90 marked. */
	static JFreeChart histogram(ScenarioOutcome outcome) {
		MonteCarloResult mc = outcome.monteCarlo();
		MonteCarloResult.Histogram h = mc.npvHistogram(Strategy.SELF_HOSTED, ScenarioTables.HISTOGRAM_BINS);
		XYSeries bins = new XYSeries("Trials");
		for (int i = 0; i < h.counts().length; i++) {
			bins.add(h.lower() + (i + 0.5) * h.width(), h.counts()[i]);
		}
		XYSeriesCollection data = new XYSeriesCollection(bins);
		// each bar spans its bin: without an interval width the bars are drawn one pixel
		// wide
		data.setIntervalWidth(h.width());
		JFreeChart chart = Charts.styled(ChartFactory.createXYBarChart(null,
				"NPV of self-hosting vs current API (" + outcome.currency().getCurrencyCode() + ")", false, "Trials",
				data, PlotOrientation.VERTICAL, false, false, false));
		XYPlot plot = chart.getXYPlot();
		XYBarRenderer renderer = (XYBarRenderer) plot.getRenderer();
		renderer.setBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
		renderer.setShadowVisible(false);
		renderer.setSeriesPaint(0, Charts.series(5));
		renderer.setMargin(0.05);
		((NumberAxis) plot.getDomainAxis()).setNumberFormatOverride(new java.text.DecimalFormat("#,##0"));
		MonteCarloResult.Percentiles pct = mc.npvPercentiles(Strategy.SELF_HOSTED);
		plot.addDomainMarker(marker(pct.p10(), "P10"), Layer.FOREGROUND);
		plot.addDomainMarker(marker(pct.p50(), "P50"), Layer.FOREGROUND);
		plot.addDomainMarker(marker(pct.p90(), "P90"), Layer.FOREGROUND);
		return chart;
	}

	/**
	 * How far each uncertain input moves self-hosting's NPV from its base, widest first.
	 */
	static JFreeChart tornado(ScenarioOutcome outcome) {
		Sensitivity.Tornado t = outcome.tornado();
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (Sensitivity.Bar bar : t.bars()) {
			// an input whose range moves no figure (throughput that needs no other node
			// count) draws no bar: its label says so rather than look broken
			boolean noEffect = Math.abs(bar.npvAtLow() - t.baseNpv()) < 0.5
					&& Math.abs(bar.npvAtHigh() - t.baseNpv()) < 0.5;
			String label = bar.input().label() + (noEffect ? " (no effect)" : "");
			data.addValue(bar.npvAtLow() - t.baseNpv(), "Input at its low value", label);
			data.addValue(bar.npvAtHigh() - t.baseNpv(), "Input at its high value", label);
		}
		// side by side, not stacked: both ends may lie on the same side of the base
		JFreeChart chart = Charts.styled(ChartFactory.createBarChart(null, null,
				"Change in NPV from the base case (" + outcome.currency().getCurrencyCode() + ")", data,
				PlotOrientation.HORIZONTAL, true, false, false));
		// the value axis below the bars, as on every other chart (a category plot's
		// default
		// puts it at the top of horizontal bars)
		chart.getCategoryPlot().setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
		// an input's name wraps onto a second or third line on a phone rather than end in
		// "…"
		chart.getCategoryPlot().getDomainAxis().setMaximumCategoryLabelLines(3);
		BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setSeriesPaint(0, Charts.series(1));
		renderer.setSeriesPaint(1, Charts.series(0));
		renderer.setItemMargin(0);
		chart.getCategoryPlot().addRangeMarker(new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(1f)));
		return chart;
	}

	private static XYSeries series(String name, StrategyProjection projection) {
		XYSeries series = new XYSeries(name);
		double[] cumulative = projection.cumulative();
		for (int month = 0; month < cumulative.length; month++) {
			series.add(month, cumulative[month]);
		}
		return series;
	}

	private static void lines(XYPlot plot, int count) {
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
		for (int i = 0; i < count; i++) {
			renderer.setSeriesPaint(i, Charts.series(i));
			renderer.setSeriesStroke(i, new BasicStroke(2.2f));
		}
		plot.setRenderer(renderer);
	}

	private static ValueMarker marker(double at, String label) {
		ValueMarker marker = new ValueMarker(at, Color.DARK_GRAY,
				new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] { 4, 3 }, 0));
		marker.setLabel(label);
		marker.setLabelFont(Charts.FONT);
		marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
		marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
		return marker;
	}

	/** A category axis that labels every n-th category only. */
	static final class SparseCategoryAxis extends org.jfree.chart.axis.CategoryAxis {

		private final int every;

		SparseCategoryAxis(String label, int every) {
			super(label);
			this.every = every;
			setTickLabelFont(Charts.FONT);
			// a label may take the width of the categories left unlabelled beside it, so
			// "18" is never cut to "…" on a phone
			setMaximumCategoryLabelWidthRatio(every);
			setCategoryMargin(0.1);
		}

		@Override
		public List<org.jfree.chart.axis.CategoryTick> refreshTicks(java.awt.Graphics2D g2,
				org.jfree.chart.axis.AxisState state, java.awt.geom.Rectangle2D dataArea,
				org.jfree.chart.ui.RectangleEdge edge) {
			List<org.jfree.chart.axis.CategoryTick> ticks = new ArrayList<>();
			for (Object tick : super.refreshTicks(g2, state, dataArea, edge)) {
				org.jfree.chart.axis.CategoryTick t = (org.jfree.chart.axis.CategoryTick) tick;
				int month = Integer.parseInt(t.getCategory().toString());
				ticks.add((month == 1 || month % this.every == 0) ? t
						: new org.jfree.chart.axis.CategoryTick(t.getCategory(), new org.jfree.chart.text.TextBlock(),
								t.getLabelAnchor(), t.getRotationAnchor(), t.getAngle()));
			}
			return ticks;
		}

	}

}
