package com.breakeven.web.imports;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.breakeven.ingestion.ImportCounts;
import com.breakeven.ingestion.ImportKind;
import com.breakeven.ingestion.ImportRun;
import com.breakeven.ingestion.ImportStatus;
import com.breakeven.web.export.Table;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runs table reconciles: read = added + changed + unchanged + refused, in named
 * units.
 */
class ImportTablesTest {

	private static final OffsetDateTime STARTED = OffsetDateTime.of(2026, 11, 30, 18, 56, 55, 0, ZoneOffset.UTC);

	// the sample data's LMArena run: 282 keys, 168 mapped, 114 refused; 4,664 ratings
	// stored
	private static final ImportRun LMARENA = run(4, ImportKind.QUALITY, "LMARENA",
			new ImportCounts(282, 168, 0, 0, 114), "4,664 LMArena ratings with their 95 % interval stored");

	// the sample ECB file: every rate already stored but 10
	private static final ImportRun ECB = run(5, ImportKind.FX, "ECB", new ImportCounts(5_930, 10, 0, 5_920, 0),
			"10 rates added, 5,920 already stored");

	private static final ImportRun LITELLM = run(2, ImportKind.PRICE, "LITELLM",
			new ImportCounts(2_967, 2_089, 2, 16, 19), "prices: 2,089 added, 2 changed, 16 unchanged");

	private static ImportRun run(long id, ImportKind kind, String format, ImportCounts counts, String message) {
		return new ImportRun(id, kind, format, "classpath:sample-data/x.json", null, ImportStatus.COMPLETED, STARTED,
				STARTED.plusSeconds(1), counts, message);
	}

	private static Object cell(Table table, int row, String heading) {
		return table.rows().get(row).get(table.header().indexOf(heading));
	}

	@Test
	void recent_readIsTheSumOfWhatBecameOfItInTheUnitItNames() {
		Table page = ImportTables.recent(List.of(ECB, LMARENA));
		for (int row = 0; row < 2; row++) {
			long read = (Long) cell(page, row, "Read");
			long accounted = (Long) cell(page, row, "Added") + (Long) cell(page, row, "Changed")
					+ (Long) cell(page, row, "Unchanged") + (Long) cell(page, row, "Refused");
			assertThat(accounted).as("row %d", row).isEqualTo(read);
		}
		// 5,930 = 10 + 0 + 5,920 + 0
		assertThat(cell(page, 0, "Unchanged")).isEqualTo(5_920L);
		assertThat(cell(page, 0, "Counted in")).isEqualTo("exchange rates");
		// 282 = 168 + 114 keys, though the message counts 4,664 ratings
		assertThat(cell(page, 1, "Counted in")).isEqualTo("leaderboard keys (a rating per category each)");
	}

	@Test
	void recent_priceFeedSaysItsEntriesBecomePrices() {
		Table page = ImportTables.recent(List.of(LITELLM));
		assertThat(cell(page, 0, "Counted in")).isEqualTo("entries read and refused; prices stored");
		assertThat(cell(page, 0, "Changed")).isEqualTo(2L);
		assertThat(cell(page, 0, "Unchanged")).isEqualTo(16L);
	}

	@Test
	void runs_downloadKeepsItsDocumentedColumns() {
		Table download = ImportTables.runs(List.of(LMARENA));
		assertThat(download.header()).containsExactly("#", "Kind", "Format", "Source", "Status", "Started (UTC)",
				"Ended (UTC)", "Rows read", "Rows added", "Rows refused", "Message");
		assertThat(download.rows().get(0)).containsExactly(4L, "quality scores", "LMArena ratings",
				ImportWords.source("classpath:sample-data/x.json"), "completed", "2026-11-30 18:56:55",
				"2026-11-30 18:56:56", 282L, 168L, 114L, "4,664 LMArena ratings with their 95 % interval stored");
	}

}
