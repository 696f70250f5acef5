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
	 * Series colours, in order: distinguishable in print and for the common colour
	 * blindness.
	 */
	public static final Color[] SERIES = { new Color(0x1f4e79), new Color(0xc55a11), new Color(0x548235),
			new Color(0x7f6000), new Color(0x7030a0), new Color(0x2e75b6), new Color(0xa5a5a5) };

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
	 * it.
	 */
	public static String svg(JFreeChart chart, int width, int height) {
		SVGGraphics2D svg = new SVGGraphics2D(width, height);
		chart.draw(svg, new Rectangle(0, 0, width, height));
		return svg.getSVGElement(null, false, new ViewBox(0, 0, width, height), PreserveAspectRatio.XMID_YMID,
				MeetOrSlice.MEET);
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
