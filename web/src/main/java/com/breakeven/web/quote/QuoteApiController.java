package com.breakeven.web.quote;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.breakeven.web.api.ApiNumbers;

/**
 * {@code POST /api/v1/quote}: the endpoint a procurement tool calls with a workload, to
 * get its options ranked by monthly cost with the assumptions used.
 */
@RestController
@Tag(name = "quote")
class QuoteApiController {

	private static final String PER_MILLION = "per 1000000 tokens";

	private final QuoteService quotes;

	QuoteApiController(QuoteService quotes) {
		this.quotes = quotes;
	}

	/**
	 * @param rank 1 for the cheapest; the first {@code limit} options are answered, and
	 * past them the cheapest option of each kind (API, SELF_HOSTED, HYBRID) with its rank
	 * @param kind API, SELF_HOSTED or HYBRID
	 * @param seller who sells the API model at that price (API and the hybrid's API part)
	 * @param hardwareProfile the node own hardware is bought as
	 * @param monthlyCost a month of it, in {@code currency}; own hardware includes its
	 * capital cost
	 * @param costPerMillionTokens {@code monthlyCost} over the month's tokens, in
	 * {@code currency} {@code unit}
	 * @param paybackMonth when own hardware pays back against {@code comparedWith};
	 * absent when it does not within the horizon or does not apply
	 * @param payback own hardware's payback in words, with why when it never pays back
	 * (opex alone above the API bill: a longer horizon will not help)
	 * @param breakEvenMonthlyTokens tokens a month from which own hardware costs no more
	 * than {@code comparedWith}
	 * @param qualityScore the model's score on the benchmark in the workload's category
	 * (the open model's, for the hybrid)
	 * @param quality the evidence: why the model is adequate (when judged) and its score
	 * with its 95 % interval, category, day and source
	 */
	record OptionView(@Schema(description = "Position by monthly cost, 1 for the cheapest.", example = "1") int rank,
			@Schema(description = "API, SELF_HOSTED or HYBRID.", example = "API") String kind,
			@Schema(description = "Canonical name of the model the option runs on.",
					example = "meta-llama/llama-3.3-70b-instruct") String model,
			@Schema(description = "Provider code of the seller of the API model at this price (API and the hybrid's API part).",
					example = "hyperbolic") String seller,
			@Schema(description = "Code of the node own hardware is bought as (SELF_HOSTED and HYBRID).",
					example = "hgx-h100-8x") String hardwareProfile,
			@Schema(description = "The model's score on the benchmark in the workload's category, in the benchmark's units (decimal string).",
					example = "86.0") String qualityScore,
			@Schema(description = "The quality evidence in words: the adequacy verdict, the score with its 95 % interval, category, day and source.") String quality,
			@Schema(description = "ISO 4217 currency of monthlyCost and costPerMillionTokens.",
					example = "USD") String currency,
			@Schema(description = "A month of the option, in currency (decimal string); own hardware includes its capital cost.",
					example = "7012.50") String monthlyCost,
			@Schema(description = "monthlyCost over the month's tokens, in currency per million tokens (decimal string).",
					example = "0.13") String costPerMillionTokens,
			@Schema(description = "Unit of costPerMillionTokens: \"per 1000000 tokens\".",
					example = "per 1000000 tokens") String unit,
			@Schema(description = "Nodes own hardware needs for the peak rate, a count.", example = "1") Integer nodes,
			@Schema(description = "Month (1-based) own hardware pays back against comparedWith; absent when never within the horizon.",
					example = "14") Integer paybackMonth,
			@Schema(description = "The API option own hardware is compared with (SELF_HOSTED).",
					example = "openai/gpt-4o-mini at openai") String comparedWith,
			@Schema(description = "Tokens a month from which own hardware costs no more than comparedWith, tokens per month (integer string).",
					example = "2500000000") String breakEvenMonthlyTokens,
			@Schema(description = "The throughput measurement nodes were sized from: engine, concurrency, tokens per second, source.") String measurement,
			@Schema(description = "Why the option is shaped as it is (e.g. a seller's price converted), or absent.") String note,
			@Schema(description = "Own hardware's payback in words, with why when it never pays back.") String payback) {

	}

	/**
	 * @param monthlyTokens input, cached input, cache-write and output tokens a month,
	 * summed
	 * @param notConsidered options the catalogue offered but that could not serve the
	 * workload, each with its reason
	 */
	record QuoteView(
			@Schema(description = "ISO 4217 currency of every amount in the answer.", example = "USD") String currency,
			@Schema(description = "Input, cached input, cache-write and output tokens a month, summed, tokens per month (decimal string).",
					example = "530000000") String monthlyTokens,
			@Schema(description = "Every input with its default filled in, as the answer used it.") QuoteService.Assumptions assumptions,
			@Schema(description = "Options ranked by monthly cost, cheapest first.") List<OptionView> options,
			@Schema(description = "Options found before the limit was applied, a count.",
					example = "57") int optionsFound,
			@Schema(description = "Options the catalogue offered that could not serve the workload, each with its reason.") List<String> notConsidered) {

	}

	@PostMapping("/api/v1/quote")
	QuoteView quote(@RequestBody QuoteRequest request) {
		QuoteService.Quoted quoted = this.quotes.quote(request);
		double tokens = quoted.demand().monthlyTotalTokens();
		List<Quotes.Option> options = quoted.ranked().options();
		List<OptionView> views = new java.util.ArrayList<>();
		java.util.Set<Quotes.Kind> shown = java.util.EnumSet.noneOf(Quotes.Kind.class);
		for (int i = 0; i < options.size(); i++) {
			Quotes.Option o = options.get(i);
			// past the limit, the cheapest option of each kind still answers: the
			// comparison a procurement tool asks for
			if (i >= quoted.limit() && shown.contains(o.kind())) {
				continue;
			}
			shown.add(o.kind());
			boolean own = o.kind() != Quotes.Kind.API;
			views
				.add(new OptionView(i + 1, o.kind().name(), o.model(), o.seller(), o.hardwareProfile(),
						(o.quality() != null && o.quality().value() != null) ? ApiNumbers.rate(o.quality().value())
								: null,
						(o.quality() != null) ? o.quality().evidence() : null, quoted.currency().getCurrencyCode(),
						ApiNumbers.money(o.monthlyCost(), quoted.currency()),
						(tokens > 0) ? ApiNumbers.rate(o.monthlyCost() / (tokens / 1_000_000)) : null, PER_MILLION,
						own ? o.nodes() : null, o.paybackMonth(),
						(o.kind() == Quotes.Kind.SELF_HOSTED) ? quoted.ranked().comparedWith() : null,
						(o.breakEvenMonthlyTokens() != null)
								? ApiNumbers.plain(java.math.BigDecimal.valueOf(Math.round(o.breakEvenMonthlyTokens())))
								: null,
						o.measurement(), o.note(), o.payback()));
		}
		return new QuoteView(quoted.currency().getCurrencyCode(),
				ApiNumbers.plain(java.math.BigDecimal.valueOf(tokens)), quoted.assumptions(), views, options.size(),
				quoted.ranked().notConsidered());
	}

}
