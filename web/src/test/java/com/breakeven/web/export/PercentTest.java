package com.breakeven.web.export;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every percentage a person reads is written one way: to a tenth, thousands grouped, a
 * space before the sign; downloads keep the bare number.
 */
class PercentTest {

	@Test
	void words_alwaysATenthSoColumnsAlign() {
		// the compare page once read "100.0" where the result page read "100 %"
		assertThat(Percent.ofFraction(1.0).words()).isEqualTo("100.0 %");
		assertThat(Percent.of(new BigDecimal("22")).words()).isEqualTo("22.0 %");
	}

	@Test
	void words_tenthsRoundedHalfUp() {
		// 0.95349 × 100 = 95.349 → 95.3; 62.25 → 62.3
		assertThat(Percent.ofFraction(0.95349).words()).isEqualTo("95.3 %");
		assertThat(Percent.of(62.25).words()).isEqualTo("62.3 %");
	}

	@Test
	void words_thousandsGroupedAndNegativeSigned() {
		assertThat(Percent.ofFraction(12.5).words()).isEqualTo("1,250.0 %");
		assertThat(Percent.of(new BigDecimal("-7.04")).words()).isEqualTo("-7.0 %");
	}

	@Test
	void words_tinyShareIsNotZero() {
		assertThat(Percent.of(0.04).words()).isEqualTo("under 0.1 %");
		assertThat(Percent.of(-0.04).words()).isEqualTo("down by under 0.1 %");
		assertThat(Percent.of(0).words()).isEqualTo("0.0 %");
	}

	@Test
	void change_risesCarryAPlus() {
		assertThat(Percent.of(new BigDecimal("12.5")).change()).isEqualTo("+12.5 %");
		assertThat(Percent.of(new BigDecimal("-3.0")).change()).isEqualTo("-3.0 %");
	}

	@Test
	void downloads_keepTheBareNumberOfPercent() {
		Percent share = Percent.ofFraction(0.953);
		// CSV prints toString(), XLSX the value: 95.3, not "95.3 %"
		assertThat(share).hasToString("95.3");
		assertThat(share.value()).isEqualByComparingTo("95.3");
		assertThat(CsvExport.write(List.of("Chance of payback (%)"), List.of(List.of(share))))
			.isEqualTo("Chance of payback (%)\r\n95.3\r\n");
	}

	@Test
	void cells_pagesAndPdfsPrintTheWords() {
		TableCells cells = new TableCells();
		assertThat(TableCells.format(Percent.ofFraction(0.953))).isEqualTo("95.3 %");
		assertThat(cells.percent(new BigDecimal("40.0"))).isEqualTo("40.0 %");
		assertThat(cells.percent(80.04)).isEqualTo("80.0 %");
		assertThat(cells.percent(null)).isEqualTo("—");
		assertThat(cells.isNumber(Percent.of(1))).isTrue();
	}

}
