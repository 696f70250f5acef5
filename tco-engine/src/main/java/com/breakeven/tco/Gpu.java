package com.breakeven.tco;

/**
 * One accelerator: a GPU, an NPU, a CPU socket or a system on a chip with unified memory
 * (its {@link DeviceKind}). Money is in the scenario's currency.
 *
 * @param name e.g. "H100 SXM5 80GB"
 * @param memoryGb memory the model can be held in, GB (10^9 bytes): on-board memory of a
 * GPU or NPU, the system memory of a CPU socket, the unified memory of a chip
 * ({@link DeviceKind#memoryGb} converts a catalogue's stated figure)
 * @param tdpWatts power at full load, W
 * @param idleWatts power when idle, W
 * @param unitPrice purchase price of one device
 * @param kind what kind of device it is, which decides how much of its memory a model may
 * use ({@link DeviceKind#reservedFraction})
 */
public record Gpu(String name, double memoryGb, double tdpWatts, double idleWatts, double unitPrice, DeviceKind kind) {

	public Gpu {
		Require.notNull("name", name);
		Require.positive("memoryGb", memoryGb);
		Require.positive("tdpWatts", tdpWatts);
		Require.nonNegative("idleWatts", idleWatts);
		if (idleWatts > tdpWatts) {
			throw new IllegalArgumentException("idleWatts must be <= tdpWatts " + tdpWatts + ", was " + idleWatts);
		}
		Require.nonNegative("unitPrice", unitPrice);
		Require.notNull("kind", kind);
	}

	/** A GPU with its own memory. */
	public Gpu(String name, double memoryGb, double tdpWatts, double idleWatts, double unitPrice) {
		this(name, memoryGb, tdpWatts, idleWatts, unitPrice, DeviceKind.GPU);
	}

	/**
	 * @param newUnitPrice the price of one device, in the same or another currency
	 * @return this device at another price
	 */
	public Gpu withUnitPrice(double newUnitPrice) {
		return new Gpu(this.name, this.memoryGb, this.tdpWatts, this.idleWatts, newUnitPrice, this.kind);
	}

}
