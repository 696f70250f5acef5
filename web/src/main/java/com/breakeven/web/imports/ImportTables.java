package com.breakeven.web.imports;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.breakeven.ingestion.ImportCounts;
import com.breakeven.ingestion.ImportRun;
import com.breakeven.ingestion.RowFailure;
import com.breakeven.web.export.Table;

/** Import runs and quarantined rows as the pages show them and exports write them. */
final class ImportTables {

	private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private ImportTables() {
	}

	/**
	 * The columns of a run's full {@link #row} that {@link #runs} downloads, under its
	 * own headings.
	 */
	private static final int[] DOWNLOADED = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 13 };

	private static final List<String> DOWNLOAD_HEADINGS = List.of("#", "Kind", "Format", "Source", "Status",
			"Started (UTC)", "Ended (UTC)", "Rows read", "Rows added", "Rows refused", "Message");

	/**
	 * One row per run, its number first (the page links it), as the download has always
	 * written it.
	 */
	static Table runs(List<ImportRun> runs) {
		List<List<Object>> rows = new ArrayList<>();
		for (ImportRun r : runs) {
			rows.add(columns(row(r, ImportWords.source(r.source())), DOWNLOADED));
		}
		return new Table("Import runs", DOWNLOAD_HEADINGS, rows, 0);
	}

	/**
	 * The columns of a row the imports page shows: the run's number, kind, source, status
	 * and start, its counts and what they count, its message (the format and the end are
	 * on the run's own page and in the download).
	 */
	private static final int[] SHOWN = { 0, 1, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13 };

	private static final List<String> PAGE_HEADINGS = List.of("Run", "Kind", "Source", "Status", "Started (UTC)",
			"Read", "Added", "Changed", "Unchanged", "Refused", "Counted in", "Message");

	/**
	 * One row per run as the imports page shows it: besides what {@link #runs} downloads,
	 * the rows changed and left unchanged, so that read = added + changed + unchanged +
	 * refused, and what the counts count (rows, keys, a price feed's entries and prices).
	 */
	static Table recent(List<ImportRun> runs) {
		List<List<Object>> rows = new ArrayList<>();
		for (ImportRun r : runs) {
			// a file name is one long word: on the page it may wrap after its _ - . and /
			rows.add(columns(row(r, ImportWords.source(r.source()).replaceAll("([_./-])(?=.)", "$1\u200B")), SHOWN));
		}
		return new Table("Import runs", PAGE_HEADINGS, rows, 0);
	}

	private static List<Object> columns(List<Object> row, int[] kept) {
		List<Object> picked = new ArrayList<>();
		for (int column : kept) {
			picked.add(row.get(column));
		}
		return picked;
	}

	private static List<Object> row(ImportRun r, String source) {
		ImportCounts c = r.counts();
		return Arrays.asList(r.id(), r.kind().words(), ImportWords.format(r.format()), source, r.status().words(),
				utc(r.startedAt()), (r.endedAt() != null) ? utc(r.endedAt()) : "", (c != null) ? c.read() : "",
				(c != null) ? c.added() : "", (c != null) ? c.changed() : "", (c != null) ? c.unchanged() : "",
				(c != null) ? c.rejected() : "", (c != null) ? ImportWords.countedIn(r.kind(), r.format()) : "",
				(r.message() != null) ? ImportWords.source(r.message()) : "");
	}

	private static String utc(OffsetDateTime at) {
		return UTC_TIME.format(at.withOffsetSameInstant(ZoneOffset.UTC));
	}

	/** The rows a run refused, each with where it was and why. */
	static Table quarantine(ImportRun run, List<RowFailure> failures) {
		List<List<Object>> rows = new ArrayList<>();
		for (RowFailure f : failures) {
			rows.add(Arrays.asList(Uploads.withoutServerPaths(f.sourceFile()), f.line(),
					(f.column() != null) ? f.column() : "", (f.rawValue() != null) ? f.rawValue() : "",
					Uploads.withoutServerPaths(f.reason())));
		}
		return new Table("Import run " + run.id() + " quarantine", List.of("File", "Line", "Column", "Value", "Reason"),
				rows, 0);
	}

}
