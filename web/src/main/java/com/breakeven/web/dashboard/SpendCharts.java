package com.breakeven.web.dashboard;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

import com.breakeven.ingestion.SpendAnalysis;

/** Charts of spend, drawn by JFreeChart into SVG (crisp at any size, no image files). */
final class SpendCharts {

	private static final Color[] SERIES = { new Color(0x1f4e79), new Color(0xc55a11), new Color(0x548235),
			new Color(0x7f6000), new Color(0x7030a0), new Color(0x2e75b6), new Color(0xa5a5a5) };

	private SpendCharts() {
	}

	/**
	 * Monthly spend stacked by provider, with the currency on the value axis.
	 * @return an SVG element
	 */
	static String monthlyByProvider(SpendAnalysis.SpendReport report, int width, int height) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		List<String> providers = report.providersBySpend();
		for (Map.Entry<YearMonth, Map<String, BigDecimal>> month : report.byMonthAndProvider().entrySet()) {
			for (String provider : providers) {
				BigDecimal amount = month.getValue().getOrDefault(provider, BigDecimal.ZERO);
				data.addValue(amount, provider, month.getKey().toString());
			}
		}
		JFreeChart chart = ChartFactory.createStackedBarChart(null, "Month",
				"Spend (" + report.currency().getCurrencyCode() + ")", data, PlotOrientation.VERTICAL, true, false,
				false);
		chart.setBackgroundPaint(Color.WHITE);
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(new Color(0xd9d9d9));
		((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(new java.text.DecimalFormat("#,##0"));
		BarRenderer renderer = (BarRenderer) plot.getRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		for (int i = 0; i < providers.size(); i++) {
			renderer.setSeriesPaint(i, SERIES[i % SERIES.length]);
		}
		Font font = new Font("SansSerif", Font.PLAIN, 12);
		plot.getDomainAxis().setTickLabelFont(font);
		plot.getRangeAxis().setTickLabelFont(font);
		chart.getLegend().setItemFont(font);
		SVGGraphics2D svg = new SVGGraphics2D(width, height);
		chart.draw(svg, new Rectangle(0, 0, width, height));
		// no fixed size: the viewBox lets the page scale the chart to its column
		return svg.getSVGElement(null, false, new ViewBox(0, 0, width, height), PreserveAspectRatio.XMID_YMID,
				MeetOrSlice.MEET);
	}

}
