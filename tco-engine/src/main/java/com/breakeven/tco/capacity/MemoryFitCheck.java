package com.breakeven.tco.capacity;

import com.breakeven.tco.DeviceKind;
import com.breakeven.tco.Gpu;
import com.breakeven.tco.MemoryFit;
import com.breakeven.tco.ModelSpec;
import com.breakeven.tco.Node;
import com.breakeven.tco.Precision;
import com.breakeven.tco.Require;
import com.breakeven.tco.ThroughputMeasurement;
import com.breakeven.tco.Units;

/**
 * Whether one replica of a model, with the KV cache of its concurrent sequences, fits in
 * the memory of that replica's devices (GPUs, NPUs, CPU sockets or unified-memory chips).
 * A node running several replicas (a 2-GPU run copied four times on an 8-GPU node) holds
 * the weights once per replica, so the check is per replica: the node's total memory says
 * nothing about whether one copy fits on its two GPUs.
 */
public final class MemoryFitCheck {

	private MemoryFitCheck() {
	}

	/**
	 * The check for the replica a measurement ran on, with the precision's default KV
	 * cache and the device kind's reserved share of memory: <pre>
	 * GPUs per replica       = the measurement's GPUs (the whole node when not recorded)
	 * replicas per node      = ⌊node GPUs ÷ GPUs per replica⌋
	 * sequences per replica  = ⌈measured concurrency per node ÷ replicas⌉ (1 for an offline run)
	 * </pre>
	 * @param model the model's architecture
	 * @param precision weight precision
	 * @param node the node the measurement's rates are scaled to
	 * @param measurement the run sizing the deployment
	 * @return the figures for one replica and the verdict
	 */
	public static MemoryFit forReplica(ModelSpec model, Precision precision, Node node,
			ThroughputMeasurement measurement) {
		int gpus = measurement.gpusPerReplica(node.gpusPerNode());
		int replicas = measurement.replicasPerNode(node.gpusPerNode());
		int sequences = (measurement.concurrency() + replicas - 1) / replicas;
		return check(model, precision, node.gpu(), gpus, sequences, measurement.tokensPerRequest(),
				precision.defaultKvCacheBytesPerElement(), reservedFraction(node.gpu()));
	}

	/**
	 * @param gpu the device
	 * @return the share of its memory the model may not use:
	 * {@link DeviceKind#reservedFraction} of its kind and memory
	 */
	public static double reservedFraction(Gpu gpu) {
		return gpu.kind().reservedFraction(gpu.memoryGb());
	}

	/**
	 * <pre>
	 * weights        = parameters (billions) × bytes per parameter                          GB
	 * KV per token   = 2 (K and V) × layers × KV heads × head dim × bytes per KV element     bytes
	 * KV cache       = KV per token × tokens per sequence × concurrent sequences ÷ 10^9      GB
	 * available      = devices of the replica × device memory                                GB
	 * overhead       = available × runtime overhead fraction                                 GB
	 * fits           = weights + KV cache + overhead <= available
	 * </pre> An offline measurement (concurrency 0) is checked for one sequence: its
	 * batch size is the engine's choice.
	 * @param model the model's architecture
	 * @param precision weight precision
	 * @param gpu the device
	 * @param gpusPerReplica devices one replica runs on
	 * @param concurrentSequences concurrent sequences of that replica
	 * @param tokensPerSequence prompt + output tokens held per sequence
	 * @param kvBytesPerElement bytes per cached key or value element
	 * @param runtimeOverheadFraction share of memory the model may not use, 0..1
	 * @return the figures and the verdict
	 */
	public static MemoryFit check(ModelSpec model, Precision precision, Gpu gpu, int gpusPerReplica,
			int concurrentSequences, int tokensPerSequence, double kvBytesPerElement, double runtimeOverheadFraction) {
		Require.atLeast("gpusPerReplica", gpusPerReplica, 1);
		Require.atLeast("concurrentSequences", concurrentSequences, 0);
		Require.atLeast("tokensPerSequence", tokensPerSequence, 0);
		Require.positive("kvBytesPerElement", kvBytesPerElement);
		Require.fractionBelowOne("runtimeOverheadFraction", runtimeOverheadFraction);
		double weightsGb = model.parametersBillions() * precision.bytesPerParameter();
		double kvBytesPerToken = 2.0 * model.layers() * model.kvHeads() * model.headDim() * kvBytesPerElement;
		double kvCacheGb = kvBytesPerToken * tokensPerSequence * Math.max(1, concurrentSequences) / Units.BYTES_PER_GB;
		double availableGb = gpusPerReplica * gpu.memoryGb();
		return new MemoryFit(weightsGb, kvCacheGb, availableGb * runtimeOverheadFraction, availableGb, gpusPerReplica,
				gpu.kind());
	}

}
