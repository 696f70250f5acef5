package com.breakeven.tco;

/**
 * What kind of device serves the model, which decides how its stated memory converts to
 * GB (10^9 bytes) and how much of that memory the model may use.
 * <ul>
 * <li>{@link #GPU} and {@link #NPU}: dedicated device memory (HBM, GDDR), stated in GB as
 * the vendor states it and taken as 10^9 bytes (a conservative reading: an "80GB" HBM
 * stack holds 80 × 2^30 bytes); the serving runtime keeps 10 % for itself.</li>
 * <li>{@link #CPU}: one socket serving from system memory, stated in GiB (memory is sold
 * in binary sizes: a "64GB" DIMM set holds 64 × 2^30 bytes); the operating system and the
 * runtime keep 10 %.</li>
 * <li>{@link #UNIFIED}: a system on a chip whose GPU shares the system memory (Apple
 * silicon), stated in GiB; macOS lets the GPU wire at most about two thirds of it below
 * 64 GiB and three quarters from 64 GiB, so one third or one quarter is kept.</li>
 * </ul>
 */
public enum DeviceKind {

	/** A GPU with its own memory. */
	GPU,

	/** A neural processing unit with its own memory (Huawei Ascend, for example). */
	NPU,

	/** A CPU socket serving from system memory. */
	CPU,

	/** A system on a chip whose GPU shares the system memory (Apple M-series). */
	UNIFIED;

	/** Bytes in a GiB over bytes in a GB: 2^30 ÷ 10^9. */
	public static final double GB_PER_GIB = Units.BYTES_PER_GIB / Units.BYTES_PER_GB;

	/**
	 * Share of dedicated memory a serving runtime keeps for itself: vLLM's default
	 * {@code gpu_memory_utilization} of 0.9 leaves 10 % for the CUDA context, activations
	 * and fragmentation (vllm-ascend keeps the same default). For a CPU the same share is
	 * kept for the operating system and the runtime: an assumption, not a measurement.
	 */
	public static final double RUNTIME_OVERHEAD_FRACTION = 0.10;

	/**
	 * Share of unified memory macOS keeps from the GPU below {@link #UNIFIED_LARGE_GIB}:
	 * Metal's {@code recommendedMaxWorkingSetSize} is two thirds of it (llama.cpp logs:
	 * 10,922.67 MiB of 16 GiB on an M1 and on the ggml CI's M4, llama-cpp-python issue
	 * 687 and ggml-org/ci; 21,845.34 MiB of 32 GiB on an M2 Max, ollama issue 434).
	 */
	public static final double UNIFIED_RESERVED_FRACTION_SMALL = 1.0 / 3;

	/**
	 * Share of unified memory macOS keeps from the GPU from {@link #UNIFIED_LARGE_GIB}:
	 * {@code recommendedMaxWorkingSetSize} is three quarters of it (73,728 MiB of 96 GiB
	 * on an M2 Max, llama.cpp issue 3213; about 48 of 64 GiB on an M2 Max, llama.cpp
	 * issue 1870). Raising {@code iogpu.wired_limit_mb} lets the GPU wire more; the check
	 * does not assume it.
	 */
	public static final double UNIFIED_RESERVED_FRACTION_LARGE = 0.25;

	/** Unified memory, GiB, from which macOS lets the GPU wire three quarters. */
	public static final double UNIFIED_LARGE_GIB = 64;

	/**
	 * @param statedMemory memory as the catalogue states it: GB for {@link #GPU} and
	 * {@link #NPU}, GiB for {@link #CPU} and {@link #UNIFIED}
	 * @return the memory in GB (10^9 bytes): stated GB as they are, GiB × 1.073741824
	 */
	public double memoryGb(double statedMemory) {
		Require.positive("statedMemory", statedMemory);
		return switch (this) {
			case GPU, NPU -> statedMemory;
			case CPU, UNIFIED -> statedMemory * GB_PER_GIB;
		};
	}

	/**
	 * @param memoryGb the device's memory, GB
	 * @return the share of it the model may not use: 10 % for a GPU, NPU or CPU; for
	 * unified memory 1/3 below 64 GiB and 1/4 from 64 GiB
	 */
	public double reservedFraction(double memoryGb) {
		Require.positive("memoryGb", memoryGb);
		return switch (this) {
			case GPU, NPU, CPU -> RUNTIME_OVERHEAD_FRACTION;
			case UNIFIED -> (memoryGb / GB_PER_GIB >= UNIFIED_LARGE_GIB) ? UNIFIED_RESERVED_FRACTION_LARGE
					: UNIFIED_RESERVED_FRACTION_SMALL;
		};
	}

	/**
	 * @return what people call the device in a sentence: "GPU", "NPU", "CPU", "chip"
	 */
	public String noun() {
		return switch (this) {
			case GPU -> "GPU";
			case NPU -> "NPU";
			case CPU -> "CPU";
			case UNIFIED -> "chip";
		};
	}

	/**
	 * @return what people call its memory: "GPU memory", "NPU memory", "system memory",
	 * "unified memory"
	 */
	public String memoryNoun() {
		return switch (this) {
			case GPU -> "GPU memory";
			case NPU -> "NPU memory";
			case CPU -> "system memory";
			case UNIFIED -> "unified memory";
		};
	}

}
