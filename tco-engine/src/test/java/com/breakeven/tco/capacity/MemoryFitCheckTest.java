package com.breakeven.tco.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import com.breakeven.tco.DeviceKind;
import com.breakeven.tco.Gpu;
import com.breakeven.tco.MemoryFit;
import com.breakeven.tco.Node;
import com.breakeven.tco.Precision;
import com.breakeven.tco.ReferenceScenario;
import com.breakeven.tco.ThroughputMeasurement;

class MemoryFitCheckTest {

	/** Memory figures are checked to a millionth of a GB. */
	private static final double GB_TOLERANCE = 1e-6;

	@Test
	void check_70bInFp8With64SequencesFitsOnEightH100s() {
		MemoryFit fit = MemoryFitCheck.check(ReferenceScenario.LLAMA_70B, Precision.FP8, ReferenceScenario.H100, 8, 64,
				1200, Precision.FP8.defaultKvCacheBytesPerElement(), 0.10);

		// weights 70.6 × 1 B = 70.6 GB; KV 2 × 80 × 8 × 128 × 1 B = 163,840 B/token ×
		// 1,200 × 64 = 12.582912 GB
		// overhead 640 × 0.10 = 64 GB; required 147.182912 GB <= 640 GB
		assertThat(fit.weightsGb()).isCloseTo(70.6, within(1e-9));
		assertThat(fit.kvCacheGb()).isCloseTo(12.582912, within(1e-9));
		assertThat(fit.requiredGb()).isCloseTo(147.182912, within(1e-9));
		assertThat(fit.fits()).isTrue();
		assertThat(fit.shortfallGb()).isZero();
	}

	@Test
	void check_70bInBf16DoesNotFitOnOneH100() {
		MemoryFit fit = MemoryFitCheck.check(ReferenceScenario.LLAMA_70B, Precision.BF16, ReferenceScenario.H100, 1, 1,
				1200, 2, 0.10);

		// 70.6 × 2 = 141.2 GB of weights alone > 80 GB
		assertThat(fit.fits()).isFalse();
		assertThat(fit.describe()).startsWith("DOES NOT FIT per replica of 1 GPU: weights 141.2 GB");
	}

	@Test
	void check_int4HalvesTheWeightsOfInt8() {
		MemoryFit int8 = MemoryFitCheck.check(ReferenceScenario.LLAMA_70B, Precision.INT8, ReferenceScenario.H100, 8, 1,
				0, 2, 0);
		MemoryFit int4 = MemoryFitCheck.check(ReferenceScenario.LLAMA_70B, Precision.INT4, ReferenceScenario.H100, 8, 1,
				0, 2, 0);

		assertThat(int4.weightsGb()).isCloseTo(int8.weightsGb() / 2, within(1e-12));
	}

	@Test
	void forReplica_70bBf16OnTwoGpusTimesFourReplicasDoesNotFit() {
		// a 2-GPU run at 32 concurrent requests of 1,000 + 1,000 tokens, scaled to the
		// 8-GPU node as 4 replicas: 128 concurrent per node
		ThroughputMeasurement twoGpuRun = new ThroughputMeasurement("llama-3.3-70b", "BF16", "vLLM", 128, 1000, 1000,
				4 * 900, null, null, null, null, null, "a 2-GPU run", 2);

		MemoryFit fit = MemoryFitCheck.forReplica(ReferenceScenario.LLAMA_70B, Precision.BF16,
				ReferenceScenario.HGX_H100, twoGpuRun);

		// one replica: weights 70.6 × 2 B = 141.2 GB; KV 2 × 80 × 8 × 128 × 2 B =
		// 327,680 B/token × 2,000 tokens × (128 ÷ 4 =) 32 sequences = 20.97152 GB;
		// overhead 2 × 80 × 0.10 = 16 GB; required 178.17152 GB > 160 GB
		assertThat(fit.gpus()).isEqualTo(2);
		assertThat(fit.availableGb()).isEqualTo(160);
		assertThat(fit.kvCacheGb()).isCloseTo(20.97152, within(GB_TOLERANCE));
		assertThat(fit.requiredGb()).isCloseTo(178.17152, within(GB_TOLERANCE));
		assertThat(fit.fits()).isFalse();
		assertThat(fit.describe()).isEqualTo("DOES NOT FIT per replica of 2 GPUs: weights 141.2 GB + KV cache 21.0 GB"
				+ " + runtime overhead 16.0 GB = 178.2 GB > 160.0 GB of GPU memory (short by 18.2 GB)");
		// cross-check: the old whole-node sum (weights once, KV of all 128 sequences,
		// 10 % of 640 GB) = 141.2 + 83.88608 + 64 = 289.08608 GB "fits" in 640 GB
		MemoryFit wholeNode = MemoryFitCheck.check(ReferenceScenario.LLAMA_70B, Precision.BF16, ReferenceScenario.H100,
				8, 128, 2000, 2, 0.10);
		assertThat(wholeNode.requiredGb()).isCloseTo(289.08608, within(GB_TOLERANCE));
		assertThat(wholeNode.fits()).isTrue();
	}

	@Test
	void forReplica_aRunOnTheWholeNodeIsOneReplica() {
		Node node = ReferenceScenario.HGX_H100;

		MemoryFit fit = MemoryFitCheck.forReplica(ReferenceScenario.LLAMA_70B, Precision.FP8, node,
				ReferenceScenario.AT_64);

		// no GPU count recorded: the 8-GPU node, 64 sequences of 1,200 tokens, as in
		// check_70bInFp8With64SequencesFitsOnEightH100s
		assertThat(fit.gpus()).isEqualTo(8);
		assertThat(fit.requiredGb()).isCloseTo(147.182912, within(GB_TOLERANCE));
	}

	@Test
	void forReplica_macOsKeepsAThirdOfA48GibChipSoA70bInt4DoesNotFitWhereTheGpuRuleWouldPassIt() {
		// 48 GiB unified memory = 48 × 1.073741824 = 51.539607552 GB
		MemoryFit fit = seventyBInt4OnAMacOf(48);

		// weights 70.6 × 0.5 = 35.3 GB; KV (INT4 default: 2-byte elements) 2 × 80 × 8 ×
		// 128 × 2 = 327,680 B/token × 2,000 tokens = 0.65536 GB; below 64 GiB macOS keeps
		// 1/3: 17.179869184 GB; required 53.135229184 GB > 51.539607552 GB
		assertThat(fit.availableGb()).isCloseTo(51.539607552, within(GB_TOLERANCE));
		assertThat(fit.runtimeOverheadGb()).isCloseTo(17.179869184, within(GB_TOLERANCE));
		assertThat(fit.requiredGb()).isCloseTo(53.135229184, within(GB_TOLERANCE));
		assertThat(fit.fits()).isFalse();
		assertThat(fit.describe()).isEqualTo("DOES NOT FIT per replica of 1 chip: weights 35.3 GB + KV cache 0.7 GB"
				+ " + runtime overhead 17.2 GB = 53.1 GB > 51.5 GB of unified memory (short by 1.6 GB)");
		// cross-check: with a GPU's 10 % the same memory would pass: 35.3 + 0.65536 +
		// 5.1539607552 = 41.1093207552 GB <= 51.539607552 GB
		Gpu chip = new Gpu("48 GiB chip", DeviceKind.UNIFIED.memoryGb(48), 100, 10, 2_000, DeviceKind.UNIFIED);
		MemoryFit gpuRule = MemoryFitCheck.check(ReferenceScenario.LLAMA_70B, Precision.INT4, chip, 1, 1, 2000, 2,
				DeviceKind.RUNTIME_OVERHEAD_FRACTION);
		assertThat(gpuRule.requiredGb()).isCloseTo(41.1093207552, within(GB_TOLERANCE));
		assertThat(gpuRule.fits()).isTrue();
	}

	@Test
	void forReplica_from64GibMacOsKeepsAQuarterAndTheSameModelFits() {
		// 64 GiB = 68.719476736 GB; a quarter kept = 17.179869184 GB (16 GiB, as a third
		// of 48 GiB)
		MemoryFit fit = seventyBInt4OnAMacOf(64);

		// required 35.3 + 0.65536 + 17.179869184 = 53.135229184 GB <= 68.719476736 GB
		assertThat(fit.runtimeOverheadGb()).isCloseTo(17.179869184, within(GB_TOLERANCE));
		assertThat(fit.fits()).isTrue();
		assertThat(fit.describe()).startsWith("FITS per replica of 1 chip:");
	}

	/**
	 * Llama 3.3 70B at INT4, one llama-bench sequence of 1,000 + 1,000 tokens, on one Mac
	 * of {@code gib} GiB unified memory (price and power play no part in the check).
	 */
	private static MemoryFit seventyBInt4OnAMacOf(double gib) {
		Gpu chip = new Gpu(gib + " GiB chip", DeviceKind.UNIFIED.memoryGb(gib), 100, 10, 2_000, DeviceKind.UNIFIED);
		ThroughputMeasurement oneSequence = new ThroughputMeasurement("llama-3.3-70b", "Q4_K_M", "llama.cpp", 1, 1000,
				1000, 10, null, null, null, null, null, "llama-bench tg", 1);
		return MemoryFitCheck.forReplica(ReferenceScenario.LLAMA_70B, Precision.INT4, new Node(chip, 1, 0, 0, 0, 0),
				oneSequence);
	}

}
