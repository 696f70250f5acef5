package com.breakeven.web.api;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.breakeven.pricing.Model;
import com.breakeven.pricing.Price;
import com.breakeven.pricing.PriceCatalogue;
import com.breakeven.pricing.PriceOverride;
import com.breakeven.pricing.PriceQuote;
import com.breakeven.pricing.Provider;

/** Prices from history: {@code GET /api/v1/prices?model=…&provider=…&at=YYYY-MM-DD}. */
@RestController
@Tag(name = "prices")
@RequestMapping("/api/v1/prices")
class PriceApiController {

	/** Every amount is in {@code currency} per this many tokens. */
	static final String UNIT = "per 1000000 tokens";

	private final PriceCatalogue catalogue;

	private final Clock clock;

	private final com.breakeven.pricing.PriceRepository prices;

	PriceApiController(PriceCatalogue catalogue, com.breakeven.pricing.PriceRepository prices, Clock clock) {
		this.catalogue = catalogue;
		this.prices = prices;
		this.clock = clock;
	}

	/**
	 * @param model canonical name or any alias
	 * @param provider seller code; all sellers when absent
	 * @param at the day, ISO-8601; today (UTC) when absent
	 * @param account billing account whose negotiated terms apply, optional
	 * @param currency ISO-4217 code of every amount
	 */
	record PriceView(@Schema(description = "Provider code of the seller.", example = "openai") String provider,
			@Schema(description = "Seller region the price applies in; global when not regional.",
					example = "global") String region,
			@Schema(description = "0 for the base tier; otherwise the tier bills whole requests whose prompt is longer than this many tokens.",
					example = "0") int contextAboveTokens,
			@Schema(description = "ISO 4217 currency of every amount.", example = "USD") String currency,
			@Schema(description = "Unit of every amount: \"per 1000000 tokens\".",
					example = "per 1000000 tokens") String unit,
			@Schema(description = "Uncached input tokens, in currency per million tokens (decimal string); absent when the seller does not sell that kind of token.",
					example = "2.5") String input,
			@Schema(description = "Cache-read input tokens, in currency per million tokens (decimal string); absent when the seller does not sell that kind of token.",
					example = "1.25") String cachedInput,
			@Schema(description = "Cache-write input tokens, in currency per million tokens (decimal string); absent when the seller does not sell that kind of token.") String cacheWrite,
			@Schema(description = "Output tokens, in currency per million tokens (decimal string); absent when the seller does not sell that kind of token.",
					example = "10") String output,
			@Schema(description = "Input tokens through the batch API, in currency per million tokens (decimal string); absent when the seller does not sell that kind of token.",
					example = "1.25") String batchInput,
			@Schema(description = "Output tokens through the batch API, in currency per million tokens (decimal string); absent when the seller does not sell that kind of token.",
					example = "5") String batchOutput,
			@Schema(description = "Audio input tokens (a class of their own, never billed as text), in currency per million tokens (decimal string); absent when the seller states no audio price.",
					example = "40") String audioInput,
			@Schema(description = "Audio output tokens, in currency per million tokens (decimal string); absent when the seller states no audio price.",
					example = "80") String audioOutput,
			@Schema(description = "Whether the seller prices it dynamically (no amounts).",
					example = "false") boolean dynamic,
			@Schema(description = "First day the price applies, ISO date.",
					example = "2026-07-01") LocalDate effectiveFrom,
			@Schema(description = "First day it no longer applies, ISO date; absent while current.") LocalDate effectiveTo,
			@Schema(description = "Feed or list the price came from: litellm, openrouter, manual.",
					example = "litellm") String source,
			@Schema(description = "File, URL or feed key within that source.", example = "gpt-4o") String sourceRef,
			@Schema(description = "The price paid under a negotiated term; absent when none applies.") NegotiatedView negotiated) {

	}

	/**
	 * The price actually paid under a negotiated term, beside the list price; absent when
	 * no term applies.
	 *
	 * @param kind PERCENT_DISCOUNT or FIXED_PRICE
	 * @param discountFraction the share off list price (0.15 = 15 %), for a discount
	 */
	record NegotiatedView(
			@Schema(description = "PERCENT_DISCOUNT or FIXED_PRICE.", example = "PERCENT_DISCOUNT") String kind,
			@Schema(description = "Share off the list price, a fraction (0.15 = 15 %), for a discount (decimal string).",
					example = "0.15") String discountFraction,
			@Schema(description = "ISO 4217 currency of the amounts.", example = "USD") String currency,
			@Schema(description = "Unit of every amount: \"per 1000000 tokens\".",
					example = "per 1000000 tokens") String unit,
			@Schema(description = "Uncached input tokens, in currency per million tokens (decimal string).",
					example = "2.125") String input,
			@Schema(description = "Cache-read input tokens, in currency per million tokens (decimal string).",
					example = "1.0625") String cachedInput,
			@Schema(description = "Output tokens, in currency per million tokens (decimal string).",
					example = "8.5") String output,
			@Schema(description = "Audio input tokens, in currency per million tokens (decimal string); absent under a fixed price, which names none.",
					example = "34") String audioInput,
			@Schema(description = "Audio output tokens, in currency per million tokens (decimal string); absent under a fixed price.",
					example = "68") String audioOutput,
			@Schema(description = "First day the term applies, ISO date.",
					example = "2026-01-01") LocalDate effectiveFrom,
			@Schema(description = "First day it no longer applies, ISO date; absent while current.") LocalDate effectiveTo,
			@Schema(description = "The term's note, e.g. the contract it comes from.") String note) {

	}

	record PricesResponse(@Schema(description = "Canonical name of the model.", example = "openai/gpt-4o") String model,
			@Schema(description = "Name shown to people.", example = "GPT-4o") String displayName,
			@Schema(description = "Day the prices were in force on, ISO date.", example = "2026-07-01") LocalDate at,
			@Schema(description = "Every price in force that day: each seller, region and context tier.") List<PriceView> prices) {

	}

	@GetMapping
	PricesResponse prices(
			@Parameter(description = "Canonical name or any alias of the model.",
					example = "openai/gpt-4o") @RequestParam String model,
			@Parameter(description = "Provider code of the seller; every seller when absent.",
					example = "openai") @RequestParam(required = false) String provider,
			@Parameter(description = "The day, ISO date YYYY-MM-DD; today (UTC) when absent.",
					example = "2026-07-01") @RequestParam(required = false) String at,
			@Parameter(description = "Billing account whose negotiated terms apply; none when absent.",
					example = "acme-openai") @RequestParam(required = false) String account) {
		LocalDate day = parseDay(at);
		Model resolved = this.catalogue.model(model)
			.orElseThrow(() -> ApiProblem.notFound("no model or alias '" + model + "' in the catalogue", "model"));
		Provider seller = (provider == null) ? null : this.catalogue.provider(provider)
			.orElseThrow(() -> ApiProblem.notFound("no provider '" + provider + "' in the catalogue", "provider"));
		List<PriceQuote> quotes = this.catalogue.quotesOn(resolved, seller, account, day);
		Map<Long, String> sellers = this.catalogue.providerCodes();
		if (quotes.isEmpty()) {
			throw ApiProblem.notFound("no price of " + resolved.canonicalName()
					+ ((seller != null) ? " at " + seller.code() : "") + " was in force on " + day, "at");
		}
		return new PricesResponse(resolved.canonicalName(), resolved.displayName(), day,
				quotes.stream()
					.map(quote -> view(quote, sellers.getOrDefault(quote.list().providerId(), "?")))
					.toList());
	}

	/**
	 * Every list price the model has had at every seller, oldest first: what the
	 * catalogue's price chart draws.
	 */
	@GetMapping("/history")
	ApiPage<PriceView> history(
			@Parameter(description = "Canonical name or any alias of the model.",
					example = "openai/gpt-4o") @RequestParam String model,
			@Parameter(description = ApiPage.PAGE_PARAMETER,
					example = "0") @RequestParam(required = false) Integer page,
			@Parameter(description = ApiPage.SIZE_PARAMETER,
					example = "50") @RequestParam(required = false) Integer size) {
		Model resolved = this.catalogue.model(model)
			.orElseThrow(() -> ApiProblem.notFound("no model or alias '" + model + "' in the catalogue", "model"));
		Map<Long, String> sellers = this.catalogue.providerCodes();
		List<PriceView> views = this.prices.historyOf(resolved.id())
			.stream()
			.sorted(java.util.Comparator.comparing(Price::effectiveFrom).thenComparing(Price::providerId))
			.map(price -> view(PriceQuote.listOnly(price), sellers.getOrDefault(price.providerId(), "?")))
			.toList();
		return ApiPage.of(views, page, size);
	}

	private LocalDate parseDay(String at) {
		if (at == null || at.isBlank()) {
			return LocalDate.now(this.clock);
		}
		try {
			return LocalDate.parse(at);
		}
		catch (DateTimeParseException ex) {
			throw ApiProblem.badRequest("parameter 'at' must be a date as YYYY-MM-DD, was '" + at + "'", "at");
		}
	}

	private static PriceView view(PriceQuote quote, String provider) {
		Price price = quote.list();
		PriceOverride term = quote.override();
		NegotiatedView negotiated = (term == null) ? null : new NegotiatedView(term.kind().name(),
				plain(term.discountFraction()), quote.currency().getCurrencyCode(), UNIT, plain(quote.inputPerMtok()),
				plain(quote.cachedInputPerMtok()), plain(quote.outputPerMtok()), plain(quote.inputAudioPerMtok()),
				plain(quote.outputAudioPerMtok()), term.effectiveFrom(), term.effectiveTo(), term.note());
		return new PriceView(provider, price.region(), price.contextAboveTokens(), price.currency().getCurrencyCode(),
				UNIT, plain(price.inputPerMtok()), plain(price.cachedInputPerMtok()), plain(price.cacheWritePerMtok()),
				plain(price.outputPerMtok()), plain(price.batchInputPerMtok()), plain(price.batchOutputPerMtok()),
				plain(price.inputAudioPerMtok()), plain(price.outputAudioPerMtok()), price.dynamic(),
				price.effectiveFrom(), price.effectiveTo(), price.source(), price.sourceRef(), negotiated);
	}

	private static String plain(BigDecimal amount) {
		return ApiNumbers.plain(amount);
	}

}
