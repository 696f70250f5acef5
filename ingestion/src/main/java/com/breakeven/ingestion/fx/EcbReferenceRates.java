package com.breakeven.ingestion.fx;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The European Central Bank's euro foreign-exchange reference rates
 * ({@code eurofxref-daily.xml}, {@code eurofxref-hist.xml}):
 * {@code <Cube time="2026-11-20"><Cube currency="USD" rate="1.0523"/>…}, read as a
 * stream. Each rate is units of the currency per one euro.
 */
public final class EcbReferenceRates {

	/** The base currency of every ECB reference rate. */
	public static final Currency EUR = Currency.getInstance("EUR");

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
