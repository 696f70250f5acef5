package com.breakeven.web.dashboard;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

import com.breakeven.ingestion.SpendAnalysis;
import com.breakeven.web.DayWords;
import com.breakeven.web.SellerNames;
import com.breakeven.web.chart.Charts;

/** Charts of spend, drawn by JFreeChart into SVG (crisp at any size, no image files). */
final class SpendCharts {

	private SpendCharts() {
	}

	/**
	 * Monthly spend stacked by provider (named as people know them: "Together AI"), with
	 * the currency on the value axis.
	 * @return an SVG element
	 */
	static String monthlyByProvider(SpendAnalysis.SpendReport report, int width, int height) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		List<String> providers = report.providersBySpend();
		Map<String, String> names = SellerNames.distinct(providers);
		for (Map.Entry<YearMonth, Map<String, BigDecimal>> month : report.byMonthAndProvider().entrySet()) {
			for (String provider : providers) {
				BigDecimal amount = month.getValue().getOrDefault(provider, BigDecimal.ZERO);
				data.addValue(amount, names.get(provider), DayWords.shortMonth(month.getKey()));
			}
		}
		JFreeChart chart = Charts.styled(
				ChartFactory.createStackedBarChart(null, "Month", "Spend (" + report.currency().getCurrencyCode() + ")",
						data, PlotOrientation.VERTICAL, true, false, false));
		BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		for (int i = 0; i < providers.size(); i++) {
			renderer.setSeriesPaint(i, Charts.series(i));
		}
		return Charts.forPage(chart, width, height);
	}

}
