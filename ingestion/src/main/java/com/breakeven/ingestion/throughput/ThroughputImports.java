package com.breakeven.ingestion.throughput;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.breakeven.ingestion.ImportCounts;
import com.breakeven.ingestion.ImportKind;
import com.breakeven.ingestion.ImportRun;
import com.breakeven.ingestion.ImportRunRepository;
import com.breakeven.ingestion.MeasuredThroughput;
import com.breakeven.ingestion.SourceDocument;
import com.breakeven.ingestion.ThroughputRepository;
import com.breakeven.pricing.Gpu;
import com.breakeven.pricing.HardwareProfile;
import com.breakeven.pricing.HardwareRepository;
import com.breakeven.pricing.Model;
import com.breakeven.pricing.ModelRepository;

/**
 * Imports a benchmark result file as throughput measurements, one per load level (or
 * llama-bench test), with the context the file lacks given by the person importing it.
 * The measurements of one file are stored in one transaction, or none; importing the same
 * bytes again replaces what they stored before (to correct a wrong GPU count, say).
 */
@Service
public class ThroughputImports {

	private final ImportRunRepository runs;

	private final ThroughputRepository measurements;

	private final ModelRepository models;

	private final HardwareRepository hardware;

	private final TransactionTemplate transaction;

	public ThroughputImports(ImportRunRepository runs, ThroughputRepository measurements, ModelRepository models,
			HardwareRepository hardware, PlatformTransactionManager transactions) {
		this.runs = runs;
		this.measurements = measurements;
		this.models = models;
		this.hardware = hardware;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * @param tool the tool that wrote the file
	 * @param file the result file
	 * @param context what the file does not record
	 * @param triggeredBy who asked
	 * @return the import run, COMPLETED with the measurements listed in its message, or
	 * FAILED with the reason (a malformed file) and nothing stored
	 * @throws IllegalArgumentException when context the file lacks was not given, or
	 * names a GPU or hardware profile the catalogue does not hold (nothing is recorded:
	 * it is a usage error, not a failed import)
	 * @throws ModelMismatchException when the model given is not the one the file names
	 * and was not confirmed (nothing is recorded)
	 */
	public ImportRun importFile(BenchmarkTool tool, Path file, BenchmarkContext context, String triggeredBy) {
		byte[] content = read(file);
		String fileName = file.getFileName().toString();
		String sha256 = SourceDocument.sha256(content);
		List<BenchmarkRun> results;
		try {
			results = parse(tool, content, fileName);
		}
		catch (BenchmarkFileException ex) {
			long runId = this.runs.start(ImportKind.BENCHMARK, tool.name(), file.toString(), sha256, triggeredBy);
			this.runs.fail(runId, new ImportCounts(0, 0, 0, 0, 0), ex.getMessage());
			return this.runs.find(runId).orElseThrow();
		}
		return store(ImportKind.BENCHMARK, tool, file.toString(), fileName, sha256, results, context, triggeredBy);
	}

	/**
	 * Refuses, before a probe spends its time, context the probe will need to store its
	 * measurements.
	 * @throws IllegalArgumentException naming each missing option, or an unknown GPU or
	 * hardware profile
	 */
	public void checkProbeContext(BenchmarkContext context) {
		hardware(context, "probe");
		List<String> missing = missingContext(BenchmarkTool.PROBE, context, context.model(), null);
		if (!missing.isEmpty()) {
			throw new IllegalArgumentException("probe: give " + String.join(", ", missing));
		}
	}

	/**
	 * Stores a probe's levels as measurements of one run.
	 * @param source the endpoint probed and when, as the measurements' source
	 * @param levels one result per concurrency level
	 */
	public ImportRun storeProbe(String source, List<BenchmarkRun> levels, BenchmarkContext context,
			String triggeredBy) {
		return store(ImportKind.PROBE, BenchmarkTool.PROBE, source, source, null, levels, context, triggeredBy);
	}

	private ImportRun store(ImportKind kind, BenchmarkTool tool, String source, String sourceRef, String sha256,
			List<BenchmarkRun> results, BenchmarkContext context, String triggeredBy) {
		Hardware where = hardware(context, sourceRef);
		String fileModel = results.isEmpty() ? null : results.get(0).rawModel();
		boolean overridden = context.model() != null && fileModel != null && !sameModel(context.model(), fileModel);
		if (overridden && !context.modelConfirmed()) {
			throw new ModelMismatchException(sourceRef, fileModel, context.model(), catalogued(fileModel));
		}
		List<MeasuredThroughput> measured = new ArrayList<>();
		for (BenchmarkRun result : results) {
			measured.add(measurement(tool, result, context, where, sourceRef));
		}
		return this.transaction.execute(status -> {
			int replaced = (sha256 != null) ? this.measurements.removeImportedFrom(sha256) : 0;
			long runId = this.runs.start(kind, tool.name(), source, sha256, triggeredBy);
			List<String> stored = new ArrayList<>();
			for (MeasuredThroughput m : measured) {
				long id = this.measurements.add(m, runId);
				stored.add(describe(id, m));
			}
			String unknownModel = (!measured.isEmpty() && measured.get(0).modelId() == null)
					? "; model not in the catalogue (kept with its raw name): " + measured.get(0).rawModel() : "";
			if (overridden) {
				unknownModel += "; stored as model '" + context.model() + "', chosen over the file's '" + fileModel
						+ "'";
			}
			this.runs.complete(runId, new ImportCounts(results.size(), measured.size(), 0, 0, 0),
					String.format(
							Locale.ROOT, "%d measurements stored%s%s: %s", measured.size(), (replaced > 0)
									? " (replacing " + replaced + " from an earlier import of the same file)" : "",
							unknownModel, String.join("; ", stored)));
			return this.runs.find(runId).orElseThrow();
		});
	}

	/**
	 * The runs a result file records, refused when they are of several models: one import
	 * is stored as one model at one precision.
	 */
	static List<BenchmarkRun> parse(BenchmarkTool tool, byte[] content, String fileName) {
		List<BenchmarkRun> runs;
		try (InputStream in = new ByteArrayInputStream(content)) {
			runs = switch (tool) {
				case VLLM -> VllmBenchResult.read(in, fileName);
				case LLAMA_BENCH -> LlamaBenchResult.read(in, fileName);
				case GENAI_PERF -> List.of(GenAiPerfResult.read(in, fileName));
				case PROBE -> throw new IllegalArgumentException("the probe writes no result file");
			};
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<String> models = runs.stream().map(BenchmarkRun::rawModel).distinct().toList();
		if (models.size() > 1) {
			throw new BenchmarkFileException(fileName + ": results of " + models.size() + " models ("
					+ String.join(", ", models.stream().map(String::valueOf).toList())
					+ "); an import is stored as one model at one precision: import each model's results as a file"
					+ " of its own");
		}
		return runs;
	}

	/**
	 * Whether two names are the same model: the same text (case aside), or aliases of the
	 * same catalogued model.
	 */
	private boolean sameModel(String chosen, String named) {
		if (chosen.strip().equalsIgnoreCase(named.strip())) {
			return true;
		}
		Optional<Long> chosenId = this.models.resolve(chosen).map(Model::id);
		return chosenId.isPresent() && chosenId.equals(this.models.resolve(named).map(Model::id));
	}

	private String catalogued(String name) {
		return this.models.resolve(name).map(Model::canonicalName).orElse(null);
	}

	private record Hardware(Long profileId, Gpu gpu) {

	}

	private Hardware hardware(BenchmarkContext context, String fileName) {
		if (context.hardwareProfile() != null) {
			HardwareProfile profile = this.hardware.findHardwareProfile(context.hardwareProfile())
				.orElseThrow(() -> new IllegalArgumentException(
						"no hardware profile '" + context.hardwareProfile() + "' in the catalogue"));
			Gpu gpu = this.hardware.findGpu(profile.gpuId()).orElseThrow();
			if (context.gpu() != null && !context.gpu().equals(gpu.code())) {
				throw new IllegalArgumentException("--gpu " + context.gpu() + " contradicts hardware profile "
						+ profile.code() + ", whose GPU is " + gpu.code());
			}
			return new Hardware(profile.id(), gpu);
		}
		if (context.gpu() == null) {
			throw new IllegalArgumentException(
					fileName + ": the file does not say which hardware ran it: give --hardware PROFILE or --gpu GPU");
		}
		Gpu gpu = this.hardware.findGpu(context.gpu())
			.orElseThrow(() -> new IllegalArgumentException("no GPU '" + context.gpu() + "' in the catalogue"));
		return new Hardware(null, gpu);
	}

	private MeasuredThroughput measurement(BenchmarkTool tool, BenchmarkRun run, BenchmarkContext context,
			Hardware where, String fileName) {
		String rawModel = (context.model() != null) ? context.model() : run.rawModel();
		String engine = engine(tool, context);
		String engineVersion = (run.engineVersion() != null) ? run.engineVersion() : context.engineVersion();
		Integer concurrency = (run.concurrency() != null) ? run.concurrency() : context.concurrency();
		List<String> missing = missingContext(tool, context, rawModel, run.engineVersion());
		if (!missing.isEmpty()) {
			throw new IllegalArgumentException(fileName + ": give " + String.join(", ", missing));
		}
		if (context.gpuCount() < 1) {
			throw new IllegalArgumentException("--gpu-count must be >= 1, was " + context.gpuCount());
		}
		Long modelId = this.models.resolve(rawModel).map(Model::id).orElse(null);
		String scenario = switch (run.phase()) {
			case MeasuredThroughput.SERVING -> (concurrency != null) ? "concurrency " + concurrency : "request rate";
			default -> run.phase() + ", 1 sequence";
		};
		return new MeasuredThroughput(null, modelId, rawModel, where.profileId(), where.gpu().id(), context.gpuCount(),
				engine, engineVersion, context.precision(), run.phase(), scenario, concurrency,
				tokens(run.inputTokens()), tokens(run.outputTokens()), run.outputTokensPerSecond(),
				run.totalTokensPerSecond(), run.requestsPerSecond(),
				new MeasuredThroughput.Latencies(run.ttftP50Ms(), run.ttftP99Ms(), run.itlP50Ms(), run.itlP99Ms(),
						run.e2eP50Ms(), run.e2eP99Ms()),
				run.completed(), run.failed(), tool.name(), fileName, run.measuredOn());
	}

	private static List<String> missingContext(BenchmarkTool tool, BenchmarkContext context, String rawModel,
			String engineVersionInFile) {
		List<String> missing = new ArrayList<>();
		if (rawModel == null) {
			missing.add("--model (the file names no model)");
		}
		if (context.gpuCount() == null) {
			missing.add("--gpu-count (no result file records it)");
		}
		if (context.precision() == null) {
			missing.add("--precision (e.g. FP8, BF16, Q4_K_M)");
		}
		if (engine(tool, context) == null) {
			missing.add("--engine (" + tool.code() + " measures any server: vLLM, TensorRT-LLM, SGLang…)");
		}
		if (engineVersionInFile == null && context.engineVersion() == null) {
			missing.add("--engine-version (the file records none)");
		}
		return missing;
	}

	private static String engine(BenchmarkTool tool, BenchmarkContext context) {
		return (context.engine() != null) ? context.engine() : tool.engine();
	}

	/** Mean tokens per request, to the nearest whole token. */
	private static int tokens(BigDecimal mean) {
		return mean.setScale(0, RoundingMode.HALF_UP).intValueExact();
	}

	private static String describe(long id, MeasuredThroughput m) {
		String rate = (m.outputTokensPerSecond() != null)
				? m.outputTokensPerSecond().stripTrailingZeros().toPlainString() + " output tokens/s"
				: m.totalTokensPerSecond().stripTrailingZeros().toPlainString() + " prompt tokens/s";
		return String.format(Locale.ROOT, "#%d %s, %s, %d/%d tokens: %s", id, m.phase(), m.scenario(), m.inputTokens(),
				m.outputTokens(), rate);
	}

	private static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("cannot read " + file + ": " + ex.getMessage(), ex);
		}
	}

}
