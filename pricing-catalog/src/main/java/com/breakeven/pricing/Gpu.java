package com.breakeven.pricing;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * One accelerator model as the catalogue knows it.
 *
 * @param id database id, {@code null} before it is stored
 * @param code unique lower-case code ({@code h100-sxm5-80gb})
 * @param vendor maker ({@code NVIDIA}, {@code AMD})
 * @param displayName name shown to people
 * @param memoryGb on-board memory, GB (10^9 bytes, as vendors state it)
 * @param tdpWatts board power at full load, W
 * @param idleWatts board power when idle, W
 * @param unitPrice purchase price of one GPU, or {@code null} when no reliable price is
 * known
 * @param currency currency of {@code unitPrice}
 * @param source where the figures come from
 */
public record Gpu(Long id, String code, String vendor, String displayName, BigDecimal memoryGb, int tdpWatts,
		int idleWatts, BigDecimal unitPrice, Currency currency, String source) {

	public Gpu {
		Checks.requireCode("code", code);
		Objects.requireNonNull(vendor, "vendor must not be null");
		Objects.requireNonNull(displayName, "displayName must not be null");
		if (memoryGb == null || memoryGb.signum() <= 0) {
			throw new IllegalArgumentException("memoryGb must be > 0, was " + memoryGb);
		}
		if (tdpWatts <= 0) {
			throw new IllegalArgumentException("tdpWatts must be > 0, was " + tdpWatts);
		}
		if (idleWatts < 0 || idleWatts > tdpWatts) {
			throw new IllegalArgumentException(
					"idleWatts must be between 0 and tdpWatts " + tdpWatts + ", was " + idleWatts);
		}
		if ((unitPrice == null) != (currency == null)) {
			throw new IllegalArgumentException(
					"unitPrice and currency must be given together, were " + unitPrice + " and " + currency);
		}
		if (unitPrice != null && unitPrice.signum() < 0) {
			throw new IllegalArgumentException("unitPrice must be >= 0, was " + unitPrice);
		}
	}

	Gpu withId(long newId) {
		return new Gpu(newId, this.code, this.vendor, this.displayName, this.memoryGb, this.tdpWatts, this.idleWatts,
				this.unitPrice, this.currency, this.source);
	}

}
