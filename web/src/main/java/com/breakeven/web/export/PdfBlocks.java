package com.breakeven.web.export;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.jfree.chart.JFreeChart;

import com.breakeven.web.chart.Charts;

/**
 * The pieces every PDF is built of: section headings, charts as images, tables. Text is
 * set in DejaVu Sans, embedded (the subset each document uses, Identity-H): the standard
 * Helvetica's WinAnsi encoding has no "≥", "→", "≤", and a PDF reader shows nothing where
 * they were.
 */
public final class PdfBlocks {

	/** DejaVu Sans, shipped in this jar with its licence (fonts/dejavu/LICENSE). */
	public static final BaseFont REGULAR = font("DejaVuSans.ttf");

	public static final BaseFont BOLD = font("DejaVuSans-Bold.ttf");

	public static final Font TITLE = new Font(BOLD, 16);

	public static final Font TEXT = new Font(REGULAR, 9);

	public static final Font SMALL = new Font(REGULAR, 7.5f, Font.NORMAL, new Color(0x40, 0x40, 0x40));

	private static final Font HEADING = new Font(BOLD, 11);

	/** A table's text size, in points, and the smallest it is set at to fit. */
	private static final float CELL_SIZE = 8f;

	private static final float SMALLEST_CELL_SIZE = 5.5f;

	/** A cell's padding on each side (OpenPDF's default) and its border, in points. */
	private static final float CELL_PADDING = 2f;

	/**
	 * What a cell needs beyond its text's width: padding both sides, borders, a margin.
	 */
	private static final float CELL_EXTRA = 2 * CELL_PADDING + 2f;

	/**
	 * The widest a word in a text cell claims before it may break, in multiples of the
	 * text size: about 25 characters.
	 */
	private static final float LONGEST_UNBROKEN_WORD_EMS = 14f;

	private PdfBlocks() {
	}

	/**
	 * A writer of the document into the stream that keeps the reading order: a chart that
	 * does not fit the rest of a page starts the next one, with the text after it
	 * following it (OpenPDF otherwise moves the image down and fills the gap with the
	 * later text).
	 */
	public static PdfWriter writer(Document document, OutputStream out) throws DocumentException {
		PdfWriter writer = PdfWriter.getInstance(document, out);
		writer.setStrictImageSequence(true);
		return writer;
	}

	public static void section(Document document, String title) throws DocumentException {
		Paragraph heading = new Paragraph(title, HEADING);
		heading.setSpacingBefore(12);
		heading.setSpacingAfter(4);
		document.add(heading);
	}

	public static void chart(Document document, JFreeChart chart, float width, float height) {
		try {
			Image image = Image.getInstance(Charts.png(chart, (int) width * 2, (int) height * 2));
			image.scaleAbsolute(width, height);
			document.add(image);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The table across the page's width, each column wide enough for its widest number so
	 * no figure breaks across lines; text wraps between words. A table whose figures do
	 * not fit side by side at 8 points is set smaller, down to 5.5 points.
	 */
	public static void table(Document document, Table table) throws DocumentException {
		int columns = table.header().size();
		// widths of the text at a 1-point size: they scale with the size chosen
		float[] leastEms = new float[columns];
		float[] naturalEms = new float[columns];
		for (int column = 0; column < columns; column++) {
			String heading = table.header().get(column);
			leastEms[column] = longestWord(heading, BOLD);
			naturalEms[column] = BOLD.getWidthPoint(heading, 1);
		}
		for (List<Object> row : table.rows()) {
			for (int column = 0; column < columns; column++) {
				Object value = row.get(column);
				String text = TableCells.format(value);
				float whole = REGULAR.getWidthPoint(text, 1);
				// a number is one word: it takes its whole width or it breaks mid-digit;
				// a long identifier (a model route) may break at its hyphens and slashes
				// rather than squeeze the figures
				leastEms[column] = Math.max(leastEms[column], (value instanceof Number) ? whole
						: Math.min(LONGEST_UNBROKEN_WORD_EMS, longestWord(text, REGULAR)));
				naturalEms[column] = Math.max(naturalEms[column], whole);
			}
		}
		float available = document.right() - document.left();
		float size = cellSize(leastEms, available);
		float[] least = new float[columns];
		float[] natural = new float[columns];
		for (int column = 0; column < columns; column++) {
			least[column] = leastEms[column] * size + CELL_EXTRA;
			natural[column] = naturalEms[column] * size + CELL_EXTRA;
		}
		Font cellFont = new Font(REGULAR, size);
		Font headingFont = new Font(BOLD, size);
		PdfPTable pdf = new PdfPTable(columnWidths(least, natural, available));
		pdf.setWidthPercentage(100);
		pdf.setHeaderRows(1);
		for (String heading : table.header()) {
			PdfPCell cell = new PdfPCell(new Phrase(heading, headingFont));
			cell.setBackgroundColor(new Color(0xf2, 0xf2, 0xf2));
			pdf.addCell(cell);
		}
		for (List<Object> row : table.rows()) {
			for (Object value : row) {
				boolean number = value instanceof Number;
				PdfPCell cell = new PdfPCell(new Phrase(TableCells.format(value), cellFont));
				cell.setHorizontalAlignment(number ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
				cell.setNoWrap(number);
				pdf.addCell(cell);
			}
		}
		document.add(pdf);
	}

	/**
	 * Column widths, in points, for a table {@code available} points wide: each column's
	 * natural width (its longest cell on one line) when they all fit; otherwise each gets
	 * its least width (its longest unbreakable word or number) and the room left is
	 * shared in proportion to how much more each would take on one line. When even the
	 * least widths do not fit, the least widths, for the table to scale down evenly.
	 * @param least per column, the narrowest width that breaks no word or number
	 * @param natural per column, the width that sets every cell on one line
	 * @param available the table's width
	 * @return a width per column, summing to {@code available} unless the least widths
	 * exceed it
	 */
	static float[] columnWidths(float[] least, float[] natural, float available) {
		float leastSum = 0;
		float naturalSum = 0;
		for (int i = 0; i < least.length; i++) {
			leastSum += least[i];
			naturalSum += Math.max(natural[i], least[i]);
		}
		float[] widths = new float[least.length];
		if (naturalSum <= available) {
			for (int i = 0; i < least.length; i++) {
				widths[i] = Math.max(natural[i], least[i]) * available / naturalSum;
			}
			return widths;
		}
		if (leastSum >= available) {
			return least.clone();
		}
		float share = (available - leastSum) / (naturalSum - leastSum);
		for (int i = 0; i < least.length; i++) {
			widths[i] = least[i] + (Math.max(natural[i], least[i]) - least[i]) * share;
		}
		return widths;
	}

	/**
	 * The text size, in points, at which every column's least width fits the table: 8
	 * points when it does, smaller when it must, never under 5.5.
	 * @param leastEms per column, its least width at a 1-point size
	 * @param available the table's width, in points
	 */
	static float cellSize(float[] leastEms, float available) {
		float ems = 0;
		for (float least : leastEms) {
			ems += least;
		}
		float fits = (available - leastEms.length * CELL_EXTRA) / ems;
		return Math.max(SMALLEST_CELL_SIZE, Math.min(CELL_SIZE, fits));
	}

	/** The widest word of the text at a 1-point size. */
	private static float longestWord(String text, BaseFont font) {
		float longest = 0;
		for (String word : text.split("\\s+")) {
			longest = Math.max(longest, font.getWidthPoint(word, 1));
		}
		return longest;
	}

	private static BaseFont font(String file) {
		String resource = "/fonts/dejavu/" + file;
		try (InputStream in = PdfBlocks.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("the font " + resource + " is missing from the classpath");
			}
			return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read the font " + resource, ex);
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("could not load the font " + resource, ex);
		}
	}

}
