package com.breakeven.tco;

import java.math.BigDecimal;
import java.util.Currency;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PerMillionTokensTest {

	@Test
	void decimals_twoSignificantFiguresOfTheSmallest() {
		// the sample scenario: 1.8523, 0.0130, 0.5920, 0.5490 → 0.013 needs 3 decimals
		assertThat(PerMillionTokens.decimals(1.8523, 0.0130, 0.5920, 0.5490)).isEqualTo(3);
		assertThat(PerMillionTokens.cell(0.0130, 3)).isEqualTo(new BigDecimal("0.013"));
		assertThat(PerMillionTokens.cell(1.8523, 3)).isEqualTo(new BigDecimal("1.852"));
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

	@Test
	void inWords_eachFigureAtTheDecimalsTheirComparisonNeeds() {
		// 0.0123 beside 0.45: three decimals tell them apart; grouped, the currency after
		// the amount as on every page
		int decimals = PerMillionTokens.decimals(0.0123, 0.45);
		assertThat(PerMillionTokens.inWords(0.0123, Currency.getInstance("USD"), decimals))
			.isEqualTo("0.012 USD per million tokens");
		assertThat(PerMillionTokens.inWords(1234.5, Currency.getInstance("EUR"), 2))
			.isEqualTo("1,234.50 EUR per million tokens");
	}

}
