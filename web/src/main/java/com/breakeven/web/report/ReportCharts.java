package com.breakeven.web.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

import com.breakeven.web.DayWords;
import com.breakeven.web.SellerNames;
import com.breakeven.web.chart.Charts;

/** A report's charts: the spend trend by month and the spend by provider. */
final class ReportCharts {

	private static final int PROVIDERS_SHOWN = 8;

	private ReportCharts() {
	}

	static JFreeChart trend(ReportData data) {
		DefaultCategoryDataset months = new DefaultCategoryDataset();
		for (Map.Entry<java.time.YearMonth, BigDecimal> month : data.trend().entrySet()) {
			months.addValue(month.getValue(), "Spend", DayWords.shortMonth(month.getKey()));
		}
		JFreeChart chart = Charts.styled(ChartFactory.createBarChart(null, "Month", "Spend (" + data.currency() + ")",
				months, PlotOrientation.VERTICAL, false, false, false));
		flat((BarRenderer) chart.getCategoryPlot().getRenderer(), 0);
		return chart;
	}

	static JFreeChart byProvider(ReportData data) {
		DefaultCategoryDataset providers = new DefaultCategoryDataset();
		List<ReportData.Share> shares = data.byProvider();
		Map<String, String> names = providerNames(shares);
		shares.stream()
			.limit(PROVIDERS_SHOWN)
			.forEach(share -> providers.addValue(share.amount(), "Spend", names.get(share.name())));
		JFreeChart chart = Charts.styled(ChartFactory.createBarChart(null, "Provider",
				"Spend (" + data.currency() + ")", providers, PlotOrientation.HORIZONTAL, false, false, false));
		// a category plot puts the value axis at the top of horizontal bars by default;
		// below them, it reads as the page's other charts do
		chart.getCategoryPlot().setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
		flat((BarRenderer) chart.getCategoryPlot().getRenderer(), 1);
		return chart;
	}

	/**
	 * Each provider's name for people ("Together AI"), as the page and the PDF show it.
	 */
	static Map<String, String> providerNames(List<ReportData.Share> shares) {
		return SellerNames.distinct(shares.stream().map(ReportData.Share::name).toList());
	}

	/** Plain bars: a gradient and shadow add nothing a reader needs. */
	private static void flat(BarRenderer renderer, int colour) {
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setSeriesPaint(0, Charts.series(colour));
		renderer.setMaximumBarWidth(0.12);
	}

}
