package com.breakeven.ingestion.usage;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import com.breakeven.ingestion.RowFailure;

/**
 * A CSV export read one record at a time (a UTF-8 byte-order mark before the header is
 * dropped), with the required columns checked once against the header. Each record is
 * mapped by the format; a {@link Refusal} thrown by the mapping, or a usage row's own
 * validation failure, becomes a quarantined line.
 */
final class CsvUsageLines implements UsageLines {

	/** Maps one record; {@code line} counts the header as line 1. */
	@FunctionalInterface
	interface RecordMapper {

		UsageLine line(CSVRecord record, long line, String fileName);

	}

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private final String fileName;

	private final RecordMapper mapper;

	private final int columns;

	CsvUsageLines(InputStream in, String fileName, String formatName, List<String> required, RecordMapper mapper) {
		this.fileName = fileName;
		this.mapper = mapper;
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
			.get();
		try {
			this.parser = CSVParser.parse(withoutByteOrderMark(in), format);
			Map<String, Integer> header = this.parser.getHeaderMap();
			this.columns = this.parser.getHeaderNames().size();
			Set<String> seen = new HashSet<>();
			for (String name : this.parser.getHeaderNames()) {
				if (!name.isBlank() && !seen.add(name)) {
					this.parser.close();
					throw new UsageFileException(fileName + " line 1: the header names column '" + name
							+ "' twice; which one holds the values is ambiguous, so the file is refused", null);
				}
			}
			for (String column : required) {
				if (!header.containsKey(column)) {
					this.parser.close();
					throw new UsageFileException(fileName + " line 1: required " + formatName + " column '" + column
							+ "' is missing from the header", null);
				}
			}
			this.records = this.parser.iterator();
		}
		catch (CharacterCodingException ex) {
			throw notUtf8(fileName, 1, ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + fileName, ex);
		}
		catch (UncheckedIOException ex) {
			throw (ex.getCause() instanceof CharacterCodingException coding) ? notUtf8(fileName, 1, coding) : ex;
		}
	}

	private static UsageFileException notUtf8(String fileName, long line, CharacterCodingException ex) {
		return new UsageFileException(fileName + " is not UTF-8 text (an invalid byte at or after line " + line
				+ ", e.g. Latin-1 or Windows-1252): save the export as UTF-8 and import it again", ex);
	}

	@Override
	public boolean hasNext() {
		try {
			return this.records.hasNext();
		}
		catch (UncheckedIOException ex) {
			if (ex.getCause() instanceof CharacterCodingException coding) {
				throw notUtf8(this.fileName, this.parser.getCurrentLineNumber() + 1, coding);
			}
			throw ex;
		}
	}

	@Override
	public UsageLine next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		CSVRecord record = this.records.next();
		long line = record.getRecordNumber() + 1;
		if (record.size() < this.columns) {
			// a last line cut short (an interrupted export), or a line missing fields
			return new UsageLine.Refused(
					new RowFailure(this.fileName, line, this.parser.getHeaderNames().get(record.size()), null,
							"the line has " + record.size() + " of the header's " + this.columns
									+ " fields: it is cut short, so none of its values is trusted"));
		}
		try {
			return this.mapper.line(record, line, this.fileName);
		}
		catch (Refusal refusal) {
			return new UsageLine.Refused(refusal.failure());
		}
		catch (IllegalArgumentException invalid) {
			return new UsageLine.Refused(new RowFailure(this.fileName, line, null, null, invalid.getMessage()));
		}
	}

	@Override
	public void close() {
		try {
			this.parser.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A column's value; {@code null} when the column is absent, empty or the bare word
	 * NULL.
	 */
	static String text(CSVRecord record, String column) {
		if (!record.isMapped(column) || !record.isSet(column)) {
			return null;
		}
		String value = record.get(column);
		return (value == null || value.isBlank() || isNullWord(value)) ? null : value;
	}

	/** "NULL", as some exports spell an empty field, with or without spaces around it. */
	private static boolean isNullWord(String value) {
		// Length first: this runs for every field of every line.
		return value.length() >= 4 && value.length() <= 16 && value.trim().equalsIgnoreCase("NULL");
	}

	static BigDecimal decimal(CSVRecord record, String column, boolean required, long line, String fileName) {
		String value = text(record, column);
		if (value == null) {
			if (required) {
				throw refusal(fileName, line, column, null, "a value is required");
			}
			return null;
		}
		try {
			return new BigDecimal(value.trim());
		}
		catch (NumberFormatException ex) {
			throw refusal(fileName, line, column, value, "is not a decimal number");
		}
	}

	static Long count(CSVRecord record, String column, long line, String fileName) {
		String value = text(record, column);
		if (value == null) {
			return null;
		}
		try {
			return Long.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			throw refusal(fileName, line, column, value, UsageValues.notACount(value.trim()));
		}
	}

	static Refusal refusal(String fileName, long line, String column, String value, String reason) {
		return new Refusal(fileName, line, column, value, reason);
	}

	private static Reader withoutByteOrderMark(InputStream in) throws IOException {
		// Report, never replace: a Latin-1 byte must not be stored as U+FFFD
		CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		PushbackReader reader = new PushbackReader(new InputStreamReader(in, utf8), 1);
		int first = reader.read();
		if (first != -1 && first != '\uFEFF') {
			reader.unread(first);
		}
		return reader;
	}

}
