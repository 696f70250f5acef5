package com.breakeven.ingestion.usage;

import java.io.InputStream;
import java.util.List;
import java.util.Set;

import com.breakeven.ingestion.RowFailure;

/**
 * A format whose export is a table of named columns: read from CSV (plain or gzip) or
 * from Parquet, the same columns mapped the same way.
 */
interface TabularFormat extends UsageFormat {

	/**
	 * @return how one file's rows are read; asked once per file, so that a mapper may
	 * remember what a file's repeated texts mean
	 */
	Table table();

	@Override
	default UsageLines open(InputStream in, String fileName) {
		return new CsvUsageLines(in, fileName, table());
	}

	/**
	 * Maps one row; {@code line} is the CSV line (the header is line 1) or Parquet row.
	 */
	@FunctionalInterface
	interface RowMapper {

		UsageLine line(ExportRow row, long line, String fileName);

	}

	/**
	 * @param formatName the format as messages name it ("FOCUS")
	 * @param required the columns the header must have
	 * @param valuesRequired the columns every row needs a value in: a CSV line that omits
	 * trailing fields is read only when none of these is among them
	 * @param mapper maps one row
	 */
	record Table(String formatName, List<String> required, Set<String> valuesRequired, RowMapper mapper) {

		public Table {
			required = List.copyOf(required);
			valuesRequired = Set.copyOf(valuesRequired);
		}

		/**
		 * @return the row mapped; a {@link Refusal} or a usage row's own validation
		 * failure becomes a refused line
		 */
		UsageLine line(ExportRow row, long line, String fileName) {
			try {
				return this.mapper.line(row, line, fileName);
			}
			catch (Refusal refusal) {
				return new UsageLine.Refused(refusal.failure());
			}
			catch (IllegalArgumentException invalid) {
				return new UsageLine.Refused(new RowFailure(fileName, line, null, null, invalid.getMessage()));
			}
		}

	}

}
