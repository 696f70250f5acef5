package com.breakeven.web.export;

import java.util.List;

/**
 * A table as pages show it and exports write it: a title, column headings (units and
 * currency in them), rows of text and numbers.
 *
 * @param title what the table holds; also the XLSX sheet name and the file name
 * @param header one heading per column
 * @param rows the rows, each as long as the header
 * @param decimals decimals amounts are shown with in spreadsheets
 */
public record Table(String title, List<String> header, List<List<Object>> rows, int decimals) {

	public Table {
		header = List.copyOf(header);
		rows = rows.stream()
			.map(row -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(row)))
			.toList();
		for (List<Object> row : rows) {
			if (row.size() != header.size()) {
				throw new IllegalArgumentException(
						"table '" + title + "': a row has " + row.size() + " cells, the header " + header.size());
			}
		}
	}

	/** The title as a file name: lower case, words joined by hyphens. */
	public String fileName(String extension) {
		return this.title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "")
				+ "." + extension;
	}

}
