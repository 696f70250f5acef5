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
public record ClaimRequest(@NotNull(message = "must be one of API_COST, PAYBACK, HARDWARE_FIT") ClaimKind kind,
		@Size(max = 300) String model,
		@DecimalMin(value = "0", inclusive = false) @DecimalMax(MAX_TOKENS) BigDecimal monthlyTokens,
		@DecimalMin("0") @DecimalMax("1") BigDecimal inputShare,
		@DecimalMin(value = "0", inclusive = false) @DecimalMax(MAX_MONEY) BigDecimal claimedAnnualCostLow,
		@DecimalMin(value = "0", inclusive = false) @DecimalMax(MAX_MONEY) BigDecimal claimedAnnualCostHigh,
		@DecimalMin(value = "0", inclusive = false) @DecimalMax(MAX_MONEY) BigDecimal capex,
		@DecimalMin("0") @DecimalMax(MAX_MONEY) BigDecimal opexPerYearLow,
		@DecimalMin("0") @DecimalMax(MAX_MONEY) BigDecimal opexPerYearHigh,
		@DecimalMin(value = "0", inclusive = false) @DecimalMax(MAX_MONEY) BigDecimal annualBill,
		@Min(1) @Max(120) Integer claimedPaybackMonth, Precision precision,
		@DecimalMin(value = "0", inclusive = false) @DecimalMax(MAX_MONEY) BigDecimal claimedNodePrice,
		@Size(max = 100) String gpu, @Min(1) @Max(1024) Integer gpuCount, @Min(1) @Max(100_000) Integer concurrency,
		@Min(1) @Max(10_000_000) Integer tokensPerSequence, @Size(max = 3) String currency,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate pricesOn) {

	/** The most money any amount may be: a trillion. */
	static final String MAX_MONEY = "1000000000000";

	/** The most tokens a month: a quadrillion. */
	static final String MAX_TOKENS = "1000000000000000";

}
