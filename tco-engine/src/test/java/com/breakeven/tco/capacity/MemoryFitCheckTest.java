package com.breakeven.tco.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import com.breakeven.tco.MemoryFit;
import com.breakeven.tco.Precision;
import com.breakeven.tco.ReferenceScenario;

class MemoryFitCheckTest {

	@Test
	void check_70bInFp8With64SequencesFitsOnEightH100s() {
		MemoryFit fit = MemoryFitCheck.check(ReferenceScenario.LLAMA_70B, Precision.FP8, ReferenceScenario.HGX_H100, 64,
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
		com.breakeven.tco.Node oneH100 = new com.breakeven.tco.Node(ReferenceScenario.H100, 1, 0, 0, 0, 0);

		MemoryFit fit = MemoryFitCheck.check(ReferenceScenario.LLAMA_70B, Precision.BF16, oneH100, 1, 1200, 2, 0.10);

		// 70.6 × 2 = 141.2 GB of weights alone > 80 GB
		assertThat(fit.fits()).isFalse();
		assertThat(fit.describe()).startsWith("DOES NOT FIT: weights 141.2 GB");
	}

	@Test
	void check_int4HalvesTheWeightsOfInt8() {
		MemoryFit int8 = MemoryFitCheck.check(ReferenceScenario.LLAMA_70B, Precision.INT8, ReferenceScenario.HGX_H100,
				1, 0, 2, 0);
		MemoryFit int4 = MemoryFitCheck.check(ReferenceScenario.LLAMA_70B, Precision.INT4, ReferenceScenario.HGX_H100,
				1, 0, 2, 0);

		assertThat(int4.weightsGb()).isCloseTo(int8.weightsGb() / 2, within(1e-12));
	}

}
