package com.breakeven.simulator.planning;

import java.util.Optional;

/** A price found, or the named reason why none can be used: never a silent default. */
public sealed interface PriceResolution permits PriceResolution.Priced, PriceResolution.Unpriced {

	/**
	 * @return the price
	 * @throws IllegalArgumentException with the reason when there is none
	 */
	ResolvedPrice orThrow();

	/**
	 * @return the price, or empty when there is none (for a search over many models,
	 * where an unpriced one is simply not a candidate)
	 */
	default Optional<ResolvedPrice> found() {
		return (this instanceof Priced priced) ? Optional.of(priced.price()) : Optional.empty();
	}

	/**
	 * @param price the price found
	 */
	record Priced(ResolvedPrice price) implements PriceResolution {

		@Override
		public ResolvedPrice orThrow() {
			return this.price;
		}

	}

	/**
	 * @param model the model asked for
	 * @param reason why no price can be used, in words
	 */
	record Unpriced(String model, String reason) implements PriceResolution {

		@Override
		public ResolvedPrice orThrow() {
			throw new IllegalArgumentException(this.reason);
		}

	}

}
