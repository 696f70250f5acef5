package com.breakeven.simulator.planning;

/** A price found, or the named reason why none can be used: never a silent default. */
public sealed interface PriceResolution permits PriceResolution.Priced, PriceResolution.Unpriced {

	/**
	 * @return the price
	 * @throws IllegalArgumentException with the reason when there is none
	 */
	ResolvedPrice orThrow();

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
