package com.breakeven.simulator.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import com.breakeven.tco.Demand;
import com.breakeven.tco.Formulas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PriceRuleTest {

	private static final Currency USD = Currency.getInstance("USD");

	private static final Currency EUR = Currency.getInstance("EUR");

	private static final LocalDate DAY = LocalDate.of(2026, 10, 31);

	private static final String LLAMA = "meta-llama/llama-3.3-70b-instruct";

	// the sample catalogue's three sellers of Llama 3.3 70B (LiteLLM price map)
	private static final Offer TOGETHER = offer(LLAMA, "together-ai", USD, "0.88", null, "0.88", null, null);

	private static final Offer GROQ = offer(LLAMA, "groq", USD, "0.59", null, "0.79", null, null);

	private static final Offer DEEPINFRA = offer(LLAMA, "deepinfra", USD, "0.23", null, "0.40", null, null);

	/**
	 * The sample workload knowledge-base in October 2026: together-ai, no cache, no
	 * batch.
	 */
	private static final Demand KNOWLEDGE_BASE_OCTOBER = new Demand(27_334_020_316d, 0, 1_974_123_674d, 1);

	private static final Function<Currency, Optional<FxRate>> NO_RATES = currency -> Optional.empty();

	private static final double CENT = 0.005;

	@Test
	void atSeller_pricesTheWorkloadAtTheSellerItsUsageShows() {
		ResolvedPrice price = PriceRule
			.atSeller(LLAMA, "together-ai", List.of(DEEPINFRA, GROQ, TOGETHER), USD, DAY, NO_RATES,
					KNOWLEDGE_BASE_OCTOBER, 0)
			.orThrow();

		// (27,334,020,316 + 1,974,123,674) × 0.88 / 10^6 = 29,308,143,990 × 0.88 / 10^6 =
		// 25,791.17
		// (the sample bill for October is 25,791.166710)
		assertThat(price.seller()).isEqualTo("together-ai");
		assertThat(price.basis()).isEqualTo(ResolvedPrice.Basis.WORKLOAD_SELLER);
		assertThat(Formulas.apiMonthlyCost(price.pricing(), KNOWLEDGE_BASE_OCTOBER).total()).isCloseTo(25_791.17,
				within(CENT));
		assertThat(price.describe()).startsWith("together-ai (the seller its usage shows): input 0.88");
	}

	@Test
	void buying_cheapestSellerWhenTheCreatorSellsNone() {
		ResolvedPrice price = PriceRule
			.buying(LLAMA, "meta", List.of(TOGETHER, GROQ, DEEPINFRA), USD, DAY, NO_RATES, KNOWLEDGE_BASE_OCTOBER, 0)
			.orThrow();

		// 27,334,020,316 × 0.23 / 10^6 + 1,974,123,674 × 0.40 / 10^6 = 6,286.8247 +
		// 789.6495 = 7,076.47
		assertThat(price.seller()).isEqualTo("deepinfra");
		assertThat(price.basis()).isEqualTo(ResolvedPrice.Basis.CHEAPEST_SELLER);
		assertThat(Formulas.apiMonthlyCost(price.pricing(), KNOWLEDGE_BASE_OCTOBER).total()).isCloseTo(7_076.47,
				within(CENT));
	}

	@Test
	void buying_creatorPriceWinsOverCheaperSellers() {
		Offer creator = offer("openai/gpt-4o", "openai", USD, "2.5", "1.25", "10", null, null);
		Offer reseller = offer("openai/gpt-4o", "azure", USD, "2.0", "1.0", "8", null, null);

		ResolvedPrice price = PriceRule
			.buying("openai/gpt-4o", "openai", List.of(reseller, creator), USD, DAY, NO_RATES,
					new Demand(1e9, 0, 1e8, 1), 0)
			.orThrow();

		assertThat(price.seller()).isEqualTo("openai");
		assertThat(price.basis()).isEqualTo(ResolvedPrice.Basis.CREATOR);
	}

	@Test
	void atSeller_batchShareAtTheSellersBatchPrices() {
		Offer mini = offer("openai/gpt-4o-mini", "openai", USD, "0.15", "0.075", "0.6", "0.075", "0.3");
		// the sample workload analytics in October 2026: all batch
		Demand analytics = new Demand(43_621_618_567d, 0, 545_270_216d, 1);

		ResolvedPrice price = PriceRule
			.atSeller("openai/gpt-4o-mini", "openai", List.of(mini), USD, DAY, NO_RATES, analytics, 1)
			.orThrow();

		// 43,621,618,567 × 0.075 / 10^6 + 545,270,216 × 0.3 / 10^6 = 3,271.6214 +
		// 163.5811 = 3,435.20
		// (the sample bill is 3,435.202457); list price would be twice that
		assertThat(Formulas.apiMonthlyCost(price.pricing(), analytics).total()).isCloseTo(3_435.20, within(CENT));
		assertThat(price.pricing().batchDiscount()).isCloseTo(0.5, within(1e-12));
	}

	@Test
	void atSeller_cacheWritesAtTheSellersCacheWritePrice() {
		// Claude Sonnet 4.5 from anthropic (LiteLLM price map): 3 input, 0.30 cache read,
		// 3.75 cache write, 15 output per million
		Offer sonnet = new Offer("anthropic/claude-sonnet-4-5", "anthropic", "global", 0, USD, new BigDecimal("3"),
				new BigDecimal("0.3"), new BigDecimal("15"), null, null, false, LocalDate.of(2026, 7, 1), "litellm",
				null, new BigDecimal("3.75"));
		Demand withWrites = new Demand(1e9, 2e9, 1e8, 1, 1e9);

		ResolvedPrice price = PriceRule
			.atSeller("anthropic/claude-sonnet-4-5", "anthropic", List.of(sonnet), USD, DAY, NO_RATES, withWrites, 0)
			.orThrow();

		// 1,000 M × 3 + 2,000 M × 0.30 + 1,000 M × 3.75 + 100 M × 15 = 3,000 + 600 +
		// 3,750 + 1,500 = 8,850
		assertThat(Formulas.apiMonthlyCost(price.pricing(), withWrites).total()).isCloseTo(8_850, within(CENT));
		// a seller without a cache-write price bills the writes as input, and says so
		Offer noWritePrice = offer("anthropic/claude-sonnet-4-5", "reseller", USD, "3", "0.3", "15", null, null);
		ResolvedPrice resold = PriceRule
			.atSeller("anthropic/claude-sonnet-4-5", "reseller", List.of(noWritePrice), USD, DAY, NO_RATES, withWrites,
					0)
			.orThrow();
		// 3,000 + 600 + 1,000 M × 3 + 1,500 = 8,100
		assertThat(Formulas.apiMonthlyCost(resold.pricing(), withWrites).total()).isCloseTo(8_100, within(CENT));
		assertThat(resold.note()).contains("no cache-write price: cache writes at the input price");
	}

	@Test
	void atSeller_convertsAtTheDaysRateAndSaysSo() {
		Offer euro = offer("mistral/mistral-large-latest", "mistral", EUR, "2", null, "8", null, null);
		FxRate rate = new FxRate(EUR, USD, new BigDecimal("1.08"), LocalDate.of(2026, 10, 30),
				"ECB euro reference rates");

		ResolvedPrice price = PriceRule
			.atSeller("mistral/mistral-large-latest", "mistral", List.of(euro), USD, DAY, c -> Optional.of(rate),
					new Demand(1e6, 0, 1e6, 1), 0)
			.orThrow();

		// 2 EUR × 1.08 = 2.16 USD; 8 EUR × 1.08 = 8.64 USD
		assertThat(price.pricing().inputPerMillion()).isCloseTo(2.16, within(1e-12));
		assertThat(price.pricing().outputPerMillion()).isCloseTo(8.64, within(1e-12));
		assertThat(price.describe())
			.contains("converted from EUR at 1 EUR = 1.08 USD (ECB euro reference rates, 2026-10-30)");
	}

	@Test
	void atSeller_unconvertibleIsANamedReason() {
		Offer euro = offer("mistral/mistral-large-latest", "mistral", EUR, "2", null, "8", null, null);

		PriceResolution resolution = PriceRule.atSeller("mistral/mistral-large-latest", "mistral", List.of(euro), USD,
				DAY, NO_RATES, new Demand(1e6, 0, 1e6, 1), 0);

		assertThat(resolution).isInstanceOf(PriceResolution.Unpriced.class);
		assertThat(((PriceResolution.Unpriced) resolution).reason())
			.contains("no exchange rate on or before 2026-10-31")
			.contains("mistral prices in EUR");
	}

	@Test
	void atSeller_aSellerWithoutAPriceIsANamedReasonNotAnotherSeller() {
		PriceResolution resolution = PriceRule.atSeller(LLAMA, "fireworks", List.of(TOGETHER, DEEPINFRA), USD, DAY,
				NO_RATES, KNOWLEDGE_BASE_OCTOBER, 0);

		assertThat(((PriceResolution.Unpriced) resolution).reason()).isEqualTo("no fixed base-tier price of " + LLAMA
				+ " from fireworks in force on 2026-10-31" + " (the seller its usage shows)");
	}

	@Test
	void buying_freeOffersAreNoProductionPrice() {
		Offer free = offer(LLAMA, "openrouter", USD, "0", null, "0", null, null);

		ResolvedPrice price = PriceRule
			.buying(LLAMA, "meta", List.of(free, GROQ), USD, DAY, NO_RATES, KNOWLEDGE_BASE_OCTOBER, 0)
			.orThrow();

		assertThat(price.seller()).isEqualTo("groq");
	}

	// gpt-4o-audio-preview at openai, LiteLLM price map (shared snapshot, mid-2026): per
	// token
	// input 2.5e-06, output 1e-05, input_cost_per_audio_token 4e-05,
	// output_cost_per_audio_token
	// 8e-05, i.e. 2.50, 10, 40 and 80 USD per million tokens
	private static final String AUDIO_MODEL = "openai/gpt-4o-audio-preview";

	private static final Offer OPENAI_AUDIO = audioOffer("openai", "2.50", "10", "40", "80");

	/**
	 * A voice assistant's month: 2,000,000 text input, 300,000 text output, 500,000 audio
	 * input and 100,000 audio output tokens.
	 */
	private static final Demand VOICE_MONTH = new Demand(2_000_000, 0, 300_000, 1, 0, 500_000, 100_000);

	@Test
	void atSeller_pricesAudioTokensAtTheSellersAudioPrices() {
		ResolvedPrice price = PriceRule
			.atSeller(AUDIO_MODEL, "openai", List.of(OPENAI_AUDIO), USD, DAY, NO_RATES, VOICE_MONTH, 0)
			.orThrow();

		// text: 2,000,000 × 2.50 / 10^6 = 5.00 input, 300,000 × 10 / 10^6 = 3.00 output
		// audio: 500,000 × 40 / 10^6 = 20.00 input, 100,000 × 80 / 10^6 = 8.00 output
		// month: 5.00 + 3.00 + 20.00 + 8.00 = 36.00 USD (priced as text it would be
		// 2,500,000 × 2.50 / 10^6 + 400,000 × 10 / 10^6 = 10.25)
		com.breakeven.tco.ApiMonthlyCost month = Formulas.apiMonthlyCost(price.pricing(), VOICE_MONTH);
		assertThat(month.audioInput()).isCloseTo(20.00, within(CENT));
		assertThat(month.audioOutput()).isCloseTo(8.00, within(CENT));
		assertThat(month.total()).isCloseTo(36.00, within(CENT));
		// cross-check: the same month without audio is the text lines alone
		assertThat(Formulas.apiMonthlyCost(price.pricing(), new Demand(2_000_000, 0, 300_000, 1)).total())
			.isCloseTo(month.total() - month.audioInput() - month.audioOutput(), within(CENT));
		assertThat(price.describe()).contains("audio input 40, audio output 80 USD per million tokens");
	}

	@Test
	void atSeller_namesTheAudioClassesTheSellerDoesNotPrice() {
		Offer textOnly = audioOffer("openrouter", "2.50", "10", null, null);

		PriceResolution resolution = PriceRule.atSeller(AUDIO_MODEL, "openrouter", List.of(textOnly), USD, DAY,
				NO_RATES, VOICE_MONTH, 0);

		assertThat(resolution).isInstanceOf(PriceResolution.Unpriced.class);
		assertThat(((PriceResolution.Unpriced) resolution).reason())
			.startsWith("audio input and output tokens not priced at openrouter");
	}

	@Test
	void atSeller_pricesAWorkloadWithoutAudioAtASellerWithoutAudioPrices() {
		Offer textOnly = audioOffer("openrouter", "2.50", "10", null, null);

		ResolvedPrice price = PriceRule
			.atSeller(AUDIO_MODEL, "openrouter", List.of(textOnly), USD, DAY, NO_RATES,
					new Demand(2_000_000, 0, 300_000, 1), 0)
			.orThrow();

		// 5.00 + 3.00
		assertThat(Formulas.apiMonthlyCost(price.pricing(), new Demand(2_000_000, 0, 300_000, 1)).total())
			.isCloseTo(8.00, within(CENT));
	}

	@Test
	void buying_takesOnlySellersThatPriceTheMixsAudio() {
		// the creator prices text only; azure-openai prices audio too; a cheaper
		// text-only
		// seller is no candidate for a voice workload
		Offer creatorTextOnly = audioOffer("openai", "2.50", "10", null, null);
		Offer cheapTextOnly = audioOffer("openrouter", "1.00", "4", null, null);
		Offer azure = audioOffer("azure-openai", "2.50", "10", "40", "80");

		ResolvedPrice price = PriceRule
			.buying(AUDIO_MODEL, "openai", List.of(creatorTextOnly, cheapTextOnly, azure), USD, DAY, NO_RATES,
					VOICE_MONTH, 0)
			.orThrow();

		assertThat(price.seller()).isEqualTo("azure-openai");
		assertThat(price.basis()).isEqualTo(ResolvedPrice.Basis.CHEAPEST_SELLER);
		assertThat(price.note()).startsWith("audio input and output tokens not priced at openai");
		assertThat(Formulas.apiMonthlyCost(price.pricing(), VOICE_MONTH).total()).isCloseTo(36.00, within(CENT));
		assertThat(PriceRule.buying(AUDIO_MODEL, "openai", List.of(creatorTextOnly, cheapTextOnly), USD, DAY, NO_RATES,
				VOICE_MONTH, 0))
			.isInstanceOf(PriceResolution.Unpriced.class);
	}

	private static Offer audioOffer(String seller, String input, String output, String audioInput, String audioOutput) {
		return new Offer(AUDIO_MODEL, seller, "global", 0, USD, new BigDecimal(input), null, new BigDecimal(output),
				null, null, false, LocalDate.of(2026, 7, 1), "litellm", null, null,
				(audioInput != null) ? new BigDecimal(audioInput) : null,
				(audioOutput != null) ? new BigDecimal(audioOutput) : null);
	}

	private static Offer offer(String model, String seller, Currency currency, String input, String cached,
			String output, String batchInput, String batchOutput) {
		return new Offer(model, seller, "global", 0, currency, new BigDecimal(input),
				(cached != null) ? new BigDecimal(cached) : null, new BigDecimal(output),
				(batchInput != null) ? new BigDecimal(batchInput) : null,
				(batchOutput != null) ? new BigDecimal(batchOutput) : null, false, LocalDate.of(2026, 7, 1), "litellm",
				null);
	}

}
