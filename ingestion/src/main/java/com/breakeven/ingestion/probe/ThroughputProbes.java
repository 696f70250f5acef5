package com.breakeven.ingestion.probe;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;

import com.breakeven.ingestion.ImportRun;
import com.breakeven.ingestion.throughput.BenchmarkContext;
import com.breakeven.ingestion.throughput.BenchmarkRun;
import com.breakeven.ingestion.throughput.BenchmarkTool;
import com.breakeven.ingestion.throughput.ThroughputImports;

/**
 * Probes a server level by level and stores one measurement per level that completed
 * requests; the context the measurements need (hardware, GPU count, precision, engine) is
 * checked before any load is sent.
 */
@Service
public class ThroughputProbes {

	private final ThroughputImports imports;

	private final Clock clock;

	public ThroughputProbes(ThroughputImports imports, Clock clock) {
		this.imports = imports;
		this.clock = clock;
	}

	/**
	 * @param settings what to send
	 * @param context what the measurements are of (the model is the settings' model)
	 * @param out where progress and each level's figures go
	 * @return the run that stored the measurements
	 * @throws IllegalArgumentException for missing context, before the probe starts
	 * @throws IllegalStateException when no level completed a request (nothing is stored)
	 */
	public ImportRun run(ProbeSettings settings, BenchmarkContext context, Consumer<String> out, String triggeredBy) {
		BenchmarkContext withModel = new BenchmarkContext(settings.model(), context.hardwareProfile(), context.gpu(),
				context.gpuCount(), context.precision(), context.engine(), context.engineVersion(), null, true);
		this.imports.checkProbeContext(withModel);
		OffsetDateTime started = OffsetDateTime.now(this.clock)
			.withOffsetSameInstant(ZoneOffset.UTC)
			.truncatedTo(ChronoUnit.SECONDS);
		List<BenchmarkRun> levels = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		try (OpenAiStreamingProbe probe = new OpenAiStreamingProbe(settings)) {
			out.accept("calibrating prompts: " + probe.calibrate());
			for (int concurrency : settings.concurrencyLevels()) {
				out.accept(String.format(Locale.ROOT, "concurrency %d for %d s …", concurrency,
						settings.duration().toSeconds()));
				LevelResult level = probe.runLevel(concurrency, out);
				out.accept(describe(level));
				if (level.completed() == 0) {
					skipped.add("concurrency " + concurrency + " completed no request");
				}
				else {
					levels.add(toRun(level, settings, started.toLocalDate()));
				}
			}
		}
		if (levels.isEmpty()) {
			throw new IllegalStateException("no level completed a request, nothing stored: " + skipped);
		}
		skipped.forEach(line -> out.accept("not stored: " + line));
		return this.imports.storeProbe("probe " + settings.endpoint() + " " + started, levels, withModel, triggeredBy);
	}

	static BenchmarkRun toRun(LevelResult level, ProbeSettings settings, LocalDate day) {
		double promptTokens = Double.isNaN(level.meanPromptTokens()) ? settings.inputTokens()
				: level.meanPromptTokens();
		return new BenchmarkRun(BenchmarkTool.PROBE, "serving", settings.model(), null, null, level.concurrency(),
				decimal(promptTokens), decimal(level.meanOutputTokens()), decimal(level.outputTokensPerSecond()),
				decimal(level.totalTokensPerSecond()), decimal(level.requestsPerSecond()), decimal(level.ttftP50Ms()),
				decimal(level.ttftP99Ms()), decimal(level.itlP50Ms()), decimal(level.itlP99Ms()),
				decimal(level.e2eP50Ms()), decimal(level.e2eP99Ms()), (long) level.completed(), (long) level.failed(),
				day);
	}

	static String describe(LevelResult level) {
		return String.format(Locale.ROOT,
				"concurrency %d: %d requests in %.1f s (%d errors, %d timeouts, %d malformed streams); "
						+ "%,.1f output tokens/s, %.2f requests/s; TTFT p50 %.0f ms, p99 %.0f ms; "
						+ "ITL p50 %.1f ms, p99 %.1f ms; end-to-end p50 %.0f ms%s",
				level.concurrency(), level.completed(), level.windowSeconds(), level.errors(), level.timeouts(),
				level.malformed(), level.outputTokensPerSecond(), level.requestsPerSecond(), level.ttftP50Ms(),
				level.ttftP99Ms(), level.itlP50Ms(), level.itlP99Ms(), level.e2eP50Ms(),
				level.failureSamples().isEmpty() ? ""
						: "; first failures: " + String.join(" | ", level.failureSamples()));
	}

	private static BigDecimal decimal(double value) {
		return Double.isNaN(value) ? null : BigDecimal.valueOf(value);
	}

}
