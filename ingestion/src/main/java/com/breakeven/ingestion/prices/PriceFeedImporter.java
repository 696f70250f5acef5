package com.breakeven.ingestion.prices;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.breakeven.ingestion.ImportCounts;
import com.breakeven.ingestion.ImportKind;
import com.breakeven.ingestion.ImportRun;
import com.breakeven.ingestion.PriceFeedImportProperties;
import com.breakeven.ingestion.ImportRunRepository;
import com.breakeven.ingestion.RowFailure;
import com.breakeven.ingestion.SourceDocument;
import com.breakeven.pricing.CatalogueImport;
import com.breakeven.pricing.CatalogueImportResult;
import com.breakeven.pricing.feed.FeedFormatException;
import com.breakeven.pricing.feed.FeedProblem;
import com.breakeven.pricing.feed.FeedReading;
import com.breakeven.pricing.feed.PriceFeed;
import com.breakeven.pricing.feed.PriceFeeds;

/**
 * Imports one price feed document as one import run, in one transaction: the catalogue
 * either takes the whole feed (its refused entries quarantined with their reasons) or, on
 * any failure, stays exactly as it was and a FAILED run records why.
 */
public class PriceFeedImporter {

	private static final Logger log = LoggerFactory.getLogger(PriceFeedImporter.class);

	private final CatalogueImport catalogueImport;

	private final ImportRunRepository runs;

	private final TransactionTemplate transaction;

	private final PriceFeedImportProperties properties;

	public PriceFeedImporter(CatalogueImport catalogueImport, ImportRunRepository runs,
			PlatformTransactionManager transactionManager, PriceFeedImportProperties properties) {
		this.catalogueImport = catalogueImport;
		this.runs = runs;
		this.transaction = new TransactionTemplate(transactionManager);
		this.properties = properties;
	}

	/** A run that did not complete; its message says why. */
	static final class ImportFailed extends RuntimeException {

		ImportFailed(String message, Throwable cause) {
			super(message, cause);
		}

	}

	/**
	 * @param feedCode {@code litellm}, {@code openrouter} or {@code manual}
	 * @param location file path or URL
	 * @param asOf the day the feed's prices take effect
	 * @param triggeredBy who asked: {@code schedule}, {@code cli}, a user name
	 * @return the finished run, COMPLETED or FAILED
	 */
	public ImportRun importFeed(String feedCode, String location, LocalDate asOf, String triggeredBy) {
		PriceFeed feed = PriceFeeds.byCode(feedCode)
			.orElseThrow(() -> new IllegalArgumentException(
					"feed must be one of " + PriceFeeds.codes() + ", was '" + feedCode + "'"));
		SourceDocument document;
		try {
			document = SourceDocument.read(location, this.properties.timeout());
		}
		catch (SourceDocument.UnreadableSource ex) {
			return failedRun(feed, location, null, triggeredBy, ex.getMessage());
		}
		try {
			long runId = this.transaction.execute(status -> apply(feed, document, asOf, triggeredBy));
			return this.runs.find(runId).orElseThrow();
		}
		catch (ImportFailed | FeedFormatException ex) {
			return failedRun(feed, location, document.sha256(), triggeredBy, ex.getMessage());
		}
	}

	private long apply(PriceFeed feed, SourceDocument document, LocalDate asOf, String triggeredBy) {
		long runId = this.runs.start(ImportKind.PRICE, feed.code().toUpperCase(Locale.ROOT), document.location(),
				document.sha256(), triggeredBy);
		FeedReading reading = feed.read(document.open(), document.location());
		List<FeedProblem> problems = reading.problems();
		int considered = reading.entries().size() + problems.size();
		if (!problems.isEmpty() && problems.size() > this.properties.maxRefusedShare() * considered) {
			throw new ImportFailed(String.format(Locale.ROOT,
					"%d of %d entries refused (%.1f %%, more than the %.1f %% allowed), nothing imported; first: %s",
					problems.size(), considered, 100.0 * problems.size() / considered,
					100 * this.properties.maxRefusedShare(), problems.get(0).describe()), null);
		}
		CatalogueImportResult result = this.catalogueImport.apply(reading, asOf, runId);
		for (FeedProblem problem : problems) {
			this.runs.quarantine(runId, new RowFailure(document.location(), problem.ordinal(), problem.field(),
					problem.value(), problem.key() + ": " + problem.reason()));
		}
		StringBuilder message = new StringBuilder(result.summary());
		if (!reading.classified().isEmpty()) {
			message.append("; not priced (other modes): ").append(reading.classifiedSummary());
		}
		if (!problems.isEmpty()) {
			message.append("; ").append(problems.size()).append(" entries refused, see quarantine");
		}
		result.notes().stream().limit(5).forEach(note -> message.append("; ").append(note));
		this.runs.complete(runId, new ImportCounts(reading.entriesRead(), result.pricesAdded(), result.pricesChanged(),
				result.pricesUnchanged() + result.pricesHeld(), problems.size()), message.toString());
		log.info("Imported {} from {}: {}", feed.code(), document.location(), message);
		return runId;
	}

	private ImportRun failedRun(PriceFeed feed, String location, String sha256, String triggeredBy, String reason) {
		log.warn("Price feed {} from {} failed: {}", feed.code(), location, reason);
		long runId = this.transaction.execute(status -> {
			long id = this.runs.start(ImportKind.PRICE, feed.code().toUpperCase(Locale.ROOT), location, sha256,
					triggeredBy);
			this.runs.fail(id, new ImportCounts(0, 0, 0, 0, 0), reason);
			return id;
		});
		return this.runs.find(runId).orElseThrow();
	}

}
