package com.breakeven.ingestion.fx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The European Central Bank's euro foreign-exchange reference rates in each shape the ECB
 * publishes them: XML ({@code eurofxref-daily.xml}, {@code eurofxref-hist.xml}:
 * {@code <Cube time="2026-11-20"><Cube currency="USD" rate="1.0523"/>…}, read as a
 * stream), CSV ({@code eurofxref-hist.csv}: {@code Date,USD,JPY,…} then
 * {@code 2026-04-13,1.1684,186.75,…}, "N/A" where a currency has no rate that day; the
 * daily {@code eurofxref.csv} writes {@code 13 April 2026, 1.1684, …}) and the zip
 * archive that holds either CSV. Each rate is units of the currency per one euro.
 */
public final class EcbReferenceRates {

	/** The base currency of every ECB reference rate. */
	public static final Currency EUR = Currency.getInstance("EUR");

	/** The daily CSV's day: "13 April 2026". */
	private static final DateTimeFormatter DAILY_CSV_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	/**
	 * The whole history since 1999 unzips to about 2 MB; a hundred times that is no
	 * reference-rate file.
	 */
	private static final int MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;

	private EcbReferenceRates() {
	}

	/**
	 * One day's rate of one currency.
	 *
	 * @param day the reference day
	 * @param currency the quoted currency
	 * @param perEuro units of {@code currency} for one euro
	 */
	public record Rate(LocalDate day, Currency currency, BigDecimal perEuro) {

	}

	/** The document cannot be read; the message names the file and the element. */
	public static class UnreadableRates extends RuntimeException {

		public UnreadableRates(String message, Throwable cause) {
			super(message, cause);
		}

	}

	/**
	 * Reads a document in any of the ECB's shapes, told apart by its first bytes: a zip
	 * archive ({@code PK}), XML ({@code <}) or else CSV.
	 * @param content the whole document
	 * @param sourceName file or URL, for messages
	 * @return every rate, in document order
	 */
	public static List<Rate> read(byte[] content, String sourceName) {
		if (content.length > 1 && content[0] == 'P' && content[1] == 'K') {
			return readZip(content, sourceName);
		}
		int first = 0;
		// a UTF-8 byte-order mark or leading blank lines say nothing about the shape
		while (first < content.length && (Character.isWhitespace(content[first]) || (content[first] & 0x80) != 0)) {
			first++;
		}
		if (first < content.length && content[first] == '<') {
			return read(new ByteArrayInputStream(content), sourceName);
		}
		return readCsv(new String(content, StandardCharsets.UTF_8), sourceName);
	}

	/**
	 * @param in the XML document
	 * @param sourceName file or URL, for messages
	 * @return every rate, in document order
	 */
	public static List<Rate> read(InputStream in, String sourceName) {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		// no DTDs, no external entities: the document is data, never instructions
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		List<Rate> rates = new ArrayList<>();
		LocalDate day = null;
		try {
			XMLStreamReader xml = factory.createXMLStreamReader(in);
			while (xml.hasNext()) {
				if (xml.next() != XMLStreamConstants.START_ELEMENT || !"Cube".equals(xml.getLocalName())) {
					continue;
				}
				String time = xml.getAttributeValue(null, "time");
				String currency = xml.getAttributeValue(null, "currency");
				String rate = xml.getAttributeValue(null, "rate");
				if (time != null) {
					day = parseDay(time, sourceName, xml);
				}
				else if (currency != null) {
					rates.add(rate(day, currency, rate, sourceName, xml));
				}
			}
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new UnreadableRates(sourceName + " is not valid XML: " + ex.getMessage(), ex);
		}
		if (rates.isEmpty()) {
			throw new UnreadableRates(sourceName + " holds no ECB reference rates (no Cube currency elements)", null);
		}
		return rates;
	}

	/**
	 * The ECB's CSV: a header {@code Date,USD,…} (the daily file puts a space after each
	 * comma and ends each line with one), then one line per day, newest first.
	 */
	static List<Rate> readCsv(String text, String sourceName) {
		String[] lines = text.split("\\r?\\n");
		if (lines.length == 0 || lines[0].isBlank()) {
			throw new UnreadableRates(sourceName + " is empty", null);
		}
		String[] header = cells(lines[0].replace("\uFEFF", ""));
		if (!"Date".equals(header[0])) {
			throw new UnreadableRates(sourceName + " line 1: the first column must be 'Date' (an ECB eurofxref CSV),"
					+ " was '" + header[0] + "'", null);
		}
		List<Rate> rates = new ArrayList<>();
		for (int index = 1; index < lines.length; index++) {
			if (lines[index].isBlank()) {
				continue;
			}
			int line = index + 1;
			String[] cells = cells(lines[index]);
			LocalDate day = csvDay(cells[0], sourceName, line);
			for (int column = 1; column < cells.length; column++) {
				String value = cells[column];
				if (value.isEmpty() || "N/A".equals(value)) {
					continue;
				}
				if (column >= header.length || header[column].isEmpty()) {
					throw new UnreadableRates(sourceName + " line " + line + ", column " + (column + 1)
							+ ": a rate under no currency heading: " + value, null);
				}
				rates.add(csvRate(day, header[column], value, sourceName, line));
			}
		}
		if (rates.isEmpty()) {
			throw new UnreadableRates(sourceName + " holds no ECB reference rates (no rate under any currency)", null);
		}
		return rates;
	}

	private static String[] cells(String line) {
		String[] cells = line.split(",", -1);
		for (int i = 0; i < cells.length; i++) {
			cells[i] = cells[i].strip();
		}
		return cells;
	}

	/** ISO in the history file, "13 April 2026" in the daily one. */
	private static LocalDate csvDay(String cell, String sourceName, int line) {
		try {
			return (cell.length() == 10 && cell.charAt(4) == '-') ? LocalDate.parse(cell)
					: LocalDate.parse(cell, DAILY_CSV_DAY);
		}
		catch (DateTimeParseException ex) {
			throw new UnreadableRates(sourceName + " line " + line + ", column Date: '" + cell
					+ "' is not a date (2026-04-13 or 13 April 2026)", ex);
		}
	}

	private static Rate csvRate(LocalDate day, String currency, String value, String sourceName, int line) {
		String where = sourceName + " line " + line + ", column " + currency + ": ";
		BigDecimal perEuro;
		try {
			perEuro = new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			throw new UnreadableRates(where + "rate is not a number: " + value, ex);
		}
		if (perEuro.signum() <= 0) {
			throw new UnreadableRates(where + "rate must be > 0, was " + value, null);
		}
		try {
			return new Rate(day, Currency.getInstance(currency), perEuro);
		}
		catch (IllegalArgumentException ex) {
			throw new UnreadableRates(where + "'" + currency + "' is not an ISO-4217 currency", ex);
		}
	}

	/** The ECB's {@code eurofxref-hist.zip}: one CSV (or XML) inside. */
	private static List<Rate> readZip(byte[] content, String sourceName) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				String name = entry.getName().toLowerCase(Locale.ROOT);
				if (!entry.isDirectory() && (name.endsWith(".csv") || name.endsWith(".xml"))) {
					return read(zip.readNBytes(MAX_UNZIPPED_BYTES), sourceName + "!" + entry.getName());
				}
			}
		}
		catch (IOException ex) {
			throw new UnreadableRates(sourceName + " is not a readable zip archive: " + ex.getMessage(), ex);
		}
		throw new UnreadableRates(sourceName + " is a zip archive without a .csv or .xml file", null);
	}

	private static LocalDate parseDay(String time, String sourceName, XMLStreamReader xml) {
		try {
			return LocalDate.parse(time);
		}
		catch (DateTimeParseException ex) {
			throw new UnreadableRates(sourceName + " line " + xml.getLocation().getLineNumber() + ": Cube time '" + time
					+ "' is not a date", ex);
		}
	}

	private static Rate rate(LocalDate day, String currency, String rate, String sourceName, XMLStreamReader xml) {
		int line = xml.getLocation().getLineNumber();
		if (day == null) {
			throw new UnreadableRates(sourceName + " line " + line + ": a rate outside a dated Cube", null);
		}
		try {
			BigDecimal perEuro = new BigDecimal(rate);
			if (perEuro.signum() <= 0) {
				throw new UnreadableRates(
						sourceName + " line " + line + ": rate of " + currency + " must be > 0, was " + rate, null);
			}
			return new Rate(day, Currency.getInstance(currency), perEuro);
		}
		catch (NumberFormatException | NullPointerException ex) {
			throw new UnreadableRates(
					sourceName + " line " + line + ": rate of " + currency + " is not a number: " + rate, ex);
		}
		catch (IllegalArgumentException ex) {
			throw new UnreadableRates(sourceName + " line " + line + ": '" + currency + "' is not an ISO-4217 currency",
					ex);
		}
	}

}
