package com.breakeven.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A small header-addressed CSV table whose typed getters fail with the file, line and
 * field of a bad value. Used for files in Breakeven's own canonical shape (sample data);
 * provider exports get their own readers.
 */
final class CsvTable {

	private final String fileName;

	private final List<CSVRecord> records;

	private CsvTable(String fileName, List<CSVRecord> records) {
		this.fileName = fileName;
		this.records = records;
	}

	static CsvTable read(String fileName, InputStream in, Set<String> requiredColumns) {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.parse(reader, format)) {
			for (String column : requiredColumns) {
				if (!parser.getHeaderMap().containsKey(column)) {
					throw new SampleDataException(
							new RowFailure(fileName, 1, column, null, "required column is missing from the header"),
							null);
				}
			}
			return new CsvTable(fileName, new ArrayList<>(parser.getRecords()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + fileName, ex);
		}
	}

	List<Row> rows() {
		return this.records.stream().map(Row::new).toList();
	}

	/** One record; {@link #line()} counts the header as line 1. */
	final class Row {

		private final CSVRecord record;

		private Row(CSVRecord record) {
			this.record = record;
		}

		long line() {
			return this.record.getRecordNumber() + 1;
		}

		String text(String column) {
			String value = optionalText(column);
			if (value == null) {
				throw failure(column, "", "a value is required", null);
			}
			return value;
		}

		String optionalText(String column) {
			if (!this.record.isMapped(column) || !this.record.isSet(column)) {
				throw failure(column, null, "column is missing on this row", null);
			}
			String value = this.record.get(column).trim();
			return value.isEmpty() ? null : value;
		}

		BigDecimal decimal(String column) {
			return required(column, optionalDecimal(column));
		}

		BigDecimal optionalDecimal(String column) {
			return parse(column, BigDecimal::new, "a decimal number");
		}

		int integer(String column) {
			return required(column, optionalInteger(column));
		}

		Integer optionalInteger(String column) {
			return parse(column, Integer::valueOf, "a whole number");
		}

		long longValue(String column) {
			return required(column, parse(column, Long::valueOf, "a whole number"));
		}

		boolean bool(String column) {
			String value = text(column);
			if (!value.equals("true") && !value.equals("false")) {
				throw failure(column, value, "must be true or false", null);
			}
			return Boolean.parseBoolean(value);
		}

		LocalDate date(String column) {
			return required(column, parse(column, LocalDate::parse, "a date as YYYY-MM-DD"));
		}

		Currency currency(String column) {
			return required(column, parse(column, Currency::getInstance, "an ISO-4217 currency code"));
		}

		<E extends Enum<E>> E enumValue(String column, Class<E> type) {
			return required(column, parse(column, value -> Enum.valueOf(type, value),
					"one of " + java.util.Arrays.toString(type.getEnumConstants())));
		}

		SampleDataException failure(String column, String value, String reason, Throwable cause) {
			return new SampleDataException(new RowFailure(CsvTable.this.fileName, line(), column, value, reason),
					cause);
		}

		private <T> T required(String column, T value) {
			if (value == null) {
				throw failure(column, "", "a value is required", null);
			}
			return value;
		}

		private <T> T parse(String column, Function<String, T> parser, String expected) {
			String value = optionalText(column);
			if (value == null) {
				return null;
			}
			try {
				return parser.apply(value);
			}
			catch (IllegalArgumentException | DateTimeParseException ex) {
				throw failure(column, value, "must be " + expected, ex);
			}
		}

	}

}
