package com.breakeven.ingestion;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

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
				this.runs.complete(id, new ImportCounts(rates.size(), added, 0, rates.size() - added, 0), String
					.format(java.util.Locale.ROOT, "%,d rates added, %,d already stored", added, rates.size() - added));
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
		return convert(amount, from, to, currency -> perEuro(currency, day));
	}

	private static Optional<BigDecimal> convert(BigDecimal amount, Currency from, Currency to,
			Function<Currency, Optional<BigDecimal>> perEuro) {
		if (from.equals(to)) {
			return Optional.of(amount);
		}
		Optional<BigDecimal> fromPerEuro = perEuro.apply(from);
		Optional<BigDecimal> toPerEuro = perEuro.apply(to);
		if (fromPerEuro.isEmpty() || toPerEuro.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(amount.divide(fromPerEuro.get(), PRECISION).multiply(toPerEuro.get(), PRECISION));
	}

	/**
	 * {@link #convert} for the many amounts of a period: each currency's rates in force
	 * over the period read in one query at its first use, instead of one query per amount
	 * and currency. Same rates, same arithmetic; an amount dated outside the period is
	 * converted by {@link #convert}. For one question: it does not see rates imported
	 * after its first use.
	 * @param from the period's first day
	 * @param to its last day
	 */
	public UsageReconciliation.Conversion forPeriod(LocalDate from, LocalDate to) {
		Map<Currency, NavigableMap<LocalDate, BigDecimal>> perEuro = new ConcurrentHashMap<>();
		return (amount, source, target, day) -> {
			if (day.isBefore(from) || day.isAfter(to)) {
				return convert(amount, source, target, day);
			}
			return convert(amount, source, target, currency -> {
				if (currency.equals(EcbReferenceRates.EUR)) {
					return Optional.of(BigDecimal.ONE);
				}
				// the latest rate on or before the day: the period's, or the last before
				// it
				return Optional
					.ofNullable(perEuro.computeIfAbsent(currency, c -> ratesOver(c, from, to)).floorEntry(day))
					.map(Map.Entry::getValue);
			});
		};
	}

	/**
	 * A currency's rates per euro from the last one on or before {@code from} to
	 * {@code to}.
	 */
	private NavigableMap<LocalDate, BigDecimal> ratesOver(Currency currency, LocalDate from, LocalDate to) {
		NavigableMap<LocalDate, BigDecimal> rates = new TreeMap<>();
		this.jdbc.sql("""
				SELECT rate_date, rate FROM fx_rate
				WHERE base_currency = 'EUR' AND quote_currency = :quote AND rate_date <= :to
				  AND rate_date >= COALESCE((SELECT MAX(rate_date) FROM fx_rate WHERE base_currency = 'EUR'
				                             AND quote_currency = :quote AND rate_date <= :from), :from)""")
			.param("quote", currency.getCurrencyCode())
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> rates.put(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2)))
			.list();
		return rates;
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
