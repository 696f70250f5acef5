package com.breakeven.web.export;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PerMillionTokensTest {

	@Test
	void decimals_twoSignificantFiguresOfTheSmallest() {
		// the sample scenario: 1.8523, 0.0130, 0.5920, 0.5490 → 0.013 needs 3 decimals
		assertThat(PerMillionTokens.decimals(1.8523, 0.0130, 0.5920, 0.5490)).isEqualTo(3);
		assertThat(TableCells.format(PerMillionTokens.cell(0.0130, 3))).isEqualTo("0.013");
		assertThat(TableCells.format(PerMillionTokens.cell(1.8523, 3))).isEqualTo("1.852");
	}

	@Test
	void decimals_twoAtLeast() {
		// 0.59 has two significant figures in two decimals; 12.5 keeps cents
		assertThat(PerMillionTokens.decimals(0.592, 12.5)).isEqualTo(2);
		assertThat(PerMillionTokens.decimals(Double.NaN, 0)).isEqualTo(2);
	}

	@Test
	void decimals_atMostSix() {
		assertThat(PerMillionTokens.decimals(0.000000012)).isEqualTo(6);
	}

	@Test
	void cell_noCostIsADash() {
		assertThat(PerMillionTokens.cell(Double.POSITIVE_INFINITY, 2)).isEqualTo("—");
		assertThat(PerMillionTokens.cell(0.5490, 2)).isEqualTo(new BigDecimal("0.55"));
	}

}
