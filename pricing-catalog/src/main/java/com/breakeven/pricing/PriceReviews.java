package com.breakeven.pricing;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decisions on price changes held for review: approving applies the held price, rejecting
 * discards it.
 */
@Service
public class PriceReviews {

	private final PriceReviewRepository reviews;

	private final PriceRepository prices;

	public PriceReviews(PriceReviewRepository reviews, PriceRepository prices) {
		this.reviews = reviews;
		this.prices = prices;
	}

	/**
	 * @return held changes awaiting a decision
	 */
	@Transactional(readOnly = true)
	public List<PriceReviewRepository.HeldPrice> pending() {
		return this.reviews.pending();
	}

	/**
	 * Applies a held price: the price in force closes on the held price's effective date
	 * and the held price opens.
	 * @param reviewId the held change
	 */
	@Transactional
	public void approve(long reviewId) {
		PriceReviewRepository.HeldPrice held = find(reviewId);
		Price proposed = held.proposed();
		this.prices.close(held.currentPriceId(), proposed.effectiveFrom());
		this.prices.add(proposed, null);
		this.reviews.decide(reviewId, true);
	}

	/** Discards a held price; the price in force stays. */
	@Transactional
	public void reject(long reviewId) {
		find(reviewId);
		this.reviews.decide(reviewId, false);
	}

	private PriceReviewRepository.HeldPrice find(long reviewId) {
		return this.reviews.pending()
			.stream()
			.filter(held -> held.id() == reviewId)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no pending price review with id " + reviewId));
	}

}
