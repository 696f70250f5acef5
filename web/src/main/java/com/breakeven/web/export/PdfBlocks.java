package com.breakeven.web.export;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.jfree.chart.JFreeChart;

import com.breakeven.web.chart.Charts;

/** The pieces every PDF is built of: section headings, charts as images, tables. */
public final class PdfBlocks {

	public static final com.lowagie.text.Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);

	public static final com.lowagie.text.Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);

	public static final com.lowagie.text.Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 7.5f,
			new Color(0x40, 0x40, 0x40));

	private static final com.lowagie.text.Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);

	private PdfBlocks() {
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

	public static void table(Document document, Table table) throws DocumentException {
		PdfPTable pdf = new PdfPTable(table.header().size());
		pdf.setWidthPercentage(100);
		pdf.setHeaderRows(1);
		for (String heading : table.header()) {
			PdfPCell cell = new PdfPCell(new Phrase(heading, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8)));
			cell.setBackgroundColor(new Color(0xf2, 0xf2, 0xf2));
			pdf.addCell(cell);
		}
		for (List<Object> row : table.rows()) {
			for (Object value : row) {
				boolean number = value instanceof Number;
				String text = (value instanceof BigDecimal amount)
						? String.format(java.util.Locale.ROOT, "%,." + Math.max(0, amount.scale()) + "f", amount)
						: String.valueOf(value);
				PdfPCell cell = new PdfPCell(new Phrase(text, FontFactory.getFont(FontFactory.HELVETICA, 8)));
				cell.setHorizontalAlignment(number ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
				pdf.addCell(cell);
			}
		}
		document.add(pdf);
	}

}
