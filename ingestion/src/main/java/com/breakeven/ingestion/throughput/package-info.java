/**
 * Benchmark result files (vLLM, llama-bench, GenAI-Perf) read and stored as throughput
 * measurements. Part of the ingestion module's API: the command line and, later, the UI
 * import through it.
 */
@NamedInterface("throughput")
package com.breakeven.ingestion.throughput;

import org.springframework.modulith.NamedInterface;
