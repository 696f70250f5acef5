package com.breakeven.web.imports;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.breakeven.ingestion.throughput.BenchmarkContext;
import com.breakeven.ingestion.throughput.BenchmarkTool;
import com.breakeven.pricing.HardwareProfile;
import com.breakeven.tco.Precision;
import com.breakeven.web.api.ApiProblem;
import com.breakeven.web.throughput.BenchmarkChecks;

/**
 * The imports page's benchmark form as typed: every value text, so that a bad number is
 * answered beside its field instead of refused before the controller sees it.
 *
 * @param tool a {@link BenchmarkTool} name offered by the form ({@code VLLM}, …)
 * @param model canonical name of the model served
 * @param hardwareProfile code of the catalogued node the run was on
 * @param gpuCount GPUs serving the model in the run: 1 to the node's GPUs
 * @param precision weight precision as {@link Precision#parse} reads it
 * @param engineVersion optional
 */
record BenchmarkForm(String tool, String model, String hardwareProfile, String gpuCount, String precision,
		String engineVersion) {

	/** The longest precision as typed that a measurement records. */
	static final int PRECISION_LENGTH = 40;

	/**
	 * @param node the catalogued node named by {@link #hardwareProfile}, if there is one
	 * @return the reason for each field that cannot be used, by field name (empty when
	 * all can)
	 */
	Map<String, String> problems(Optional<HardwareProfile> node) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (benchmarkTool().isEmpty()) {
			problems.put("tool", "tool must be one of " + Arrays.toString(BenchmarkTool.values()) + ", was '"
					+ ApiProblem.shortened(this.tool) + "'");
		}
		if (blank(this.model)) {
			problems.put("model", "choose the model the benchmark served");
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
		return problems;
	}

	/** What the file does not record, once {@link #problems} found none. */
	BenchmarkContext context() {
		return new BenchmarkContext(this.model.strip(), this.hardwareProfile, null, gpus(), this.precision.strip(),
				null, blank(this.engineVersion) ? null : this.engineVersion.strip(), null);
	}

	Optional<BenchmarkTool> benchmarkTool() {
		return Arrays.stream(BenchmarkTool.values()).filter(known -> known.name().equals(this.tool)).findFirst();
	}

	private Integer gpus() {
		try {
			return (this.gpuCount != null) ? Integer.valueOf(this.gpuCount.strip()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
