package com.breakeven.ingestion.probe;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.breakeven.db.testing.BothDatabasesTest;
import com.breakeven.ingestion.SampleCatalogue;
import com.breakeven.ingestion.ImportRun;

import com.breakeven.ingestion.ImportStatus;
import com.breakeven.ingestion.MeasuredThroughput;

import com.breakeven.ingestion.ThroughputRepository;

import com.breakeven.ingestion.throughput.BenchmarkContext;
import com.breakeven.ingestion.throughput.ThroughputImports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A probe stores one measurement per level, with the context given, on both databases.
 */
class ThroughputProbesTest extends BothDatabasesTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

	private static final BenchmarkContext ON_ONE_H100 = new BenchmarkContext(null, "pcie-h100-1x", null, 1, "FP8",
			"vLLM", "0.10.1", null, false);

	private ThroughputProbes probes;

	private ThroughputRepository measurements;

	@BeforeEach
	void catalogue() {
		SampleCatalogue catalogue = SampleCatalogue.loaded(this.database.dataSource(), CLOCK);
		this.measurements = catalogue.throughput();
		this.probes = new ThroughputProbes(new ThroughputImports(catalogue.runs(), this.measurements,
				catalogue.models(), catalogue.hardware(), catalogue.transactions()), CLOCK);
	}

	@Test
	void run_storesOneMeasurementPerLevelWithItsConcurrencyAndLatencies() throws IOException {
		try (StreamingTestServer server = new StreamingTestServer(Duration.ofMillis(100), Duration.ofMillis(20), 0)) {
			List<String> out = new ArrayList<>();
			ImportRun run = this.probes.run(settings(server, List.of(1, 3)), ON_ONE_H100, out::add, "test");

			assertThat(run.status()).as(run.message()).isEqualTo(ImportStatus.COMPLETED);
			assertThat(run.source()).startsWith("probe " + server.endpoint() + " 2026-11-23T09:00Z");
			List<MeasuredThroughput> stored = this.measurements.findByImportRun(run.id());
			assertThat(stored).extracting(MeasuredThroughput::concurrency).containsExactly(1, 3);
			MeasuredThroughput single = stored.get(0);
			assertThat(single.sourceKind()).isEqualTo("PROBE");
			assertThat(single.rawModel()).isEqualTo("test-model");
			assertThat(single.engine()).isEqualTo("vLLM");
			assertThat(single.inputTokens()).isEqualTo(120);
			assertThat(single.outputTokens()).isEqualTo(8);
			// the server waits 100 ms before the first token and 20 ms between tokens; a
			// busy
			// machine can only add to that, so the bounds are tighter below than above
			assertThat(single.latencies().ttftP50Ms().doubleValue()).isBetween(95.0, 130.0);
			assertThat(single.latencies().itlP50Ms().doubleValue()).isBetween(18.0, 26.0);
			assertThat(single.requestsFailed()).isZero();
			assertThat(single.measuredOn()).isEqualTo(java.time.LocalDate.of(2026, 11, 23));
			assertThat(out).anyMatch(line -> line.startsWith("calibrating prompts:"))
				.anyMatch(line -> line.startsWith("concurrency 3: "));
		}
	}

	@Test
	void run_missingContextIsRefusedBeforeAnyLoadIsSent() throws IOException {
		try (StreamingTestServer server = new StreamingTestServer(Duration.ofMillis(10), Duration.ofMillis(1), 0)) {
			BenchmarkContext noEngine = new BenchmarkContext(null, "pcie-h100-1x", null, null, "FP8", null, null, null,
					false);

			assertThatThrownBy(() -> this.probes.run(settings(server, List.of(1)), noEngine, line -> {
			}, "test")).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("--gpu-count")
				.hasMessageContaining("--engine ")
				.hasMessageContaining("--engine-version");
			assertThat(server.requests()).isZero();
		}
	}

	private static ProbeSettings settings(StreamingTestServer server, List<Integer> levels) {
		return new ProbeSettings(server.endpoint(), "test-model", null, levels, 120, 8, Duration.ofMillis(1500),
				Duration.ofSeconds(10));
	}

}
