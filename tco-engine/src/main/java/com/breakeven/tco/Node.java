package com.breakeven.tco;

/**
 * One server of identical GPUs: the unit in which capacity is bought. Money is in the
 * scenario's currency.
 *
 * @param gpu the GPU
 * @param gpusPerNode GPUs in the node
 * @param chassisCapex server without GPUs (CPUs, memory, storage, chassis)
 * @param networkingCapex NICs, switch ports and cables attributable to the node
 * @param installationCapex racking, cabling, commissioning
 * @param overheadWatts power of everything but the GPUs (CPUs, fans, NICs), W, taken as
 * constant
 */
public record Node(Gpu gpu, int gpusPerNode, double chassisCapex, double networkingCapex, double installationCapex,
		double overheadWatts) {

	public Node {
		Require.notNull("gpu", gpu);
		Require.atLeast("gpusPerNode", gpusPerNode, 1);
		Require.nonNegative("chassisCapex", chassisCapex);
		Require.nonNegative("networkingCapex", networkingCapex);
		Require.nonNegative("installationCapex", installationCapex);
		Require.nonNegative("overheadWatts", overheadWatts);
	}

	/**
	 * @return capex of one node: GPUs × unit price + chassis + networking + installation
	 */
	public double capex() {
		return capexAtGpuPrice(this.gpu.unitPrice());
	}

	/**
	 * Capex of one node were each GPU priced otherwise (a drawn GPU price), without
	 * building another node.
	 * @param gpuUnitPrice price of one GPU, in the node's currency
	 * @return GPUs × gpuUnitPrice + chassis + networking + installation
	 */
	public double capexAtGpuPrice(double gpuUnitPrice) {
		return this.gpusPerNode * gpuUnitPrice + this.chassisCapex + this.networkingCapex + this.installationCapex;
	}

	/**
	 * @return GPU memory of the node, GB
	 */
	public double memoryGb() {
		return this.gpusPerNode * this.gpu.memoryGb();
	}

	/**
	 * @return power at full load: GPUs × TDP + overhead, W (what colocation contracts
	 * provision)
	 */
	public double peakWatts() {
		return this.gpusPerNode * this.gpu.tdpWatts() + this.overheadWatts;
	}

	/**
	 * Average power at a utilisation, with GPU draw linear between idle and TDP.
	 * @param utilisation average share of measured throughput in use, 0..1
	 * @return GPUs × (idle + (TDP − idle) × utilisation) + overhead, W
	 */
	public double wattsAt(double utilisation) {
		Require.fraction("utilisation", utilisation);
		double gpuWatts = this.gpu.idleWatts() + (this.gpu.tdpWatts() - this.gpu.idleWatts()) * utilisation;
		return this.gpusPerNode * gpuWatts + this.overheadWatts;
	}

}
