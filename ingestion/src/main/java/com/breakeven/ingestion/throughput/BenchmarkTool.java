package com.breakeven.ingestion.throughput;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a measurement comes from: the benchmark tools whose result files Breakeven reads,
 * and its own probe. {@link #files()} is the one list of tools an import takes, for the
 * command line and the web form alike.
 */
public enum BenchmarkTool {

	/**
	 * {@code vllm bench serve --save-result} / {@code benchmark_serving.py} JSON, one
	 * result per line with {@code --append-result}.
	 */
	VLLM("vllm", "vLLM bench serve", "vLLM"),

	/** llama.cpp {@code llama-bench -o json}, {@code -o csv} or its markdown table. */
	LLAMA_BENCH("llama-bench", "llama.cpp llama-bench", "llama.cpp"),

	/** NVIDIA GenAI-Perf (or AIPerf) profile export, JSON or CSV. */
	GENAI_PERF("genai-perf", "NVIDIA GenAI-Perf / AIPerf", null),

	/** Breakeven's own probe of an OpenAI-compatible server (no file). */
	PROBE("probe", "Breakeven probe", null);

	private final String code;

	private final String label;

	private final String engine;

	BenchmarkTool(String code, String label, String engine) {
		this.code = code;
		this.label = label;
		this.engine = engine;
	}

	/**
	 * @return the engine every result of the tool measured ("vLLM", "llama.cpp"), or
	 * {@code null} for a tool that measures any server (GenAI-Perf, the probe): the
	 * engine is then asked for
	 */
	public String engine() {
		return this.engine;
	}

	/**
	 * @return the command line's name for it: {@code vllm}, {@code llama-bench}, …
	 */
	public String code() {
		return this.code;
	}

	/**
	 * @return its name for people: "vLLM bench serve", …
	 */
	public String label() {
		return this.label;
	}

	/**
	 * @return the tools whose result files an import reads, in this order
	 */
	public static List<BenchmarkTool> files() {
		return Arrays.stream(values()).filter(tool -> tool != PROBE).toList();
	}

	/**
	 * @param code a {@link #code()} or a constant's name, in any case
	 * @return the tool whose result files an import reads, if {@code code} names one
	 */
	public static Optional<BenchmarkTool> file(String code) {
		if (code == null) {
			return Optional.empty();
		}
		String wanted = code.strip().toLowerCase(Locale.ROOT);
		return files().stream()
			.filter(tool -> tool.code.equals(wanted) || tool.name().toLowerCase(Locale.ROOT).equals(wanted))
			.findFirst();
	}

	/**
	 * @return the file tools' codes, for messages: "vllm, llama-bench or genai-perf"
	 */
	public static String fileCodes() {
		List<String> codes = files().stream().map(BenchmarkTool::code).toList();
		return String.join(", ", codes.subList(0, codes.size() - 1)) + " or " + codes.get(codes.size() - 1);
	}

}
