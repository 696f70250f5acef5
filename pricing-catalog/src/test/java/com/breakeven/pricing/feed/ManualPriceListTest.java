package com.breakeven.pricing.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ManualPriceListTest {

	private static final String HEADER = "model,provider,currency,input_per_mtok,cached_input_per_mtok,output_per_mtok,"
			+ "region,context_window_tokens\n";

	@Test
	void read_takesPricesPerMillionAsWritten() {
		FeedReading reading = read(
				HEADER + "meta-llama/llama-3.3-70b-instruct,acme-gpu-cloud,EUR,0.55,,0.70,eu,131072\n");

		FeedEntry entry = reading.entries().get(0);
		assertThat(entry.identity().canonicalName()).isEqualTo("meta-llama/llama-3.3-70b-instruct");
		assertThat(entry.sellerCode()).isEqualTo("acme-gpu-cloud");
		assertThat(entry.identity().region()).isEqualTo("eu");
		assertThat(entry.currency().getCurrencyCode()).isEqualTo("EUR");
		assertThat(entry.tiers().get(0).input()).isEqualByComparingTo("0.55");
		assertThat(entry.tiers().get(0).cachedInput()).isNull();
		assertThat(entry.tiers().get(0).output()).isEqualByComparingTo("0.70");
		assertThat(entry.contextWindowTokens()).isEqualTo(131_072);
	}

	@Test
	void read_refusesBadRowsNamingLineAndColumn() {
		FeedReading reading = read(HEADER + "openai/gpt-4o,openai,USD,2.5,,ten,,\n"
				+ "openai/gpt-4o-mini,openai,XYZ,0.15,,0.6,,\n" + "openai/gpt-4.1,openai,USD,2,,-8,,\n");

		assertThat(reading.problems()).extracting(FeedProblem::describe)
			.containsExactly("entry 2 'openai/gpt-4o', field 'output_per_mtok': is not a decimal number (value 'ten')",
					"entry 3 'openai/gpt-4o-mini', field 'currency': is not an ISO-4217 currency code (value 'XYZ')",
					"entry 4 'openai/gpt-4.1', field 'output_per_mtok': is negative (value '-8')");
	}

	@Test
	void read_failsWhenARequiredColumnIsMissing() {
		assertThatThrownBy(() -> read("model,provider,currency,input_per_mtok\nx/y,p,USD,1\n"))
			.isInstanceOf(FeedFormatException.class)
			.hasMessage("prices.csv line 1: required column 'output_per_mtok' is missing from the header");
	}

	private static FeedReading read(String csv) {
		return new ManualPriceList().read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "prices.csv");
	}

}
