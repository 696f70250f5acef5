package com.breakeven.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.breakeven.pricing.ColocationBasis;
import com.breakeven.pricing.DeviceKind;
import com.breakeven.pricing.Gpu;
import com.breakeven.pricing.HardwareProfile;
import com.breakeven.pricing.HardwareRepository;
import com.breakeven.pricing.HostingProfile;
import com.breakeven.pricing.Model;
import com.breakeven.pricing.ModelMode;
import com.breakeven.pricing.ModelRepository;
import com.breakeven.pricing.Price;
import com.breakeven.pricing.PriceRepository;
import com.breakeven.pricing.Provider;
import com.breakeven.pricing.ProviderKind;
import com.breakeven.pricing.ProviderRepository;
import com.breakeven.pricing.QualityScore;
import com.breakeven.pricing.QualityScoreRepository;

/**
 * Loads the shipped sample data (module {@code sample-data}, classpath folder
 * {@value #CLASSPATH_FOLDER}) once: all files in one transaction, recorded as a
 * {@link ImportKind#SAMPLE_DATA} import run. A database that already has a completed
 * sample-data run is left alone, so restarts never duplicate it; a bad file loads nothing
 * and names the file, line and field.
 */
@Service
public class SampleDataLoader {

	/** Where the sample files are on the classpath. */
	public static final String CLASSPATH_FOLDER = "sample-data/";

	/** The day the shipped quality scores were copied from their sources. */
	static final LocalDate RECORDED_ON = LocalDate.of(2026, 11, 23);

	private static final Logger log = LoggerFactory.getLogger(SampleDataLoader.class);

	/** Opens one sample file by name ({@code providers.csv}). */
	@FunctionalInterface
	public interface Files {

		InputStream open(String fileName) throws IOException;

	}

	/** What {@link #loadIfAbsent} did. */
	public record Outcome(boolean loaded, long importRunId, long rows) {

	}

	private final ProviderRepository providers;

	private final ModelRepository models;

	private final PriceRepository prices;

	private final HardwareRepository hardware;

	private final ThroughputRepository throughput;

	private final QualityScoreRepository quality;

	private final UsageRepository usage;

	private final ImportRunRepository runs;

	private final TransactionTemplate transaction;

	public SampleDataLoader(ProviderRepository providers, ModelRepository models, PriceRepository prices,
			HardwareRepository hardware, ThroughputRepository throughput, QualityScoreRepository quality,
			UsageRepository usage, ImportRunRepository runs, PlatformTransactionManager transactionManager) {
		this.providers = providers;
		this.models = models;
		this.prices = prices;
		this.hardware = hardware;
		this.throughput = throughput;
		this.quality = quality;
		this.usage = usage;
		this.runs = runs;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/** Loads the sample data shipped on the classpath unless it was loaded before. */
	public Outcome loadIfAbsent() {
		return loadIfAbsent(SampleDataLoader::openFromClasspath, "classpath:" + CLASSPATH_FOLDER);
	}

	/**
	 * Loads sample data from {@code files} unless a sample-data import has completed
	 * before.
	 * @param files opens each file by name
	 * @param sourceDescription where the files are, for the import run
	 * @return whether anything was loaded, and how much
	 */
	public Outcome loadIfAbsent(Files files, String sourceDescription) {
		if (this.runs.hasCompleted(ImportKind.SAMPLE_DATA)) {
			log.info("Sample data already loaded; nothing to do");
			return new Outcome(false, -1, 0);
		}
		try {
			Outcome outcome = this.transaction.execute(status -> load(files, sourceDescription));
			log.info("Loaded {} sample-data rows (import run {})", outcome.rows(), outcome.importRunId());
			return outcome;
		}
		catch (SampleDataException ex) {
			// The load rolled back as a whole; keep a trace of the failure for the
			// imports page.
			this.transaction.executeWithoutResult(status -> {
				long runId = this.runs.start(ImportKind.SAMPLE_DATA, "BREAKEVEN_CSV", sourceDescription, null,
						"startup");
				this.runs.fail(runId, new ImportCounts(0, 0, 0, 0, 1), ex.failure().describe());
			});
			throw ex;
		}
	}

	private Outcome load(Files files, String sourceDescription) {
		long runId = this.runs.start(ImportKind.SAMPLE_DATA, "BREAKEVEN_CSV", sourceDescription, null, "startup");
		long rows = 0;
		Map<String, Long> providerIds = new HashMap<>();
		for (CsvTable.Row row : table(files, "providers.csv", "code", "display_name", "kind", "website")) {
			Provider provider = build(row, () -> Provider.of(row.text("code"), row.text("display_name"),
					row.enumValue("kind", ProviderKind.class), row.optionalText("website")));
			providerIds.put(provider.code(), this.providers.add(provider).id());
			rows++;
		}
		Map<String, Long> modelIds = new HashMap<>();
		for (CsvTable.Row row : table(files, "models.csv", "canonical_name", "creator", "display_name", "family",
				"mode", "open_weights", "context_window_tokens", "max_output_tokens", "parameters_billions",
				"active_parameters_billions", "layers", "kv_heads", "head_dim", "aliases")) {
			long creator = lookup(row, "creator", providerIds::get);
			Model model = this.models.add(build(row,
					() -> new Model(null, row.text("canonical_name"), creator, row.text("display_name"),
							row.optionalText("family"), row.enumValue("mode", ModelMode.class),
							row.bool("open_weights"), row.optionalInteger("context_window_tokens"),
							row.optionalInteger("max_output_tokens"), row.optionalDecimal("parameters_billions"),
							row.optionalDecimal("active_parameters_billions"), row.optionalInteger("layers"),
							row.optionalInteger("kv_heads"), row.optionalInteger("head_dim"))));
			modelIds.put(model.canonicalName(), model.id());
			String aliases = row.optionalText("aliases");
			if (aliases != null) {
				for (String alias : aliases.split(";")) {
					build(row, () -> {
						this.models.addAlias(model.id(), alias, "sample-data");
						return alias;
					});
				}
			}
			rows++;
		}
		for (CsvTable.Row row : table(files, "prices.csv", "model", "provider", "region", "currency", "input_per_mtok",
				"cached_input_per_mtok", "cache_write_per_mtok", "output_per_mtok", "batch_input_per_mtok",
				"batch_output_per_mtok", "effective_from", "source", "source_ref")) {
			long model = lookup(row, "model", modelIds::get);
			long seller = lookup(row, "provider", providerIds::get);
			this.prices
				.add(build(row, () -> new Price(null, model, seller, row.text("region"), 0, row.currency("currency"),
						row.optionalDecimal("input_per_mtok"), row.optionalDecimal("cached_input_per_mtok"),
						row.optionalDecimal("cache_write_per_mtok"), row.optionalDecimal("output_per_mtok"),
						row.optionalDecimal("batch_input_per_mtok"), row.optionalDecimal("batch_output_per_mtok"), null,
						row.date("effective_from"), null, row.text("source"), row.optionalText("source_ref"), false)),
						runId);
			rows++;
		}
		Map<String, Long> gpuIds = new HashMap<>();
		for (CsvTable.Row row : table(files, "gpus.csv", "code", "vendor", "display_name", "memory_gb", "tdp_watts",
				"idle_watts", "unit_price", "currency", "source", "kind")) {
			Gpu gpu = this.hardware.addGpu(build(row,
					() -> new Gpu(null, row.text("code"), row.text("vendor"), row.text("display_name"),
							row.decimal("memory_gb"), row.integer("tdp_watts"), row.integer("idle_watts"),
							row.optionalDecimal("unit_price"),
							(row.optionalText("currency") != null) ? row.currency("currency") : null,
							row.optionalText("source"), row.enumValue("kind", DeviceKind.class))));
			gpuIds.put(gpu.code(), gpu.id());
			rows++;
		}
		for (CsvTable.Row row : table(files, "hardware_profiles.csv", "code", "display_name", "gpu", "gpus_per_node",
				"server_capex", "networking_capex", "installation_capex", "currency", "node_overhead_watts",
				"source")) {
			long gpu = lookup(row, "gpu", gpuIds::get);
			this.hardware.addHardwareProfile(build(row,
					() -> new HardwareProfile(null, row.text("code"), row.text("display_name"), gpu,
							row.integer("gpus_per_node"), row.decimal("server_capex"), row.decimal("networking_capex"),
							row.decimal("installation_capex"), row.currency("currency"),
							row.integer("node_overhead_watts"), row.optionalText("source"))));
			rows++;
		}
		for (CsvTable.Row row : table(files, "hosting_profiles.csv", "code", "display_name", "currency",
				"energy_price_per_kwh", "pue", "colocation_basis", "colocation_price", "rack_power_kw",
				"staff_fte_per_node", "staff_loaded_cost_per_year", "support_fraction_of_capex_per_year",
				"software_per_node_per_year", "source")) {
			this.hardware
				.addHostingProfile(build(row, () -> new HostingProfile(null, row.text("code"), row.text("display_name"),
						row.currency("currency"), row.decimal("energy_price_per_kwh"), row.decimal("pue"),
						row.enumValue("colocation_basis", ColocationBasis.class), row.decimal("colocation_price"),
						row.optionalDecimal("rack_power_kw"), row.decimal("staff_fte_per_node"),
						row.decimal("staff_loaded_cost_per_year"), row.decimal("support_fraction_of_capex_per_year"),
						row.decimal("software_per_node_per_year"), row.optionalText("source"))));
			rows++;
		}
		for (CsvTable.Row row : table(files, "throughput_published.csv", "model", "raw_model", "gpu", "gpu_count",
				"engine", "engine_version", "quantisation", "scenario", "input_tokens", "output_tokens",
				"output_tokens_per_second", "source_kind", "source_ref")) {
			long model = lookup(row, "model", modelIds::get);
			long gpu = lookup(row, "gpu", gpuIds::get);
			this.throughput.add(build(row,
					() -> MeasuredThroughput.published(model, row.text("raw_model"), gpu, row.integer("gpu_count"),
							row.text("engine"), row.optionalText("engine_version"), row.text("quantisation"),
							row.optionalText("scenario"), row.integer("input_tokens"), row.integer("output_tokens"),
							row.decimal("output_tokens_per_second"), row.text("source_kind"), row.text("source_ref"))),
					runId);
			rows++;
		}
		for (CsvTable.Row row : table(files, "quality_scores.csv", "model", "benchmark", "score", "scale_max",
				"source")) {
			long model = lookup(row, "model", modelIds::get);
			this.quality.put(build(row, () -> new QualityScore(null, model, row.text("benchmark"), row.decimal("score"),
					row.optionalDecimal("scale_max"), RECORDED_ON, row.text("source"))));
			rows++;
		}
		for (CsvTable.Row row : table(files, "usage_daily.csv", "usage_date", "provider", "raw_model", "account",
				"project", "team", "application", "input_tokens", "cached_input_tokens", "output_tokens", "requests",
				"batch", "billed_cost", "currency", "source_key", "row_key")) {
			String rawProvider = row.text("provider");
			String rawModel = row.text("raw_model");
			// Unknown names are kept raw (model_id NULL) and reported, never guessed.
			Long model = this.models.resolve(rawModel).map(Model::id).orElse(null);
			UsageDay day = build(row,
					() -> new UsageDay(row.date("usage_date"), providerIds.get(rawProvider), rawProvider, model,
							rawModel, row.optionalText("account"), row.optionalText("project"),
							row.optionalText("team"), row.optionalText("application"), null,
							row.longValue("input_tokens"), row.longValue("cached_input_tokens"), null,
							row.longValue("output_tokens"), row.longValue("requests"), row.bool("batch"),
							row.decimal("billed_cost"), null, null, row.currency("currency"), UsageKind.ESTIMATE,
							"BREAKEVEN_CSV", row.text("source_key"), row.text("row_key")));
			this.usage.add(day, runId, "usage_daily.csv", row.line());
			rows++;
		}
		this.runs.complete(runId, ImportCounts.allAdded(rows), "sample data");
		return new Outcome(true, runId, rows);
	}

	private static Iterable<CsvTable.Row> table(Files files, String fileName, String... columns) {
		try (InputStream in = files.open(fileName)) {
			if (in == null) {
				throw new SampleDataException(new RowFailure(fileName, 1, null, null, "file is missing"), null);
			}
			return CsvTable.read(fileName, in, Set.of(columns)).rows();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read sample file " + fileName, ex);
		}
	}

	private static long lookup(CsvTable.Row row, String column, Function<String, Long> ids) {
		String key = row.text(column);
		Long id = ids.apply(key);
		if (id == null) {
			throw row.failure(column, key, "names nothing defined in the sample files loaded before this one", null);
		}
		return id;
	}

	/**
	 * Runs a record constructor, turning its validation message into a failure that names
	 * the file and line.
	 */
	private static <T> T build(CsvTable.Row row, java.util.function.Supplier<T> constructor) {
		try {
			return constructor.get();
		}
		catch (SampleDataException ex) {
			throw ex;
		}
		catch (IllegalArgumentException ex) {
			throw row.failure(null, null, ex.getMessage(), ex);
		}
	}

	private static InputStream openFromClasspath(String fileName) {
		return SampleDataLoader.class.getClassLoader().getResourceAsStream(CLASSPATH_FOLDER + fileName);
	}

}
