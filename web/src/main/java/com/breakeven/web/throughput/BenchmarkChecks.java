package com.breakeven.web.throughput;

import java.util.Optional;

import com.breakeven.pricing.HardwareProfile;

/**
 * What a benchmark's stated context must satisfy before its measurements are stored, for
 * the imports page and the command line alike.
 */
public final class BenchmarkChecks {

	private BenchmarkChecks() {
	}

	/**
	 * A run's GPUs are some of its node's: from 1 to the node's GPUs.
	 * @param gpus GPUs serving the model in the run
	 * @param node the catalogued node it ran on
	 * @return why the count cannot be, to follow the field's name ("must be from 1 to the
	 * 8 GPUs of node hgx-h100-8x, was 16"); empty when it can
	 */
	public static Optional<String> gpuCount(int gpus, HardwareProfile node) {
		if (gpus >= 1 && gpus <= node.gpusPerNode()) {
			return Optional.empty();
		}
		return Optional
			.of("must be from 1 to the " + node.gpusPerNode() + " GPUs of node " + node.code() + ", was " + gpus);
	}

}
