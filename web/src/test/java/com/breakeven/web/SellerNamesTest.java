package com.breakeven.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SellerNamesTest {

	@Test
	void of_knownSellersByTheirOwnNames() {
		assertThat(SellerNames.of("openai")).isEqualTo("OpenAI");
		assertThat(SellerNames.of("together-ai")).isEqualTo("Together AI");
		assertThat(SellerNames.of("google-vertex-ai")).isEqualTo("Google Vertex AI");
		assertThat(SellerNames.of("bedrock-mantle")).isEqualTo("Amazon Bedrock (Mantle)");
		assertThat(SellerNames.of("darkbloom")).isEqualTo("Darkbloom");
	}

	@Test
	void of_litellmSpellingWithUnderscoresIsTheSameSeller() {
		assertThat(SellerNames.of("together_ai")).isEqualTo("Together AI");
	}

	@Test
	void of_unknownCodeReadAsItsWordsNeverAnotherName() {
		assertThat(SellerNames.of("acme-gpu-cloud")).isEqualTo("Acme GPU Cloud");
		assertThat(SellerNames.of("newcomer")).isEqualTo("Newcomer");
		assertThat(SellerNames.of(null)).isEmpty();
	}

	@Test
	void of_agreesWithTheSampleCatalogueOnEveryProvider() {
		// cross-check: the names the shipped catalogue gives its providers
		for (String line : SampleFiles.lines("providers.csv").subList(1, SampleFiles.lines("providers.csv").size())) {
			String[] fields = line.split(",");
			assertThat(SellerNames.of(fields[0])).as(fields[0]).isEqualTo(fields[1]);
		}
	}

	@Test
	void distinct_twoCodesOfOneNameKeepTheirCodes() {
		assertThat(SellerNames.distinct(java.util.List.of("openai", "meta", "meta-llama"))).containsExactly(
				java.util.Map.entry("openai", "OpenAI"), java.util.Map.entry("meta", "Meta (meta)"),
				java.util.Map.entry("meta-llama", "Meta (meta-llama)"));
	}

}
