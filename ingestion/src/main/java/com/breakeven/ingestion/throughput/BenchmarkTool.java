package com.breakeven.ingestion.throughput;

/** The benchmark tools whose result files Breakeven reads. */
public enum BenchmarkTool {

	/** {@code vllm bench serve --save-result} / {@code benchmark_serving.py} JSON. */
	VLLM,

	/** llama.cpp {@code llama-bench -o json} or {@code -o csv}. */
	LLAMA_BENCH,

	/** NVIDIA GenAI-Perf profile export. */
	GENAI_PERF

}
