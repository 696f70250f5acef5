package com.breakeven.ingestion.throughput;

/**
 * What the person importing a benchmark result says about the run that the file does not
 * record (no tool records the GPU count; most record no hardware, precision or engine
 * version). Each value is {@code null} when not given; the import refuses a file whose
 * missing context was not given, and names the options to give, rather than guess.
 *
 * @param model the model served, when the file names none or names it differently (a
 * local path) from the catalogue
 * @param hardwareProfile code of the catalogued node the run was on (gives the device)
 * @param gpu code of the catalogued device (GPU, NPU, CPU or unified-memory chip), when
 * the node is not catalogued
 * @param gpuCount devices serving the model in the run
 * @param precision weight precision as run ({@code FP8}, {@code BF16}, {@code Q4_K_M})
 * @param engine the inference server, for tools that measure any server (GenAI-Perf)
 * @param engineVersion the engine version, when the file records none
 * @param concurrency concurrent requests, when the file records none
 * @param modelConfirmed whether {@code model} is to be stored even where the file names
 * another model: the command line's {@code --model} is typed on purpose; the web form
 * asks first
 */
public record BenchmarkContext(String model, String hardwareProfile, String gpu, Integer gpuCount, String precision,
		String engine, String engineVersion, Integer concurrency, boolean modelConfirmed) {

}
