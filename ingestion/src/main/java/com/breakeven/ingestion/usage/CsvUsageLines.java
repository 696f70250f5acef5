package com.breakeven.ingestion.usage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

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
 * <p>
 * A line must have the header's number of fields. One with more is quarantined: an
 * unquoted {@code 1,5} splits a value in two and shifts every column after it, so no
 * value of the line can be trusted. One with fewer is read only when the fields it omits
 * are trailing columns that need no value, read as empty: some exporters leave out empty
 * trailing fields, and reading those lines is what their authors meant. It is quarantined
 * when an omitted column needs a value (the line is broken, not abbreviated), and when it
 * is the file's last line and the file ends without a line break: that is how an
 * interrupted export ends, and its last value may be cut too.
 */
final class CsvUsageLines implements UsageLines {

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private final String fileName;

	private final TabularFormat.Table table;

	private final List<String> header;

	private final LastByte bytes;

	/** A failure met while looking whether a short line was the last: thrown next. */
	private RuntimeException pending;

	CsvUsageLines(InputStream in, String fileName, TabularFormat.Table table) {
		this.fileName = fileName;
		this.table = table;
		this.bytes = new LastByte(in);
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
			.get();
		try {
			this.parser = CSVParser.parse(withoutByteOrderMark(this.bytes), format);
			Map<String, Integer> columns = this.parser.getHeaderMap();
			this.header = this.parser.getHeaderNames();
			Set<String> seen = new HashSet<>();
			for (String name : this.header) {
				if (!name.isBlank() && !seen.add(name)) {
					this.parser.close();
					throw new UsageFileException(fileName + " line 1: the header names column '" + name
							+ "' twice; which one holds the values is ambiguous, so the file is refused", null);
				}
			}
			for (String column : table.required()) {
				if (!columns.containsKey(column)) {
					this.parser.close();
					throw new UsageFileException(fileName + " line 1: required " + table.formatName() + " column '"
							+ column + "' is missing from the header", null);
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
		if (this.pending != null) {
			RuntimeException failure = this.pending;
			this.pending = null;
			throw failure;
		}
		try {
			return this.records.hasNext();
		}
		catch (UncheckedIOException ex) {
			throw readFailure(ex);
		}
	}

	private RuntimeException readFailure(UncheckedIOException ex) {
		if (ex.getCause() instanceof CharacterCodingException coding) {
			return notUtf8(this.fileName, this.parser.getCurrentLineNumber() + 1, coding);
		}
		return ex;
	}

	@Override
	public UsageLine next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		CSVRecord record = this.records.next();
		long line = record.getRecordNumber() + 1;
		int fields = record.size();
		int columns = this.header.size();
		if (fields > columns) {
			return new UsageLine.Refused(new RowFailure(this.fileName, line, null, String.join(",", record.values()),
					"the line has " + fields + " fields where the header has " + columns
							+ ": an unquoted comma in a value (such as 1,5) shifts the columns after it, so none"
							+ " of its values is trusted; quote that value"));
		}
		if (fields < columns) {
			UsageLine refused = shortLine(record, line, fields, columns);
			if (refused != null) {
				return refused;
			}
		}
		return this.table.line(new CsvRow(record), line, this.fileName);
	}

	/**
	 * @return the refusal of a line with fewer fields than the header, or {@code null}
	 * when it may be read with its omitted trailing fields empty
	 */
	private UsageLine shortLine(CSVRecord record, long line, int fields, int columns) {
		String omits = "the line has " + fields + " of the header's " + columns + " fields";
		for (String omitted : this.header.subList(fields, columns)) {
			if (this.table.valuesRequired().contains(omitted)) {
				return new UsageLine.Refused(new RowFailure(this.fileName, line, omitted, null,
						omits + " and omits '" + omitted + "', which needs a value: none of its values is trusted"));
			}
		}
		if (isLastWithoutLineBreak()) {
			return new UsageLine.Refused(new RowFailure(this.fileName, line, this.header.get(fields), null, omits
					+ " and ends the file without a line break: the export was cut off here, so none of its values"
					+ " is trusted"));
		}
		return null;
	}

	private boolean isLastWithoutLineBreak() {
		boolean last;
		try {
			last = !this.records.hasNext();
		}
		catch (UncheckedIOException ex) {
			this.pending = readFailure(ex);
			return false;
		}
		catch (RuntimeException ex) {
			this.pending = ex;
			return false;
		}
		// at the end of the file the last byte read is the file's last byte
		return last && this.bytes.last != '\n' && this.bytes.last != '\r';
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

	/** A CSV line's values by header name; an omitted trailing field reads as empty. */
	private record CsvRow(CSVRecord record) implements ExportRow {

		@Override
		public String text(String column) {
			if (!this.record.isMapped(column) || !this.record.isSet(column)) {
				return null;
			}
			return ExportRow.present(this.record.get(column));
		}

	}

	/** Remembers the last byte read, to tell whether the file ends with a line break. */
	private static final class LastByte extends FilterInputStream {

		private int last = -1;

		LastByte(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int read = super.read();
			if (read >= 0) {
				this.last = read;
			}
			return read;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = super.read(buffer, offset, length);
			if (read > 0) {
				this.last = buffer[offset + read - 1];
			}
			return read;
		}

	}

}
