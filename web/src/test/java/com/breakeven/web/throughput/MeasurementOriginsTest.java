package com.breakeven.web.throughput;

import org.junit.jupiter.api.Test;

import com.breakeven.ingestion.throughput.BenchmarkTool;

import static org.assertj.core.api.Assertions.assertThat;

class MeasurementOriginsTest {

	@Test
	void words_publishedFiguresSayPublished() {
		assertThat(MeasurementOrigins.words("PUBLISHED")).isEqualTo("published benchmark");
		assertThat(MeasurementOrigins.words("MLPERF")).isEqualTo("MLPerf result");
	}

	@Test
	void words_ownRunsSayMeasuredByYouWithTheTool() {
		assertThat(MeasurementOrigins.words("VLLM")).isEqualTo("measured by you (vLLM bench serve)");
		assertThat(MeasurementOrigins.words("LLAMA_BENCH")).isEqualTo("measured by you (llama.cpp llama-bench)");
		assertThat(MeasurementOrigins.words("PROBE")).isEqualTo("measured by you (Breakeven probe)");
	}

	@Test
	void words_everyToolHasWordsWithoutItsCode() {
		for (BenchmarkTool tool : BenchmarkTool.values()) {
			assertThat(MeasurementOrigins.words(tool.name())).startsWith("measured by you (")
				.doesNotContain(tool.name());
		}
	}

	@Test
	void words_unknownKindIsNamedNotGuessed() {
		assertThat(MeasurementOrigins.words("NEW_TOOL")).isEqualTo("source new_tool");
	}

}
