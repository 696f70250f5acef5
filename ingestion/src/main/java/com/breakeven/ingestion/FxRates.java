package com.breakeven.ingestion;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.breakeven.ingestion.fx.EcbReferenceRates;

/**
 * Foreign-exchange rates (table {@code fx_rate}): imported from the ECB's euro reference
 * rates, and used to convert an amount into a reporting currency with the latest rate
 * published on or before the amount's day. Amounts are stored in their original currency;
 * conversion happens on read.
 */
@Service
public class FxRates {

	/** Exact enough for money: 34 significant digits, rounded only at the output edge. */
	private static final MathContext PRECISION = MathContext.DECIMAL128;

	private final JdbcClient jdbc;

	private final ImportRunRepository runs;

	private final TransactionTemplate transaction;

	public FxRates(JdbcClient jdbc, ImportRunRepository runs, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.runs = runs;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/**
	 * Imports an ECB reference-rate document from the command line.
	 * @see #importEcb(String, Duration, String)
	 */
	public ImportRun importEcb(String location, Duration timeout) {
		return importEcb(location, timeout, "cli");
	}

	/**
	 * Imports an ECB reference-rate document (XML, CSV or the zipped CSV, as the ECB
	 * publishes them) as one run; rates already stored for a day and currency are left as
	 * they are (the ECB does not revise them).
	 * @param location file path, {@code classpath:} resource or URL
	 * @param timeout longest wait for a URL
	 * @param trigger what started the run ({@code cli}, {@code schedule},
	 * {@code sample-data}, {@code web upload …})
	 * @return the run
	 */
	public ImportRun importEcb(String location, Duration timeout, String trigger) {
		SourceDocument document;
		try {
			document = SourceDocument.read(location, timeout);
		}
		catch (SourceDocument.UnreadableSource ex) {
			return failed(location, null, ex.getMessage(), trigger);
		}
		try {
			long runId = this.transaction.execute(status -> {
				long id = this.runs.start(ImportKind.FX, "ECB", location, document.sha256(), trigger);
				List<EcbReferenceRates.Rate> rates = EcbReferenceRates.read(document.content(), location);
				int added = 0;
				for (EcbReferenceRates.Rate rate : rates) {
					added += this.jdbc
						.sql("INSERT INTO fx_rate (rate_date, base_currency, quote_currency, rate, source)"
								+ " SELECT :day, 'EUR', :quote, :rate, 'ECB' WHERE NOT EXISTS (SELECT 1 FROM fx_rate"
								+ " WHERE rate_date = :day AND base_currency = 'EUR' AND quote_currency = :quote)")
						.param("day", rate.day())
						.param("quote", rate.currency().getCurrencyCode())
						.param("rate", rate.perEuro())
						.update();
				}
				this.runs.complete(id, new ImportCounts(rates.size(), added, 0, rates.size() - added, 0),
						added + " rates added, " + (rates.size() - added) + " already stored");
				return id;
			});
			return this.runs.find(runId).orElseThrow();
		}
		catch (EcbReferenceRates.UnreadableRates ex) {
			return failed(location, document.sha256(), ex.getMessage(), trigger);
		}
	}

	/**
	 * Converts through the euro with the latest ECB rates on or before {@code day}: <pre>
	 * amount in EUR = amount ÷ (from per euro);  amount in target = amount in EUR × (target per euro)
	 * </pre>
	 * @return the converted amount (unrounded), or empty when a rate is missing
	 */
	public Optional<BigDecimal> convert(BigDecimal amount, Currency from, Currency to, LocalDate day) {
		if (from.equals(to)) {
			return Optional.of(amount);
		}
		Optional<BigDecimal> fromPerEuro = perEuro(from, day);
		Optional<BigDecimal> toPerEuro = perEuro(to, day);
		if (fromPerEuro.isEmpty() || toPerEuro.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(amount.divide(fromPerEuro.get(), PRECISION).multiply(toPerEuro.get(), PRECISION));
	}

	/**
	 * The rate {@link #convert} would use, with the day it was published: units of
	 * {@code to} per unit of {@code from}, through the euro.
	 * @return the rate and the older of the two publication days, or empty when a rate is
	 * missing
	 */
	public Optional<Quote> quote(Currency from, Currency to, LocalDate day) {
		if (from.equals(to)) {
			return Optional.of(new Quote(BigDecimal.ONE, day));
		}
		Optional<Quote> fromPerEuro = perEuroOn(from, day);
		Optional<Quote> toPerEuro = perEuroOn(to, day);
		if (fromPerEuro.isEmpty() || toPerEuro.isEmpty()) {
			return Optional.empty();
		}
		LocalDate published = fromPerEuro.get().publishedOn().isBefore(toPerEuro.get().publishedOn())
				? fromPerEuro.get().publishedOn() : toPerEuro.get().publishedOn();
		return Optional.of(new Quote(toPerEuro.get().rate().divide(fromPerEuro.get().rate(), PRECISION), published));
	}

	/**
	 * @param rate units of the target currency per unit of the source currency
	 * @param publishedOn the day the ECB published the (older) rate used
	 */
	public record Quote(BigDecimal rate, LocalDate publishedOn) {

	}

	private Optional<BigDecimal> perEuro(Currency currency, LocalDate day) {
		return perEuroOn(currency, day).map(Quote::rate);
	}

	private Optional<Quote> perEuroOn(Currency currency, LocalDate day) {
		if (currency.equals(EcbReferenceRates.EUR)) {
			return Optional.of(new Quote(BigDecimal.ONE, day));
		}
		return this.jdbc
			.sql("SELECT rate, rate_date FROM fx_rate WHERE base_currency = 'EUR' AND quote_currency = :quote"
					+ " AND rate_date <= :day ORDER BY rate_date DESC LIMIT 1")
			.param("quote", currency.getCurrencyCode())
			.param("day", day)
			.query((rs, row) -> new Quote(rs.getBigDecimal(1), rs.getObject(2, LocalDate.class)))
			.optional();
	}

	private ImportRun failed(String location, String sha256, String reason, String trigger) {
		long runId = this.transaction.execute(status -> {
			long id = this.runs.start(ImportKind.FX, "ECB", location, sha256, trigger);
			this.runs.fail(id, new ImportCounts(0, 0, 0, 0, 0), reason);
			return id;
		});
		return this.runs.find(runId).orElseThrow();
	}

}
