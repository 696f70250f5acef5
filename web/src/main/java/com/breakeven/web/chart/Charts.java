package com.breakeven.web.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * One look for every chart (white, light grid, the same colours and fonts), drawn as SVG
 * for pages (crisp at any size) or as PNG for PDF documents.
 */
public final class Charts {

	/**
	 * Series colours, in order: the Okabe–Ito palette (Okabe and Ito, "Color Universal
	 * Design", 2008), told apart with every common colour blindness; its yellow is left
	 * out, too light on white.
	 */
	public static final Color[] SERIES = { new Color(0x0072b2), new Color(0xd55e00), new Color(0x009e73),
			new Color(0xcc79a7), new Color(0xe69f00), new Color(0x56b4e9), new Color(0x000000) };

	/**
	 * The width a page's chart is drawn at for a phone: at about 340 px on screen its
	 * 12-point text stays above 10 px.
	 */
	public static final int PHONE_WIDTH = 380;

	public static final Font FONT = new Font("SansSerif", Font.PLAIN, 12);

	private Charts() {
	}

	/** The colour of the n-th series. */
	public static Paint series(int n) {
		return SERIES[n % SERIES.length];
	}

	/**
	 * White background, light grid, readable fonts, amounts with thousands separators.
	 */
	public static JFreeChart styled(JFreeChart chart) {
		chart.setBackgroundPaint(Color.WHITE);
		chart.setAntiAlias(true);
		Plot plot = chart.getPlot();
		plot.setBackgroundPaint(Color.WHITE);
		if (plot instanceof CategoryPlot category) {
			category.setRangeGridlinePaint(new Color(0xd9d9d9));
			category.getDomainAxis().setTickLabelFont(FONT);
			axis(category.getRangeAxis());
		}
		else if (plot instanceof XYPlot xy) {
			xy.setRangeGridlinePaint(new Color(0xd9d9d9));
			xy.setDomainGridlinePaint(new Color(0xeeeeee));
			xy.getDomainAxis().setTickLabelFont(FONT);
			axis(xy.getRangeAxis());
		}
		if (chart.getLegend() != null) {
			chart.getLegend().setItemFont(FONT);
		}
		return chart;
	}

	private static void axis(ValueAxis axis) {
		axis.setTickLabelFont(FONT);
		if (axis instanceof NumberAxis number) {
			number.setNumberFormatOverride(new DecimalFormat("#,##0"));
		}
	}

	/**
	 * The chart as an SVG element without a fixed size: its viewBox lets the page scale
	 * it. An image to assistive technology, named by the chart's title and described by
	 * its series.
	 */
	public static String svg(JFreeChart chart, int width, int height) {
		return svg(chart, width, height, null);
	}

	/**
	 * For a page: the chart drawn for a wide window and again at {@link #PHONE_WIDTH} for
	 * a phone; the style sheet shows one of them (classes "wide" and "narrow").
	 */
	public static String forPage(JFreeChart chart, int width, int height) {
		return svg(chart, width, height, "wide") + svg(chart, PHONE_WIDTH, height, "narrow");
	}

	private static String svg(JFreeChart chart, int width, int height, String styleClass) {
		SVGGraphics2D svg = new SVGGraphics2D(width, height);
		chart.draw(svg, new Rectangle(0, 0, width, height));
		String element = svg.getSVGElement(null, false, new ViewBox(0, 0, width, height), PreserveAspectRatio.XMID_YMID,
				MeetOrSlice.MEET);
		int open = element.indexOf('>');
		String attributes = " role=\"img\"" + ((styleClass != null) ? " class=\"" + styleClass + "\"" : "");
		return element.substring(0, open) + attributes + "><title>" + escape(title(chart)) + "</title><desc>"
				+ escape(description(chart)) + "</desc>" + element.substring(open + 1);
	}

	private static String title(JFreeChart chart) {
		return (chart.getTitle() != null && !chart.getTitle().getText().isBlank()) ? chart.getTitle().getText()
				: "Chart";
	}

	/** The series and the axes, in words. */
	private static String description(JFreeChart chart) {
		java.util.List<String> parts = new java.util.ArrayList<>();
		if (chart.getLegend() != null) {
			java.util.List<String> series = new java.util.ArrayList<>();
			for (org.jfree.chart.LegendItemSource source : chart.getLegend().getSources()) {
				org.jfree.chart.LegendItemCollection items = source.getLegendItems();
				for (int i = 0; i < items.getItemCount(); i++) {
					series.add(items.get(i).getLabel());
				}
			}
			parts.add("Series: " + String.join(", ", series));
		}
		Plot plot = chart.getPlot();
		if (plot instanceof CategoryPlot category) {
			axisLabel(parts, "across", category.getDomainAxis().getLabel());
			axisLabel(parts, "up", category.getRangeAxis().getLabel());
		}
		else if (plot instanceof XYPlot xy) {
			axisLabel(parts, "across", xy.getDomainAxis().getLabel());
			axisLabel(parts, "up", xy.getRangeAxis().getLabel());
		}
		return parts.isEmpty() ? title(chart) : String.join("; ", parts) + ".";
	}

	private static void axisLabel(java.util.List<String> parts, String direction, String label) {
		if (label != null && !label.isBlank()) {
			parts.add(direction + ": " + label);
		}
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	/** The chart as a PNG image. */
	public static byte[] png(JFreeChart chart, int width, int height) {
		BufferedImage image = chart.createBufferedImage(width, height);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
