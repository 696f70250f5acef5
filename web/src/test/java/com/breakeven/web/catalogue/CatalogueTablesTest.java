package com.breakeven.web.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.breakeven.pricing.Price;
import com.breakeven.web.export.Table;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueTablesTest {

	private static final Currency USD = Currency.getInstance("USD");

	private static final Map<Long, String> SELLERS = Map.of(1L, "openai");

	@Test
	void prices_addTheAudioColumnsWhereASellerPricesAudio() {
		// LiteLLM's gpt-4o-audio-preview: 2.50 input, 10 output, 40 audio input, 80 audio
		// output USD per million tokens
		Price audio = new Price(null, 7, 1, "global", 0, USD, new BigDecimal("2.5"), null, null, new BigDecimal("10"),
				null, null, null, LocalDate.of(2026, 7, 1), null, "litellm", "gpt-4o-audio-preview", false,
				new BigDecimal("40"), new BigDecimal("80"));

		Table table = CatalogueTables.prices("openai/gpt-4o-audio-preview", List.of(audio), SELLERS);

		assertThat(table.header()).containsSubsequence("Output per Mtok", "Audio input per Mtok",
				"Audio output per Mtok", "Currency");
		List<Object> row = table.rows().get(0);
		assertThat(row.get(table.header().indexOf("Audio input per Mtok"))).asString().isEqualTo("40.00");
		assertThat(row.get(table.header().indexOf("Audio output per Mtok"))).asString().isEqualTo("80.00");
		assertThat(row.get(table.header().indexOf("Currency"))).isEqualTo("USD");
	}

	@Test
	void prices_ofATextModelHaveNoAudioColumns() {
		Price text = new Price(null, 7, 1, "global", 0, USD, new BigDecimal("2.5"), new BigDecimal("1.25"), null,
				new BigDecimal("10"), null, null, null, LocalDate.of(2026, 7, 1), null, "litellm", "gpt-4o", false);

		assertThat(CatalogueTables.prices("openai/gpt-4o", List.of(text), SELLERS).header())
			.noneMatch(heading -> heading.startsWith("Audio"));
	}

}
