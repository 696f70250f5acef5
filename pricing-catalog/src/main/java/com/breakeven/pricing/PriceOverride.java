package com.breakeven.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * A negotiated term: a percentage off list price, or a fixed price per million tokens,
 * for a provider, a model, or both, optionally for one billing account, over a date
 * range. {@code null} scope fields mean "any".
 *
 * @param id database id, {@code null} before it is stored
 * @param providerId the seller it applies to, or {@code null} for any
 * @param modelId the model it applies to, or {@code null} for any (a fixed price needs
 * one)
 * @param account the billing account it applies to, or {@code null} for every account
 * @param kind discount or fixed price
 * @param discountFraction for a discount: the share off list price, 0 < d < 1 (0.15 = 15
 * %)
 * @param currency for a fixed price: its currency
 * @param inputPerMtok for a fixed price: input per million tokens
 * @param cachedInputPerMtok for a fixed price: cached input per million tokens, or
 * {@code null}
 * @param outputPerMtok for a fixed price: output per million tokens
 * @param effectiveFrom first day it applies
 * @param effectiveTo first day it no longer applies, or {@code null}
 * @param note the contract reference, in words
 */
public record PriceOverride(Long id, Long providerId, Long modelId, String account, Kind kind,
		BigDecimal discountFraction, Currency currency, BigDecimal inputPerMtok, BigDecimal cachedInputPerMtok,
		BigDecimal outputPerMtok, LocalDate effectiveFrom, LocalDate effectiveTo, String note) {

	/** Percentage off list price, or a price that replaces it. */
	public enum Kind {

		PERCENT_DISCOUNT, FIXED_PRICE

	}

	public PriceOverride {
		Objects.requireNonNull(kind, "kind must not be null");
		Objects.requireNonNull(effectiveFrom, "effectiveFrom must not be null");
		if (effectiveTo != null && !effectiveTo.isAfter(effectiveFrom)) {
			throw new IllegalArgumentException(
					"effectiveTo must be after effectiveFrom, was " + effectiveTo + " <= " + effectiveFrom);
		}
		if (kind == Kind.PERCENT_DISCOUNT && (discountFraction == null || discountFraction.signum() <= 0
				|| discountFraction.compareTo(BigDecimal.ONE) >= 0)) {
			throw new IllegalArgumentException(
					"discountFraction is a fraction (0.15 = 15 %) and must be > 0 and < 1, was " + discountFraction);
		}
		if (kind == Kind.FIXED_PRICE) {
			if (modelId == null || currency == null || inputPerMtok == null || outputPerMtok == null) {
				throw new IllegalArgumentException(
						"a fixed price needs modelId, currency, inputPerMtok and outputPerMtok");
			}
			Checks.requireNonNegative("inputPerMtok", inputPerMtok);
			Checks.requireNonNegative("outputPerMtok", outputPerMtok);
			Checks.requireNonNegativeIfPresent("cachedInputPerMtok", cachedInputPerMtok);
		}
	}

	/**
	 * @return whether it covers this seller, model, account and day
	 */
	public boolean covers(long seller, long model, String forAccount, LocalDate day) {
		return (this.providerId == null || this.providerId == seller) && (this.modelId == null || this.modelId == model)
				&& (this.account == null || this.account.equals(forAccount)) && !day.isBefore(this.effectiveFrom)
				&& (this.effectiveTo == null || day.isBefore(this.effectiveTo));
	}

	/**
	 * How specific it is, so that the most specific term wins: a model beats a provider,
	 * an account beats none.
	 * @return a rank, higher is more specific
	 */
	public int specificity() {
		return ((this.modelId != null) ? 4 : 0) + ((this.providerId != null) ? 2 : 0)
				+ ((this.account != null) ? 1 : 0);
	}

	/**
	 * The negotiated amount for one list amount.
	 * @param listPerMtok the list price per million tokens, or {@code null}
	 * @param fixedPerMtok this term's fixed amount for the same token class
	 * @return list × (1 − discount) rounded to 9 places, or the fixed amount
	 */
	BigDecimal apply(BigDecimal listPerMtok, BigDecimal fixedPerMtok) {
		if (this.kind == Kind.FIXED_PRICE) {
			return fixedPerMtok;
		}
		return (listPerMtok == null) ? null : listPerMtok.multiply(BigDecimal.ONE.subtract(this.discountFraction))
			.setScale(9, RoundingMode.HALF_UP);
	}

}
