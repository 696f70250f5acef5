package com.breakeven.web.claims;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import com.breakeven.tco.Precision;
import io.swagger.v3.oas.annotations.media.Schema;
import com.breakeven.web.api.ApiDocs;

/**
 * A claim to check, as the page's form and {@code POST /api/v1/claims/check} take it.
 * Which fields a claim needs depends on its kind; every number is bounded, money up to
 * 10^12 in {@code currency}.
 *
 * @param kind API_COST, PAYBACK or HARDWARE_FIT
 * @param model API_COST: the API model (canonical name or alias); HARDWARE_FIT: the model
 * whose architecture the catalogue holds
 * @param monthlyTokens API_COST: tokens a month, input and output together
 * @param inputShare API_COST: share of uncached input tokens, 0 to 1 (default 0.75, three
 * input tokens per output token)
 * @param claimedAnnualCostLow API_COST: the claim's annual bill, or the low end of its
 * range
 * @param claimedAnnualCostHigh API_COST: the high end (default: the low end)
 * @param capex PAYBACK: what the deployment costs up front
 * @param opexPerYearLow PAYBACK: its running cost a year, or the low end of a range
 * @param opexPerYearHigh PAYBACK: the high end (default: the low end)
 * @param annualBill PAYBACK: the bill it replaces, a year
 * @param claimedPaybackMonth PAYBACK: the month by which it is said to pay back (24 = by
 * year two)
 * @param precision HARDWARE_FIT: the weights' precision
 * @param claimedNodePrice HARDWARE_FIT: what the node is said to cost
 * @param gpu HARDWARE_FIT: the node's catalogued GPU (code); absent: the most memory the
 * price buys
 * @param gpuCount HARDWARE_FIT: how many of {@code gpu} (required with it)
 * @param concurrency HARDWARE_FIT: sequences served at once (default 1)
 * @param tokensPerSequence HARDWARE_FIT: prompt + output tokens per sequence (default
 * 8192)
 * @param currency ISO 4217 code of every amount (default: the reporting currency); an API
 * or GPU price in another is converted at the ECB rate on or before {@code pricesOn}
 * @param pricesOn the day whose prices and exchange rates apply (default today)
 */
// examples: the sample claims in sample-data/seed_claims.json (API_COST
// "cloud-bill-500m"; the
// other kinds' fields, which an API_COST check ignores, from "sovereign-200k" and the
// hardware-fit claim)
@Schema(description = "A published claim to check; which fields it needs depends on kind.")
public record ClaimRequest(@Schema(description = "API_COST (an API bill), PAYBACK or HARDWARE_FIT (a model on a node).",
		example = "API_COST") @NotNull(message = "must be one of API_COST, PAYBACK, HARDWARE_FIT") ClaimKind kind,
		@Schema(description = "API_COST: the API model; HARDWARE_FIT: the model whose architecture the catalogue "
				+ "holds. Canonical name or alias.", example = "openai/gpt-4o") @Size(max = 300) String model,
		@Schema(description = "API_COST: input and output tokens together, tokens per month.",
				example = "500000000") @DecimalMin(value = "0",
						inclusive = false) @DecimalMax(MAX_TOKENS) BigDecimal monthlyTokens,
		@Schema(description = "API_COST: share of uncached input tokens, a fraction from 0 to 1 (default 0.75).",
				example = "0.75") @DecimalMin("0") @DecimalMax("1") BigDecimal inputShare,
		@Schema(description = "API_COST: the claim's annual bill, or the low end of its range" + MONEY,
				example = "18000000") @DecimalMin(value = "0",
						inclusive = false) @DecimalMax(MAX_MONEY) BigDecimal claimedAnnualCostLow,
		@Schema(description = "API_COST: the high end (default: the low end)" + MONEY,
				example = "36000000") @DecimalMin(value = "0",
						inclusive = false) @DecimalMax(MAX_MONEY) BigDecimal claimedAnnualCostHigh,
		@Schema(description = "PAYBACK: what the deployment costs up front" + MONEY,
				example = "200000") @DecimalMin(value = "0", inclusive = false) @DecimalMax(MAX_MONEY) BigDecimal capex,
		@Schema(description = "PAYBACK: running cost a year, or the low end of a range" + MONEY,
				example = "10000") @DecimalMin("0") @DecimalMax(MAX_MONEY) BigDecimal opexPerYearLow,
		@Schema(description = "PAYBACK: the high end (default: the low end)" + MONEY,
				example = "50000") @DecimalMin("0") @DecimalMax(MAX_MONEY) BigDecimal opexPerYearHigh,
		@Schema(description = "PAYBACK: the bill it replaces, a year" + MONEY, example = "1800000") @DecimalMin(
				value = "0", inclusive = false) @DecimalMax(MAX_MONEY) BigDecimal annualBill,
		@Schema(description = "PAYBACK: month (1 to 120) by which it is said to pay back; 24 = by year two.",
				example = "24") @Min(1) @Max(120) Integer claimedPaybackMonth,
		@Schema(description = "HARDWARE_FIT: precision of the weights.", example = "INT4") Precision precision,
		@Schema(description = "HARDWARE_FIT: what the node is said to cost" + MONEY, example = "8000") @DecimalMin(
				value = "0", inclusive = false) @DecimalMax(MAX_MONEY) BigDecimal claimedNodePrice,
		@Schema(description = "HARDWARE_FIT: code of the node's catalogued GPU; absent: the most memory the price buys.",
				example = "h100-sxm5-80gb") @Size(max = 100) String gpu,
		@Schema(description = "HARDWARE_FIT: how many of gpu, 1 to 1024 (required with it).",
				example = "8") @Min(1) @Max(1024) Integer gpuCount,
		@Schema(description = "HARDWARE_FIT: sequences served at once, 1 to 100000 (default 1).",
				example = "1") @Min(1) @Max(100_000) Integer concurrency,
		@Schema(description = "HARDWARE_FIT: prompt + output tokens per sequence, tokens (default 8192).",
				example = "8192") @Min(1) @Max(10_000_000) Integer tokensPerSequence,
		@Schema(description = "ISO 4217 code of every amount (default: the reporting currency); an API or GPU price "
				+ "in another is converted at the ECB rate on or before pricesOn.",
				example = "USD") @Size(max = 3) String currency,
		@Schema(description = "The day whose prices and exchange rates apply" + ApiDocs.ISO_DATE + " Default today.",
				example = "2026-07-01") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate pricesOn) {

	/** How every amount is given, for its OpenAPI entry. */
	private static final String MONEY = ", in currency, up to 10^12.";

	/**
	 * @param share the share of uncached input tokens, a fraction from 0 to 1
	 * @return this request with that share
	 */
	ClaimRequest withInputShare(BigDecimal share) {
		return new ClaimRequest(this.kind, this.model, this.monthlyTokens, share, this.claimedAnnualCostLow,
				this.claimedAnnualCostHigh, this.capex, this.opexPerYearLow, this.opexPerYearHigh, this.annualBill,
				this.claimedPaybackMonth, this.precision, this.claimedNodePrice, this.gpu, this.gpuCount,
				this.concurrency, this.tokensPerSequence, this.currency, this.pricesOn);
	}

	/** The most money any amount may be: a trillion. */
	static final String MAX_MONEY = "1000000000000";

	/** The most tokens a month: a quadrillion. */
	static final String MAX_TOKENS = "1000000000000000";

}
