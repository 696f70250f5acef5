package com.breakeven.pricing;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * One device a model can be served on, as the catalogue knows it: a GPU, an NPU, a CPU
 * socket or a system on a chip with unified memory ({@link DeviceKind}). The table and
 * the type keep the name {@code gpu} they had when every device was one.
 *
 * @param id database id, {@code null} before it is stored
 * @param code unique lower-case code ({@code h100-sxm5-80gb})
 * @param vendor maker ({@code NVIDIA}, {@code AMD}, {@code Apple}, {@code Intel})
 * @param displayName name shown to people
 * @param memoryGb memory as the vendor states it: on-board memory of a GPU or NPU in GB;
 * the system memory of a CPU socket or the unified memory of a chip in GiB (memory is
 * sold in binary sizes)
 * @param tdpWatts power at full load, W (for a machine such as a Mac, at the wall)
 * @param idleWatts power when idle, W
 * @param unitPrice purchase price of one device, or {@code null} when no reliable price
 * is known
 * @param currency currency of {@code unitPrice}
 * @param source where the figures come from
 * @param kind what kind of device it is
 */
public record Gpu(Long id, String code, String vendor, String displayName, BigDecimal memoryGb, int tdpWatts,
		int idleWatts, BigDecimal unitPrice, Currency currency, String source, DeviceKind kind) {

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
		Objects.requireNonNull(kind, "kind must not be null");
	}

	/** A GPU. */
	public Gpu(Long id, String code, String vendor, String displayName, BigDecimal memoryGb, int tdpWatts,
			int idleWatts, BigDecimal unitPrice, Currency currency, String source) {
		this(id, code, vendor, displayName, memoryGb, tdpWatts, idleWatts, unitPrice, currency, source, DeviceKind.GPU);
	}

	Gpu withId(long newId) {
		return new Gpu(newId, this.code, this.vendor, this.displayName, this.memoryGb, this.tdpWatts, this.idleWatts,
				this.unitPrice, this.currency, this.source, this.kind);
	}

}
