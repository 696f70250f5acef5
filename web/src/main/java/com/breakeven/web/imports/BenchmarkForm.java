package com.breakeven.web.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.breakeven.ingestion.throughput.BenchmarkContext;
import com.breakeven.ingestion.throughput.BenchmarkTool;
import com.breakeven.pricing.HardwareProfile;
import com.breakeven.pricing.Model;
import com.breakeven.tco.Precision;
import com.breakeven.web.api.ApiProblem;
import com.breakeven.web.throughput.BenchmarkChecks;

/**
 * The imports page's benchmark form as typed: every value text, so that a bad number is
 * answered beside its field instead of refused before the controller sees it. It offers
 * the tools the command line takes ({@link BenchmarkTool#files()}) and the same context.
 *
 * @param tool a {@link BenchmarkTool} the form offers, by name or command-line code
 * @param model canonical name of the model served; empty to keep the model the file names
 * @param hardwareProfile code of the catalogued node the run was on
 * @param gpuCount devices serving the model in the run: 1 to the node's devices
 * @param precision weight precision as {@link Precision#parse} reads it
 * @param engine the inference server; required for a tool that measures any server
 * (GenAI-Perf), optional otherwise
 * @param engineVersion optional where the file records one
 * @param confirmModel {@code true} when the person confirmed storing the measurements as
 * {@code model} although the file names another
 */
record BenchmarkForm(String tool, String model, String hardwareProfile, String gpuCount, String precision,
		String engine, String engineVersion, String confirmModel) {

	/** The longest precision as typed that a measurement records. */
	static final int PRECISION_LENGTH = 40;

	/** The longest engine name or version a measurement records. */
	static final int ENGINE_LENGTH = 60;

	/**
	 * @param node the catalogued node named by {@link #hardwareProfile}, if there is one
	 * @param chosenModel the catalogued model {@link #model} names, if there is one (a
	 * name typed in the searchable picker may name none)
	 * @return the reason for each field that cannot be used, by field name (empty when
	 * all can)
	 */
	Map<String, String> problems(Optional<HardwareProfile> node, Optional<Model> chosenModel) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (text(this.model) != null && chosenModel.isEmpty()) {
			problems.put("model", "no model '" + ApiProblem.shortened(this.model)
					+ "' in the catalogue: pick one from the list, or leave it empty for the file's");
		}
		Optional<BenchmarkTool> benchmarkTool = benchmarkTool();
		if (benchmarkTool.isEmpty()) {
			problems.put("tool",
					"tool must be " + BenchmarkTool.fileCodes() + ", was '" + ApiProblem.shortened(this.tool) + "'");
		}
		if (node.isEmpty()) {
			problems.put("hardwareProfile",
					"no node '" + ApiProblem.shortened(this.hardwareProfile) + "' in the catalogue: choose one");
		}
		Integer gpus = gpus();
		if (gpus == null) {
			problems.put("gpuCount",
					"GPUs used must be a whole number, was '" + ApiProblem.shortened(this.gpuCount) + "'");
		}
		else if (node.isPresent()) {
			BenchmarkChecks.gpuCount(gpus, node.get())
				.ifPresent(reason -> problems.put("gpuCount", "GPUs used " + reason));
		}
		else if (gpus < 1) {
			problems.put("gpuCount", "GPUs used must be at least 1, was " + gpus);
		}
		if (this.precision != null && this.precision.strip().length() > PRECISION_LENGTH) {
			problems.put("precision", "precision has at most " + PRECISION_LENGTH
					+ " characters (FP8, BF16, Q4_K_M), was '" + ApiProblem.shortened(this.precision) + "'");
		}
		else {
			try {
				Precision.parse(this.precision);
			}
			catch (IllegalArgumentException ex) {
				problems.put("precision", ex.getMessage());
			}
		}
		if (benchmarkTool.isPresent() && benchmarkTool.get().engine() == null && blank(this.engine)) {
			problems.put("engine", benchmarkTool.get().label()
					+ " measures any server: name the engine it measured (vLLM, TensorRT-LLM, SGLang…)");
		}
		tooLong(problems, "engine", "engine", this.engine);
		tooLong(problems, "engineVersion", "engine version", this.engineVersion);
		return problems;
	}

	private static void tooLong(Map<String, String> problems, String field, String name, String value) {
		if (value != null && value.strip().length() > ENGINE_LENGTH) {
			problems.putIfAbsent(field,
					name + " has at most " + ENGINE_LENGTH + " characters, was '" + ApiProblem.shortened(value) + "'");
		}
	}

	/** What the file does not record, once {@link #problems} found none. */
	BenchmarkContext context() {
		return new BenchmarkContext(text(this.model), this.hardwareProfile, null, gpus(), this.precision.strip(),
				text(this.engine), text(this.engineVersion), null, confirmed());
	}

	/** Whether the person ticked the box that confirms the model chosen. */
	boolean confirmed() {
		return "true".equals(this.confirmModel) || "on".equals(this.confirmModel);
	}

	Optional<BenchmarkTool> benchmarkTool() {
		return BenchmarkTool.file(this.tool);
	}

	private Integer gpus() {
		try {
			return (this.gpuCount != null) ? Integer.valueOf(this.gpuCount.strip()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String text(String value) {
		return blank(value) ? null : value.strip();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
