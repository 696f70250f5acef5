package com.breakeven.web.api;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

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
	record PriceView(String provider, String region, int contextAboveTokens, String currency, String unit, String input,
			String cachedInput, String cacheWrite, String output, String batchInput, String batchOutput,
			boolean dynamic, LocalDate effectiveFrom, LocalDate effectiveTo, String source, String sourceRef,
			NegotiatedView negotiated) {

	}

	/**
	 * The price actually paid under a negotiated term, beside the list price; absent when
	 * no term applies.
	 *
	 * @param kind PERCENT_DISCOUNT or FIXED_PRICE
	 * @param discountFraction the share off list price (0.15 = 15 %), for a discount
	 */
	record NegotiatedView(String kind, String discountFraction, String currency, String unit, String input,
			String cachedInput, String output, LocalDate effectiveFrom, LocalDate effectiveTo, String note) {

	}

	record PricesResponse(String model, String displayName, LocalDate at, List<PriceView> prices) {

	}

	@GetMapping
	PricesResponse prices(@RequestParam String model, @RequestParam(required = false) String provider,
			@RequestParam(required = false) String at, @RequestParam(required = false) String account) {
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
	ApiPage<PriceView> history(@RequestParam String model, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		Model resolved = this.catalogue.model(model)
			.orElseThrow(() -> ApiProblem.notFound("no model or alias '" + model + "' in the catalogue", "model"));
		Map<Long, String> sellers = this.catalogue.providerCodes();
		List<PriceView> views = this.prices.historyOf(resolved.id())
			.stream()
			.sorted(java.util.Comparator.comparing(Price::effectiveFrom).thenComparing(Price::providerId))
			.map(price -> view(new PriceQuote(price, null, price.currency(), price.inputPerMtok(),
					price.cachedInputPerMtok(), price.outputPerMtok()), sellers.getOrDefault(price.providerId(), "?")))
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
		NegotiatedView negotiated = (term == null) ? null
				: new NegotiatedView(term.kind().name(), plain(term.discountFraction()),
						quote.currency().getCurrencyCode(), UNIT, plain(quote.inputPerMtok()),
						plain(quote.cachedInputPerMtok()), plain(quote.outputPerMtok()), term.effectiveFrom(),
						term.effectiveTo(), term.note());
		return new PriceView(provider, price.region(), price.contextAboveTokens(), price.currency().getCurrencyCode(),
				UNIT, plain(price.inputPerMtok()), plain(price.cachedInputPerMtok()), plain(price.cacheWritePerMtok()),
				plain(price.outputPerMtok()), plain(price.batchInputPerMtok()), plain(price.batchOutputPerMtok()),
				price.dynamic(), price.effectiveFrom(), price.effectiveTo(), price.source(), price.sourceRef(),
				negotiated);
	}

	private static String plain(BigDecimal amount) {
		return ApiNumbers.plain(amount);
	}

}
