package com.breakeven.web.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * PDF text in an embedded Unicode font (signs WinAnsi lacks survive) and table columns
 * wide enough that no number breaks across lines.
 */
class PdfBlocksTest {

	private static final float TOLERANCE = 1e-4f;

	@Test
	void columnWidths_naturalScaledToTheTableWhenAllFit() {
		// natural 30 + 50 = 80 points on a 160-point table: each doubled
		float[] widths = PdfBlocks.columnWidths(new float[] { 10, 20 }, new float[] { 30, 50 }, 160);

		assertThat(widths[0]).isCloseTo(60f, within(TOLERANCE));
		assertThat(widths[1]).isCloseTo(100f, within(TOLERANCE));
	}

	@Test
	void columnWidths_leastPlusAShareOfTheRestWhenTheyDoNotFit() {
		// least 10 + 20 = 30, natural 30 + 60 = 90, 50 available: 20 of the 60 wanted
		// beyond the least, a third each: 10 + 20/3 and 20 + 40/3
		float[] widths = PdfBlocks.columnWidths(new float[] { 10, 20 }, new float[] { 30, 60 }, 50);

		assertThat(widths[0]).isCloseTo(10 + 20f / 3, within(TOLERANCE));
		assertThat(widths[1]).isCloseTo(20 + 40f / 3, within(TOLERANCE));
		// cross-check: the table is exactly as wide as the page allows
		assertThat(widths[0] + widths[1]).isCloseTo(50f, within(TOLERANCE));
	}

	@Test
	void columnWidths_leastWhenEvenThoseOverflow() {
		float[] widths = PdfBlocks.columnWidths(new float[] { 40, 30 }, new float[] { 80, 60 }, 50);

		assertThat(widths).containsExactly(40f, 30f);
	}

	@Test
	void cellSize_eightPointsWhenTheLeastWidthsFit() {
		// 200 ems at 8 points = 1,600 points, plus 6 points a column for padding and
		// borders
		assertThat(PdfBlocks.cellSize(new float[] { 120, 80 }, 1_612)).isCloseTo(8f, within(TOLERANCE));
		assertThat(PdfBlocks.cellSize(new float[] { 120, 80 }, 3_000)).isCloseTo(8f, within(TOLERANCE));
	}

	@Test
	void cellSize_smallerWhenTheyDoNotButNeverUnderFiveAndAHalf() {
		// (1,412 - 2 × 6) / 200 ems = 7 points
		assertThat(PdfBlocks.cellSize(new float[] { 120, 80 }, 1_412)).isCloseTo(7f, within(TOLERANCE));
		// (1,012 - 12) / 200 = 5 points: too small to read, held at 5.5
		assertThat(PdfBlocks.cellSize(new float[] { 120, 80 }, 1_012)).isCloseTo(5.5f, within(TOLERANCE));
	}

	@Test
	void pdf_keepsSignsWinAnsiLacksAndEveryNumberOnOneLine() throws IOException {
		String signs = "peak ≥ average → saving ≤ 1,200 € a month";
		// ten columns, eight of nine-digit amounts: at 8 points they do not fit side by
		// side on A4, so the table is set smaller rather than break them
		List<String> header = new ArrayList<>(List.of("Measure"));
		List<Object> row = new ArrayList<>(List.of("Total cost over 36 months, every strategy"));
		List<String> figures = new ArrayList<>();
		for (int column = 1; column <= 8; column++) {
			header.add("Strategy " + column + " (EUR)");
			BigDecimal amount = new BigDecimal("123456789.25").add(BigDecimal.valueOf(column));
			row.add(amount);
			figures.add(TableCells.format(amount));
		}
		// token counts are grouped like every other count
		header.add("Tokens");
		row.add(3_086_254_052L);

		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 40, 40, 40, 40);
		PdfWriter.getInstance(document, bytes);
		document.open();
		document.add(new Paragraph(signs, PdfBlocks.TEXT));
		PdfBlocks.table(document, new Table("Wide", header, List.of(row), 2));
		document.close();

		String text = new PdfTextExtractor(new PdfReader(bytes.toByteArray())).getTextFromPage(1);
		assertThat(text).contains(signs).contains("3,086,254,052");
		assertThat(figures).hasSize(8).allSatisfy(figure -> assertThat(text).contains(figure));
	}

	@Test
	void writer_keepsTheTextAfterAChartAfterIt() throws IOException {
		java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(10, 10,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		javax.imageio.ImageIO.write(picture, "png", png);

		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 40, 40, 40, 40);
		PdfBlocks.writer(document, bytes);
		document.open();
		// about 600 of A4's 762 points of text, so a 400-point chart needs the next page
		for (int line = 0; line < 50; line++) {
			document.add(new Paragraph("Line " + line, PdfBlocks.TEXT));
		}
		com.lowagie.text.Image chart = com.lowagie.text.Image.getInstance(png.toByteArray());
		chart.scaleAbsolute(400, 400);
		document.add(chart);
		document.add(new Paragraph("Read after the chart", PdfBlocks.TEXT));
		document.close();

		PdfTextExtractor text = new PdfTextExtractor(new PdfReader(bytes.toByteArray()));
		assertThat(text.getTextFromPage(1)).contains("Line 49").doesNotContain("Read after the chart");
		assertThat(text.getTextFromPage(2)).contains("Read after the chart");
	}

}
