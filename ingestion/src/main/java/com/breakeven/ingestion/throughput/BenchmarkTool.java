package com.breakeven.ingestion.throughput;

/**
 * Where a measurement comes from: the benchmark tools whose result files Breakeven reads,
 * and its own probe.
 */
public enum BenchmarkTool {

	/** {@code vllm bench serve --save-result} / {@code benchmark_serving.py} JSON. */
	VLLM,

	/** llama.cpp {@code llama-bench -o json} or {@code -o csv}. */
	LLAMA_BENCH,

	/** NVIDIA GenAI-Perf profile export. */
	GENAI_PERF,
	/** Breakeven's own probe of an OpenAI-compatible server (no file). */
	PROBE

}
