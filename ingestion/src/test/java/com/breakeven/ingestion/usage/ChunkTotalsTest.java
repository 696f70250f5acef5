package com.breakeven.ingestion.usage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.breakeven.ingestion.UsageDay;
import com.breakeven.ingestion.UsageKind;

import static org.assertj.core.api.Assertions.assertThat;

class ChunkTotalsTest {

	private static final LocalDate MAY_1 = LocalDate.of(2025, 5, 1);

	private static final Currency USD = Currency.getInstance("USD");

	@Test
	void sum_linesOfOneDayAndDimensionsBecomeOneRowThatKeepsItsFirstLineAndLineCount() {
		List<UsageStaging.StagedRow> rows = List.of(line(7, MAY_1, "sub-1", 1_000_000L, null, "2.50"),
				line(3, MAY_1, "sub-1", null, 400_000L, "4.00"),
				line(9, MAY_1.plusDays(1), "sub-1", 500_000L, null, "1.25"),
				line(5, MAY_1, "sub-2", 10L, null, "0.01"));

		List<UsageStaging.StagedRow> totals = ChunkTotals.sum(rows);

		assertThat(totals).hasSize(3);
		UsageStaging.StagedRow may1 = totals.get(0);
		// 1,000,000 input from line 7 and 400,000 output from line 3; 2.50 + 4.00 = 6.50
		// USD
		assertThat(may1.usage().inputTokens()).isEqualTo(1_000_000L);
		assertThat(may1.usage().outputTokens()).isEqualTo(400_000L);
		assertThat(may1.usage().billedCost()).isEqualByComparingTo("6.50");
		assertThat(may1.sourceLine()).isEqualTo(3);
		assertThat(may1.sourceRows()).isEqualTo(2);
		assertThat(may1.usage().rowKey()).isEqualTo("L3");
		assertThat(totals.get(1).usage().usageDate()).isEqualTo(MAY_1.plusDays(1));
		assertThat(totals.get(2).usage().account()).isEqualTo("sub-2");
	}

	@Test
	void sum_costOnlyLinesStayWithoutTokens() {
		List<UsageStaging.StagedRow> totals = ChunkTotals
			.sum(List.of(line(2, MAY_1, "sub-1", null, null, "1.00"), line(3, MAY_1, "sub-1", null, null, "-0.25")));

		assertThat(totals).singleElement().satisfies(row -> {
			assertThat(row.usage().inputTokens()).isNull();
			assertThat(row.usage().outputTokens()).isNull();
			assertThat(row.usage().billedCost()).isEqualByComparingTo("0.75");
			assertThat(row.sourceRows()).isEqualTo(2);
		});
	}

	@Test
	void sum_aLineThatWouldOverflowItsDaysSumStaysARowOfItsOwn() {
		// 9e18 + 9e18 tokens exceed Long.MAX_VALUE (9.22e18); a cost sum of 18 nines +
		// 1 has 19 digits before the point: each line is kept whole, the sum not made
		List<UsageStaging.StagedRow> totals = ChunkTotals
			.sum(List.of(line(2, MAY_1, "sub-1", 9_000_000_000_000_000_000L, null, "1"),
					line(3, MAY_1, "sub-1", 9_000_000_000_000_000_000L, null, "1"),
					line(4, MAY_1.plusDays(1), "sub-1", null, null, "999999999999999999"),
					line(5, MAY_1.plusDays(1), "sub-1", null, null, "1")));

		assertThat(totals).extracting(UsageStaging.StagedRow::sourceLine).containsExactly(2L, 4L, 3L, 5L);
		assertThat(totals).extracting(UsageStaging.StagedRow::sourceRows).containsOnly(1L);
	}

	private static UsageStaging.StagedRow line(long line, LocalDate day, String account, Long input, Long output,
			String billed) {
		return new UsageStaging.StagedRow(new UsageDay(day, null, "Microsoft", null, "gpt-4o-0513", account, null, null,
				null, null, input, null, null, output, null, false, new BigDecimal(billed), null, null, USD,
				UsageKind.BILLED, "focus", "focus:acct-1", "L" + line), "export.csv", line);
	}

}
