package com.breakeven.pricing.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

class OpenRouterFeedTest {

	@Test
	void read_parsesDecimalStringsPerTokenIntoPricesPerMillion() throws IOException {
		FeedEntry gpt4o = LiteLlmFeedTest.entry(read("feeds/openrouter-small.json"), "openai/gpt-4o");

		// "0.0000025" per token = 2.5 per million; "0.00001" = 10; cache read
		// "0.00000125" = 1.25
		assertThat(gpt4o.tiers().get(0).input()).isEqualByComparingTo("2.5");
		assertThat(gpt4o.tiers().get(0).output()).isEqualByComparingTo("10");
		assertThat(gpt4o.tiers().get(0).cachedInput()).isEqualByComparingTo("1.25");
		assertThat(gpt4o.sellerCode()).isEqualTo("openrouter");
		assertThat(gpt4o.identity().creatorCode()).isEqualTo("openai");
		assertThat(gpt4o.displayName()).isEqualTo("GPT-4o");
	}

	@Test
	void read_treatsMinusOneAsADynamicPriceNotANegativeOne() throws IOException {
		FeedEntry auto = LiteLlmFeedTest.entry(read("feeds/openrouter-small.json"), "openrouter/auto");

		assertThat(auto.dynamic()).isTrue();
		assertThat(auto.tiers()).isEmpty();
	}

	@Test
	void read_makesFreeASuffixVariantOfTheModelAndClassifiesImageModels() throws IOException {
		FeedReading reading = read("feeds/openrouter-small.json");

		FeedEntry free = LiteLlmFeedTest.entry(reading, "meta-llama/llama-3.3-70b-instruct:free");
		assertThat(free.identity().canonicalName()).isEqualTo("meta-llama/llama-3.3-70b-instruct");
		assertThat(free.identity().variant()).isEqualTo(1);
		assertThat(reading.classified()).containsEntry("image", 1);
	}

	@Test
	void read_theRealSnapshotHasNoRefusedEntries() throws IOException {
		FeedReading reading = read("sample-data/feeds/openrouter_api_v1_models_output_modalities_all.json");

		assertThat(reading.entriesRead()).isEqualTo(549);
		assertThat(reading.problems()).isEmpty();
		assertThat(reading.entries()).filteredOn(FeedEntry::dynamic).isNotEmpty();
	}

	@Test
	void read_keepsWhatEveryModelOfTheRealSnapshotSaysOfItsModalitiesTextOrNot() throws IOException {
		FeedReading reading = read("sample-data/feeds/openrouter_api_v1_models_output_modalities_all.json");

		// one statement per model with an architecture, image and embedding models
		// included although they are not priced
		assertThat(reading.statements()).hasSize(549);
		assertThat(reading.statements()).filteredOn(s -> s.modelName().equals("black-forest-labs/flux.2-pro"))
			.singleElement()
			.satisfies(s -> assertThat(s.claim().describe()).isEqualTo("openrouter: image+text->image"));
		assertThat(reading.statements()).filteredOn(s -> s.modelName().equals("openai/whisper-1"))
			.singleElement()
			.satisfies(s -> assertThat(s.claim().evidence())
				.isEqualTo("openai/whisper-1: architecture audio->transcription"));
	}

	private static FeedReading read(String resource) throws IOException {
		try (InputStream in = OpenRouterFeedTest.class.getClassLoader().getResourceAsStream(resource)) {
			return new OpenRouterFeed().read(in, resource);
		}
	}

}
