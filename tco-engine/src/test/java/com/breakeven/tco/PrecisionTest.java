package com.breakeven.tco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PrecisionTest {

	@Test
	void parse_readsTheSpellingsBenchmarkFilesWrite() {
		assertThat(Precision.parse("FP8")).isEqualTo(Precision.FP8);
		assertThat(Precision.parse("fp8")).isEqualTo(Precision.FP8);
		assertThat(Precision.parse("float8")).isEqualTo(Precision.FP8);
		assertThat(Precision.parse("FP8_E4M3")).isEqualTo(Precision.FP8);
		assertThat(Precision.parse("fp8-dynamic")).isEqualTo(Precision.FP8);
		assertThat(Precision.parse("bf16")).isEqualTo(Precision.BF16);
		assertThat(Precision.parse("bfloat16")).isEqualTo(Precision.BF16);
		assertThat(Precision.parse("fp16")).isEqualTo(Precision.FP16);
		assertThat(Precision.parse("float16")).isEqualTo(Precision.FP16);
		assertThat(Precision.parse("int8")).isEqualTo(Precision.INT8);
		assertThat(Precision.parse("Q8_0")).isEqualTo(Precision.INT8);
		assertThat(Precision.parse("int4")).isEqualTo(Precision.INT4);
		assertThat(Precision.parse("AWQ")).isEqualTo(Precision.INT4);
		assertThat(Precision.parse("gptq")).isEqualTo(Precision.INT4);
		assertThat(Precision.parse("Q4_K_M")).isEqualTo(Precision.INT4);
		assertThat(Precision.parse("FP4")).isEqualTo(Precision.FP4);
		assertThat(Precision.parse("NVFP4")).isEqualTo(Precision.FP4);
	}

	@Test
	void parse_gptqWithABitWidthReadsThatWidth() {
		assertThat(Precision.parse("GPTQ-Int8")).isEqualTo(Precision.INT8);
		assertThat(Precision.parse("awq_int4")).isEqualTo(Precision.INT4);
	}

	@Test
	void tryParse_isEmptyForFormatsWithoutAConstant() {
		assertThat(Precision.tryParse("Q5_K_M")).isEmpty();
		assertThat(Precision.tryParse("")).isEmpty();
		assertThat(Precision.tryParse(null)).isEmpty();
	}

	@Test
	void parse_namesTheFieldWhenTheTextIsNoPrecision() {
		assertThatIllegalArgumentException().isThrownBy(() -> Precision.parse("fp12"))
			.withMessageStartingWith("precision must be one of FP16, BF16, FP8, INT8, INT4, FP4")
			.withMessageEndingWith("was fp12");
	}

	@Test
	void bytesPerParameter_fp4AndInt4HoldHalfAByte() {
		// 4 bits = 0.5 byte; FP4 weights run with an FP8 (1-byte) KV cache
		assertThat(Precision.FP4.bytesPerParameter()).isEqualTo(0.5);
		assertThat(Precision.INT4.bytesPerParameter()).isEqualTo(0.5);
		assertThat(Precision.FP4.defaultKvCacheBytesPerElement()).isEqualTo(1);
	}

}
