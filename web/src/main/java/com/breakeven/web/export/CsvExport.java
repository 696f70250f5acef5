package com.breakeven.web.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Tables as CSV for spreadsheets. A cell that a spreadsheet would run as a formula
 * (starting with {@code =}, {@code +}, {@code -} or {@code @}, or a tab or carriage
 * return) is written with a leading apostrophe, so an imported model or project name
 * cannot become a formula; numbers are written as plain numbers.
 */
public final class CsvExport {

	private CsvExport() {
	}

	public static String write(List<String> header, List<List<Object>> rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
			printer.printRecord(header.stream().map(CsvExport::cell).toList());
			for (List<Object> row : rows) {
				printer.printRecord(row.stream().map(CsvExport::cell).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	public static Object cell(Object value) {
		if (value instanceof WholeText whole) {
			return cell(whole.text());
		}
		if (!(value instanceof String text) || text.isEmpty()) {
			return value;
		}
		char first = text.charAt(0);
		boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
				|| first == '\r';
		return formula ? "'" + text : text;
	}

}
