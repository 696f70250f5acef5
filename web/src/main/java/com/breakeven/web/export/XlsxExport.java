package com.breakeven.web.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Tables as XLSX: a bold header, text as text (never a formula), amounts as numbers
 * formatted with thousands separators and the currency's decimals.
 */
public final class XlsxExport {

	private XlsxExport() {
	}

	public static byte[] write(String sheet, List<String> header, List<List<Object>> rows, int decimals) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(bytes, "Breakeven", "1.0");
			// Excel refuses sheet names over 31 characters or with []:*?/\
			Worksheet ws = workbook.newWorksheet(sheetName(sheet));
			for (int c = 0; c < header.size(); c++) {
				ws.inlineString(0, c, header.get(c));
				ws.style(0, c).bold().set();
			}
			String amount = (decimals > 0) ? "#,##0." + "0".repeat(decimals) : "#,##0";
			for (int r = 0; r < rows.size(); r++) {
				List<Object> row = rows.get(r);
				for (int c = 0; c < row.size(); c++) {
					Object value = row.get(c);
					if (value instanceof Percent percent) {
						ws.value(r + 1, c, percent.value());
						ws.style(r + 1, c).format("0.0").set();
					}
					else if (value instanceof BigDecimal number) {
						ws.value(r + 1, c, number);
						ws.style(r + 1, c).format(amount).set();
					}
					else if (value instanceof Number number) {
						ws.value(r + 1, c, number);
					}
					else if (value == null) {
						continue;
					}
					else {
						ws.inlineString(r + 1, c, String.valueOf(value));
					}
				}
			}
			ws.width(0, 40);
			for (int c = 1; c < header.size(); c++) {
				ws.width(c, 18);
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static String sheetName(String title) {
		String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
		return name.isEmpty() ? "Sheet1" : name.substring(0, Math.min(31, name.length()));
	}

}
