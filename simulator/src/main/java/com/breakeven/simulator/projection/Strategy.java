package com.breakeven.simulator.projection;

/** The ways of serving the same demand that a projection sets side by side. */
public enum Strategy {

	/** Everything on the API models in use today. */
	ALL_API("All on current API"),
	/** Everything on the cheapest API model that meets the workload's quality floor. */
	CHEAPEST_API("Cheapest adequate API"),
	/** Everything on owned GPUs. */
	SELF_HOSTED("All self-hosted"),
	/**
	 * The share that must stay in-house on owned GPUs, the rest on the cheapest adequate
	 * API.
	 */
	HYBRID("Hybrid"),
	/** Everything on rented GPUs paid by the GPU-hour. */
	RENTED_GPUS("Rented GPUs");

	private final String label;

	Strategy(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
