package com.breakeven.simulator.claims;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.breakeven.tco.Gpu;
import com.breakeven.tco.MemoryFit;

/**
 * A hardware-fit claim recomputed with the engine's memory check. Money in the GPUs'
 * currency; costs are of the GPUs alone (no server, networking or installation), so they
 * are a floor.
 *
 * @param claim the claim
 * @param node the claimed node's GPUs and their memory check, or empty when the price
 * buys not one catalogued GPU
 * @param needs for each catalogued GPU, the fewest that hold the model, cheapest first
 */
public record HardwareFitVerdict(HardwareFitClaim claim, Optional<GpuNeed> node, List<GpuNeed> needs) {

	public HardwareFitVerdict {
		needs = needs.stream().sorted(Comparator.comparingDouble(GpuNeed::cost)).toList();
	}

	/**
	 * @return whether the claimed node's GPUs hold the model and cost no more than the
	 * claimed price
	 */
	public boolean holds() {
		return this.node.map(n -> n.fit().fits() && n.cost() <= this.claim.claimedNodePrice()).orElse(false);
	}

	/**
	 * @return the cheapest catalogued GPUs that hold the model, if any GPU can
	 */
	public Optional<GpuNeed> cheapest() {
		return this.needs.stream().findFirst();
	}

	/**
	 * @return claimed price ÷ the cheapest GPUs' cost (0.5 = the claim is half of what
	 * the GPUs alone cost), or NaN when no catalogued GPU holds the model
	 */
	public double factor() {
		return cheapest().map(c -> this.claim.claimedNodePrice() / c.cost()).orElse(Double.NaN);
	}

	/**
	 * @param gpu the GPU
	 * @param gpus how many
	 * @param fit the memory check of the model on them
	 */
	public record GpuNeed(Gpu gpu, int gpus, MemoryFit fit) {

		/**
		 * @return gpus × the GPU's unit price
		 */
		public double cost() {
			return this.gpus * this.gpu.unitPrice();
		}

	}

}
