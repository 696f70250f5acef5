package com.breakeven.web.export;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TableCellsTest {

	private final TableCells cells = new TableCells();

	/** A run's message in the shape the price import writes it: 122 characters. */
	private static final String MESSAGE = "prices: 2089 added, 1 changed, 17 unchanged, 0 held for review; 19 rows"
			+ " quarantined with their reason (see the run's page)";

	@Test
	void brief_cutsALongTextAtAWordAndMarksIt() {
		// the last space at or before character 48 is the one after "0" (index 46)
		assertThat(this.cells.brief(MESSAGE)).isEqualTo("prices: 2089 added, 1 changed, 17 unchanged, 0 …")
			.hasSizeLessThanOrEqualTo(TableCells.BRIEF + 2);
		assertThat(MESSAGE).startsWith(this.cells.brief(MESSAGE).replace(" …", ""));
	}

	@Test
	void brief_leavesShortTextsAndNumbersWhole() {
		assertThat(this.cells.brief("a".repeat(TableCells.LONG))).isNull();
		assertThat(this.cells.brief(new BigDecimal(
				"1234567890123456789012345678901234567890123456789012345678901234567890" + "1234567890123")))
			.isNull();
		assertThat(this.cells.brief(null)).isNull();
	}

	@Test
	void brief_cutsAWordlessTextAtTheLimit() {
		String path = "classpath:sample-data/feeds/" + "x".repeat(100) + ".json";
		assertThat(this.cells.brief(path)).isEqualTo(path.substring(0, TableCells.BRIEF) + " …");
	}

	@Test
	void emptyColumns_whereNoRowHoldsAnything() {
		Table table = new Table("t", List.of("Model", "TTFT p99 (ms)", "Concurrency"),
				List.of(List.of("a", "", 16), List.of("b", " ", 0)), 0);
		assertThat(this.cells.emptyColumns(table)).containsExactly(1);
	}

	@Test
	void isNumberColumn_whenAnyRowHoldsANumberThere() {
		Table table = new Table("t", List.of("Model", "Score", "Rating"),
				List.of(List.of("a", BigDecimal.ONE, ""), List.of("b", "", 1287)), 0);
		assertThat(this.cells.isNumberColumn(table, 0)).isFalse();
		assertThat(this.cells.isNumberColumn(table, 1)).isTrue();
		assertThat(this.cells.isNumberColumn(table, 2)).isTrue();
	}

}
