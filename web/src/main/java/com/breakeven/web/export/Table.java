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

	/**
	 * Rows as columns: a wide table of few rows (a measure per column) read on a narrow
	 * page, the first column's values becoming the headings.
	 */
	public Table transposed() {
		List<String> turnedHeader = new java.util.ArrayList<>(List.of(this.header.get(0)));
		this.rows.forEach(row -> turnedHeader.add(String.valueOf(row.get(0))));
		List<List<Object>> turnedRows = new java.util.ArrayList<>();
		for (int column = 1; column < this.header.size(); column++) {
			List<Object> turned = new java.util.ArrayList<>(List.of(this.header.get(column)));
			for (List<Object> row : this.rows) {
				turned.add(row.get(column));
			}
			turnedRows.add(turned);
		}
		return new Table(this.title, turnedHeader, turnedRows, this.decimals);
	}

	/** The title as a file name: lower case, words joined by hyphens. */
	public String fileName(String extension) {
		return this.title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "")
				+ "." + extension;
	}

}
