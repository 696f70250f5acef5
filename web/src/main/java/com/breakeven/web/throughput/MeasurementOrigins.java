package com.breakeven.web.throughput;

import java.util.Locale;

import com.breakeven.ingestion.throughput.BenchmarkTool;

/**
 * Where a throughput measurement comes from, in the words people read: the one wording of
 * a stored {@code source_kind} for pages, PDFs, reports and the command line. The API and
 * downloads keep the stored value ({@code PUBLISHED}, {@code VLLM}, …).
 */
public final class MeasurementOrigins {

	private MeasurementOrigins() {
	}

	/**
	 * @param sourceKind the stored kind ({@code PUBLISHED}, {@code MLPERF}, or a
	 * {@link BenchmarkTool}'s name)
	 * @return "published benchmark", "MLPerf result", "measured by you (vLLM bench
	 * serve)", …; an unknown kind as "source " and the kind, never a guess
	 */
	public static String words(String sourceKind) {
		if (sourceKind == null) {
			return "source not recorded";
		}
		return switch (sourceKind) {
			case "PUBLISHED" -> "published benchmark";
			case "MLPERF" -> "MLPerf result";
			case "LLMPERF" -> "measured by you (LLMPerf)";
			default -> tool(sourceKind);
		};
	}

	/** Whether the figure comes from a document rather than a run of your own. */
	static boolean published(String sourceKind) {
		return "PUBLISHED".equals(sourceKind) || "MLPERF".equals(sourceKind);
	}

	private static String tool(String sourceKind) {
		for (BenchmarkTool tool : BenchmarkTool.values()) {
			if (tool.name().equals(sourceKind)) {
				return "measured by you (" + tool.label() + ")";
			}
		}
		return "source " + sourceKind.toLowerCase(Locale.ROOT);
	}

}
