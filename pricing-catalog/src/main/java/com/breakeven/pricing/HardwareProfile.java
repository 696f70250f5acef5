package com.breakeven.pricing;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * One server node of identical GPUs. Capex lines are per node and exclude the GPUs, which
 * are priced by {@link Gpu#unitPrice()}.
 *
 * @param id database id, {@code null} before it is stored
 * @param code unique lower-case code ({@code hgx-h100-8x})
 * @param displayName name shown to people
 * @param gpuId the GPU in the node
 * @param gpusPerNode GPUs in one node, at least 1
 * @param serverCapex chassis, CPUs, memory, storage, per node
 * @param networkingCapex NICs, switch ports and cables attributable to one node
 * @param installationCapex racking, cabling and commissioning, per node
 * @param currency currency of every capex line
 * @param nodeOverheadWatts power drawn by the node besides its GPUs, W
 * @param source where the figures come from
 */
public record HardwareProfile(Long id, String code, String displayName, long gpuId, int gpusPerNode,
		BigDecimal serverCapex, BigDecimal networkingCapex, BigDecimal installationCapex, Currency currency,
		int nodeOverheadWatts, String source) {

	public HardwareProfile {
		Checks.requireCode("code", code);
		Objects.requireNonNull(displayName, "displayName must not be null");
		Objects.requireNonNull(currency, "currency must not be null");
		if (gpusPerNode < 1) {
			throw new IllegalArgumentException("gpusPerNode must be >= 1, was " + gpusPerNode);
		}
		Checks.requireNonNegative("serverCapex", serverCapex);
		Checks.requireNonNegative("networkingCapex", networkingCapex);
		Checks.requireNonNegative("installationCapex", installationCapex);
		if (nodeOverheadWatts < 0) {
			throw new IllegalArgumentException("nodeOverheadWatts must be >= 0, was " + nodeOverheadWatts);
		}
	}

	HardwareProfile withId(long newId) {
		return new HardwareProfile(newId, this.code, this.displayName, this.gpuId, this.gpusPerNode, this.serverCapex,
				this.networkingCapex, this.installationCapex, this.currency, this.nodeOverheadWatts, this.source);
	}

}
