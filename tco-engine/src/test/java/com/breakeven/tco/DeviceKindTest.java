package com.breakeven.tco;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class DeviceKindTest {

	/** Memory figures are checked to a billionth of a GB. */
	private static final double GB_TOLERANCE = 1e-9;

	@Test
	void memoryGb_gpuAndNpuMemoryIsTakenAsStatedAndSystemOrUnifiedMemoryIsConvertedFromGib() {
		// an H100's "80GB" stays 80 GB; a 192 GiB Mac holds 192 × 2^30 =
		// 206,158,430,208 bytes = 206.158430208 GB
		assertThat(DeviceKind.GPU.memoryGb(80)).isEqualTo(80);
		assertThat(DeviceKind.NPU.memoryGb(64)).isEqualTo(64);
		assertThat(DeviceKind.UNIFIED.memoryGb(192)).isCloseTo(206.158430208, within(GB_TOLERANCE));
		assertThat(DeviceKind.CPU.memoryGb(8)).isCloseTo(8.589934592, within(GB_TOLERANCE));
		// cross-check: one GiB is 1,073,741,824 bytes
		assertThat(DeviceKind.CPU.memoryGb(1) * Units.BYTES_PER_GB).isCloseTo(1_073_741_824, within(1e-3));
	}

	@Test
	void reservedFraction_unifiedMemoryKeepsAThirdBelow64GibAndAQuarterFromIt() {
		assertThat(DeviceKind.UNIFIED.reservedFraction(DeviceKind.UNIFIED.memoryGb(32))).isEqualTo(1.0 / 3);
		assertThat(DeviceKind.UNIFIED.reservedFraction(DeviceKind.UNIFIED.memoryGb(63.9))).isEqualTo(1.0 / 3);
		assertThat(DeviceKind.UNIFIED.reservedFraction(DeviceKind.UNIFIED.memoryGb(64))).isEqualTo(0.25);
		assertThat(DeviceKind.UNIFIED.reservedFraction(DeviceKind.UNIFIED.memoryGb(192))).isEqualTo(0.25);
		assertThat(DeviceKind.GPU.reservedFraction(80)).isEqualTo(0.10);
		assertThat(DeviceKind.CPU.reservedFraction(8.589934592)).isEqualTo(0.10);
	}

	@Test
	void memoryGb_refusesNoMemory() {
		assertThatThrownBy(() -> DeviceKind.UNIFIED.memoryGb(0)).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("statedMemory must be > 0, was 0.0");
	}

}
