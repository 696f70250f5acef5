package com.breakeven.web.throughput;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import com.breakeven.ingestion.MeasuredThroughput;
import com.breakeven.tco.ThroughputMeasurement;

class EngineMeasurementsTest {

	@Test
	void forNode_scalesATwoGpuRunToFourReplicasAndKeepsItsGpuCount() {
		// vLLM serving 70B BF16 on 2 GPUs at 32 concurrent requests, 900 output and 1,800
		// total tokens/s
		MeasuredThroughput twoGpus = new MeasuredThroughput(12L, 1L, "Llama-3.3-70B", null, 1, 2, "vLLM", "0.10.0",
				"bfloat16", MeasuredThroughput.SERVING, "concurrency 32", 32, 1000, 1000, new BigDecimal("900"),
				new BigDecimal("1800"), null, MeasuredThroughput.Latencies.NONE, null, null, "VLLM", "conc32.json",
				null);

		ThroughputMeasurement perNode = EngineMeasurements.forNode(twoGpus, "llama-3.3-70b", 8).orElseThrow();

		// an 8-GPU node holds 8 ÷ 2 = 4 replicas: 4 × 32 = 128 concurrent, 4 × 900 =
		// 3,600
		// and 4 × 1,800 = 7,200 tokens/s; the replica keeps its 2 GPUs for the memory
		// check
		assertThat(perNode.concurrency()).isEqualTo(128);
		assertThat(perNode.outputTokensPerSecond()).isEqualTo(3600);
		assertThat(perNode.totalTokensPerSecond()).isEqualTo(7200);
		assertThat(perNode.gpusPerReplica()).isEqualTo(2);
		assertThat(perNode.replicasPerNode(8)).isEqualTo(4);
		assertThat(perNode.source()).endsWith("; × 4 replicas per node");
	}

}
