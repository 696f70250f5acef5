package com.breakeven.web.imports;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.breakeven.ingestion.ImportRun;
import com.breakeven.ingestion.RowFailure;
import com.breakeven.web.export.Table;

/** Import runs and quarantined rows as the pages show them and exports write them. */
final class ImportTables {

	private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private ImportTables() {
	}

	/** One row per run, its number first (the page links it). */
	static Table runs(List<ImportRun> runs) {
		List<List<Object>> rows = new ArrayList<>();
		for (ImportRun r : runs) {
			boolean counted = r.counts() != null;
			rows.add(Arrays.asList(r.id(), r.kind().words(), ImportWords.format(r.format()),
					ImportWords.source(r.source()), r.status().words(),
					UTC_TIME.format(r.startedAt().withOffsetSameInstant(java.time.ZoneOffset.UTC)),
					(r.endedAt() != null) ? UTC_TIME.format(r.endedAt().withOffsetSameInstant(java.time.ZoneOffset.UTC))
							: "",
					counted ? r.counts().read() : "", counted ? r.counts().added() : "",
					counted ? r.counts().rejected() : "",
					(r.message() != null) ? ImportWords.source(r.message()) : ""));
		}
		return new Table("Import runs", List.of("#", "Kind", "Format", "Source", "Status", "Started (UTC)",
				"Ended (UTC)", "Rows read", "Rows added", "Rows refused", "Message"), rows, 0);
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
