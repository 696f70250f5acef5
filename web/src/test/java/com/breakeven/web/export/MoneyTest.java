package com.breakeven.web.export;

import java.math.BigDecimal;
import java.util.Currency;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyTest {

	private static final Currency USD = Currency.getInstance("USD");

	private static final Currency JPY = Currency.getInstance("JPY");

	@Test
	void text_amountGroupedThenTheCode() {
		assertThat(Money.text(106_351.49, USD, 0)).isEqualTo("106,351 USD");
		assertThat(Money.text(new BigDecimal("117276.2"), USD)).isEqualTo("117,276.20 USD");
	}

	@Test
	void text_roundsHalfUpAtTheEdgeToTheCurrencysMinorUnit() {
		// 0.125 USD: half-up to cents is 0.13; yen have no minor unit
		assertThat(Money.text(new BigDecimal("0.125"), USD)).isEqualTo("0.13 USD");
		assertThat(Money.text(new BigDecimal("1234.5"), JPY)).isEqualTo("1,235 JPY");
	}

	@Test
	void text_nothingForNoAmountAndNoCodeForNoCurrency() {
		assertThat(Money.text((BigDecimal) null, USD, 2)).isEmpty();
		assertThat(Money.text(Double.NaN, USD, 0)).isEmpty();
		assertThat(Money.text(1_000.0, null, 0)).isEqualTo("1,000");
	}

}
