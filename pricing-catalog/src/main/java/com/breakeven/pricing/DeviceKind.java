package com.breakeven.pricing;

/**
 * What kind of device a catalogue row describes; the names are the engine's
 * {@code com.breakeven.tco.DeviceKind}, which holds the rules for each (how stated memory
 * converts to GB, how much of it a model may use).
 */
public enum DeviceKind {

	/** A GPU with its own memory, stated in GB. */
	GPU,

	/** A neural processing unit with its own memory, stated in GB (Huawei Ascend). */
	NPU,

	/** A CPU socket with the system memory it is configured with, stated in GiB. */
	CPU,

	/**
	 * A system on a chip whose GPU shares the system memory, stated in GiB (Apple
	 * M-series).
	 */
	UNIFIED;

	/**
	 * @return the unit the catalogue states this kind's memory in: "GB" or "GiB"
	 */
	public String memoryUnit() {
		return (this == GPU || this == NPU) ? "GB" : "GiB";
	}

	/**
	 * @return the kind in the words pages show ("unified memory (Apple silicon)"); the
	 * name stays what the database, the API and the command line hold
	 */
	public String words() {
		return switch (this) {
			case GPU -> "GPU";
			case NPU -> "NPU (neural processor)";
			case CPU -> "CPU with system memory";
			case UNIFIED -> "unified memory (Apple silicon)";
		};
	}

}
