package com.breakeven.ingestion.probe.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.breakeven.ingestion.probe.LevelResult;
import com.breakeven.ingestion.probe.OpenAiStreamingProbe;
import com.breakeven.ingestion.probe.ProbeSettings;
import com.breakeven.ingestion.probe.StreamingTestServer;

/**
 * Benchmark (not a test): does the probe keep up with 256 concurrent streams? The local
 * server streams at a known pace, so a probe that keeps up measures the ideal rate and
 * the configured latencies; a probe that falls behind measures less and later. Run with
 * {@code ./bench-probe}; figures go to docs/benchmarks.md by hand.
 */
public final class ProbeAt256Streams {

	private ProbeAt256Streams() {
	}

	public static void main(String[] args) throws Exception {
		int streams = (args.length > 0) ? Integer.parseInt(args[0]) : 256;
		Duration firstToken = Duration.ofMillis(100);
		Duration interToken = Duration.ofMillis(10);
		int outputTokens = 100;
		Duration duration = Duration.ofSeconds(20);
		try (StreamingTestServer server = new StreamingTestServer(firstToken, interToken, 0);
				OpenAiStreamingProbe probe = new OpenAiStreamingProbe(new ProbeSettings(server.endpoint(), "bench",
						null, List.of(streams), 500, outputTokens, duration, Duration.ofSeconds(60)))) {
			probe.calibrate();
			probe.runLevel(streams, line -> {
			});
			Map<String, Long> cpuBefore = cpuByRole();
			long processCpuBefore = processCpuNanos();
			LevelResult level = probe.runLevel(streams, System.out::println);
			long processCpu = processCpuNanos() - processCpuBefore;
			Map<String, Long> cpuAfter = cpuByRole();
			// ideal: each stream completes one request per 100 ms + 99 × 10 ms = 1.09 s
			double requestSeconds = (firstToken.toMillis() + (outputTokens - 1) * interToken.toMillis()) / 1000.0;
			double ideal = streams * outputTokens / requestSeconds;
			System.out.printf(Locale.ROOT,
					"%d streams, %d requests in %.1f s, %d failed%n"
							+ "output tokens/s: measured %,.0f, ideal %,.0f (ratio %.3f)%n"
							+ "TTFT p50 %.1f ms (set %d), p99 %.1f ms; ITL p50 %.2f ms (set %d), p99 %.2f ms%n"
							+ "process CPU (probe and server together): %.1f s over %.1f s of wall time%n",
					streams, level.completed(), level.windowSeconds(), level.failed(), level.outputTokensPerSecond(),
					ideal, level.outputTokensPerSecond() / ideal, level.ttftP50Ms(), firstToken.toMillis(),
					level.ttftP99Ms(), level.itlP50Ms(), interToken.toMillis(), level.itlP99Ms(), processCpu / 1e9,
					level.windowSeconds());
			for (String role : cpuAfter.keySet()) {
				System.out.printf(Locale.ROOT, "  CPU of %s threads: %.1f s%n", role,
						(cpuAfter.get(role) - cpuBefore.getOrDefault(role, 0L)) / 1e9);
			}
		}
	}

	/**
	 * CPU time of the probe's threads (its callbacks, timer and the HTTP client's
	 * selector) apart from the test server's, which shares the process.
	 */
	private static Map<String, Long> cpuByRole() {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		Map<String, Long> cpu = new TreeMap<>();
		for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
			if (info == null) {
				continue;
			}
			String name = info.getThreadName();
			String role = (name.startsWith("probe-") || name.startsWith("HttpClient")) ? "probe"
					: (name.startsWith("pool-") || name.startsWith("HTTP-Dispatcher")) ? "test server" : "other";
			long nanos = threads.getThreadCpuTime(info.getThreadId());
			if (nanos > 0) {
				cpu.merge(role, nanos, Long::sum);
			}
		}
		return cpu;
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

}
