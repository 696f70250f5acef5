package com.breakeven.web.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.breakeven.ingestion.FxRates;
import com.breakeven.ingestion.ImportProgress;
import com.breakeven.ingestion.ImportRun;
import com.breakeven.ingestion.ImportRunRepository;
import com.breakeven.ingestion.PriceFeedImports;
import com.breakeven.ingestion.UsageImports;
import com.breakeven.ingestion.quality.QualityImports;
import com.breakeven.ingestion.throughput.BenchmarkTool;
import com.breakeven.ingestion.throughput.ModelMismatchException;
import com.breakeven.ingestion.throughput.ThroughputImports;
import com.breakeven.pricing.HardwareRepository;
import com.breakeven.pricing.ModelRepository;
import com.breakeven.pricing.feed.LiteLlmFeed;
import com.breakeven.pricing.feed.ManualPriceList;
import com.breakeven.pricing.feed.OpenRouterFeed;
import com.breakeven.web.export.Downloads;

/**
 * Imports in the browser: upload a usage export, a price feed or list, a benchmark result
 * or quality scores (own evaluations, LMArena's leaderboard), choose its format, follow
 * the running job, read each run's report and the rows it quarantined with their reasons.
 * Files are stored as {@link Uploads} stores them.
 */
@Controller
class ImportsController {

	/** Price feeds a file can be read as. */
	static final List<String> PRICE_FEEDS = List.of(LiteLlmFeed.CODE, OpenRouterFeed.CODE, ManualPriceList.CODE);

	private static final int RECENT_RUNS = 30;

	/** The shapes the ECB publishes its reference rates in. */
	private static final Set<String> FX_EXTENSIONS = Set.of("xml", "csv", "zip");

	private final UsageImports usage;

	private final Uploads uploads;

	private final PriceFeedImports prices;

	private final ThroughputImports throughput;

	private final QualityImports quality;

	private final ImportRunRepository runs;

	private final ModelRepository models;

	private final HardwareRepository hardware;

	private final FxRates rates;

	ImportsController(UsageImports usage, Uploads uploads, PriceFeedImports prices, ThroughputImports throughput,
			QualityImports quality, ImportRunRepository runs, ModelRepository models, HardwareRepository hardware,
			FxRates rates) {
		this.rates = rates;
		this.usage = usage;
		this.uploads = uploads;
		this.prices = prices;
		this.throughput = throughput;
		this.quality = quality;
		this.runs = runs;
		this.models = models;
		this.hardware = hardware;
	}

	@GetMapping("/imports")
	String page(Model model) {
		model.addAttribute("runs", ImportTables.recent(this.runs.recent(RECENT_RUNS)));
		model.addAttribute("priceFeeds", named(PRICE_FEEDS));
		model.addAttribute("usageFormats", named(UsageImports.formats()));
		model.addAttribute("qualityFormats", named(QualityImports.FORMATS));
		model.addAttribute("tools", BenchmarkTool.files());
		model.addAttribute("models", this.models.findAll());
		model.addAttribute("hardwareProfiles", this.hardware.findAllHardwareProfiles());
		model.addAttribute("progress", this.usage.latestProgress().orElse(null));
		model.addAttribute("queued", this.uploads.waiting());
		return "imports";
	}

	/** Codes a form submits, each with its name for the choice people see, in order. */
	private static Map<String, String> named(List<String> codes) {
		Map<String, String> named = new LinkedHashMap<>();
		codes.forEach(code -> named.put(code, ImportWords.format(code)));
		return named;
	}

	@PostMapping("/imports/usage")
	String uploadUsage(@RequestParam("file") MultipartFile file, @RequestParam String format,
			@RequestParam(required = false) String mapping, @RequestParam(required = false) String source,
			RedirectAttributes redirect) {
		try {
			this.uploads.importUsage(file, format, mapping, source);
		}
		catch (IllegalArgumentException | IOException ex) {
			return refuse(redirect, ex.getMessage());
		}
		redirect.addFlashAttribute("message",
				"Importing " + Uploads.label(file) + " as " + ImportWords.format(format) + ": progress below.");
		return "redirect:/imports";
	}

	/**
	 * A price list or feed file, imported at once (feeds are small): its prices take
	 * effect on the day given, or today.
	 */
	@PostMapping("/imports/prices")
	String uploadPrices(@RequestParam("file") MultipartFile file, @RequestParam String feed,
			@RequestParam(required = false) String asOf, RedirectAttributes redirect) {
		if (!PRICE_FEEDS.contains(feed)) {
			return refuse(redirect, "feed must be one of " + PRICE_FEEDS + ", was '" + feed + "'");
		}
		LocalDate day;
		try {
			day = day(asOf);
		}
		catch (IllegalArgumentException ex) {
			return refuse(redirect, ex.getMessage());
		}
		return importStored(file, "Price",
				stored -> this.prices.run(feed, stored.toString(), day, "web upload " + Uploads.label(file)), redirect);
	}

	/**
	 * Quality scores, imported at once: an lm-evaluation-harness results file (of the
	 * model named, when the file names none), a CSV of scores, or LMArena's leaderboard
	 * (dated the day given: the file carries no date). The run's page lists every model
	 * key that names no catalogued model.
	 */
	@PostMapping("/imports/quality")
	String uploadQuality(@RequestParam("file") MultipartFile file, @RequestParam String format,
			@RequestParam(required = false) String model, @RequestParam(required = false) String asOf,
			RedirectAttributes redirect) {
		if (!QualityImports.FORMATS.contains(format)) {
			return refuse(redirect, "format must be one of " + QualityImports.FORMATS + ", was '" + format + "'");
		}
		LocalDate day;
		try {
			day = day(asOf);
		}
		catch (IllegalArgumentException ex) {
			return refuse(redirect, ex.getMessage());
		}
		String evaluated = (model == null || model.isBlank()) ? null : model.strip();
		return importStored(file, "Quality",
				stored -> this.quality.importFile(format, stored, evaluated, day, "web upload " + Uploads.label(file)),
				redirect);
	}

	/**
	 * The ECB's euro reference rates as the ECB publishes them (eurofxref XML, the CSV or
	 * its zip), imported at once; a bad rate fails the run naming the file, line and
	 * currency, and stores nothing.
	 */
	@PostMapping("/imports/fx")
	String uploadFx(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) {
		// a stored file is read at once: the timeout only bounds URLs
		return importStored(file, FX_EXTENSIONS, "Exchange-rate", stored -> this.rates.importEcb(stored.toString(),
				Duration.ofSeconds(30), "web upload " + Uploads.label(file)), redirect);
	}

	/** A day typed as 2026-11-01, or {@code null} when left empty. */
	private static LocalDate day(String asOf) {
		try {
			return (asOf == null || asOf.isBlank()) ? null : LocalDate.parse(asOf.strip());
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("as of must be a date like 2026-11-01, was '" + asOf + "'");
		}
	}

	/**
	 * Stores the upload, imports it at once, removes it, and shows the run (or why the
	 * upload was refused).
	 */
	private String importStored(MultipartFile file, String what, Function<Path, ImportRun> importer,
			RedirectAttributes redirect) {
		return importStored(file, Uploads.EXTENSIONS, what, importer, redirect);
	}

	private String importStored(MultipartFile file, Set<String> extensions, String what,
			Function<Path, ImportRun> importer, RedirectAttributes redirect) {
		try {
			Path stored = Uploads.store(file, extensions);
			try {
				ImportRun run = importer.apply(stored);
				redirect.addFlashAttribute("message",
						what + " import run #" + run.id() + " of " + Uploads.label(file) + ": " + run.status().words()
								+ ((run.message() != null) ? " — " + ImportWords.source(run.message()) : ""));
				return "redirect:/imports/" + run.id();
			}
			finally {
				Uploads.delete(stored);
			}
		}
		catch (ModelMismatchException ex) {
			// the caller answers it beside the model field
			throw ex;
		}
		catch (IllegalArgumentException | IOException ex) {
			return refuse(redirect, ex.getMessage());
		}
	}

	/**
	 * A benchmark result with what the file does not record; a value that cannot be used
	 * is answered on the page beside its field (422), and nothing is stored. The model is
	 * the file's unless one is chosen; one chosen that is not the file's is answered
	 * beside the model (422) until the person confirms it.
	 */
	@PostMapping("/imports/throughput")
	String uploadBenchmark(@RequestParam("file") MultipartFile file, BenchmarkForm form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Map<String, String> problems = form.problems(
				(form.hardwareProfile() == null || form.hardwareProfile().isBlank()) ? Optional.empty()
						: this.hardware.findHardwareProfile(form.hardwareProfile()),
				(form.model() == null || form.model().isBlank()) ? Optional.empty()
						: this.models.resolve(form.model().strip()));
		if (!problems.isEmpty()) {
			return answerOnThePage(form, problems, model, response);
		}
		try {
			return importStored(file, "Benchmark",
					stored -> this.throughput.importFile(form.benchmarkTool().orElseThrow(), stored, form.context(),
							"web upload " + Uploads.label(file)),
					redirect);
		}
		catch (ModelMismatchException ex) {
			model.addAttribute("modelToConfirm", ex.chosenModel());
			return answerOnThePage(form,
					Map.of("model",
							Uploads.withoutServerPaths(ex.getMessage())
									+ " (choose the file again and tick the box), or leave the model to the file"),
					model, response);
		}
	}

	private String answerOnThePage(BenchmarkForm form, Map<String, String> problems, Model model,
			HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		model.addAttribute("benchmark", form);
		model.addAttribute("benchmarkProblems", problems);
		return page(model);
	}

	/** The recent runs as CSV or XLSX. */
	@GetMapping("/imports/runs.{format:csv|xlsx}")
	ResponseEntity<byte[]> runsTable(@PathVariable String format) {
		return Downloads.table(ImportTables.runs(this.runs.recent(RECENT_RUNS)), format);
	}

	/** A run's quarantined rows as CSV or XLSX. */
	@GetMapping("/imports/{id}/quarantine.{format:csv|xlsx}")
	ResponseEntity<byte[]> quarantineTable(@PathVariable long id, @PathVariable String format) {
		ImportRun run = this.runs.find(id).orElseThrow(() -> new NoSuchRun(id));
		return Downloads.table(ImportTables.quarantine(run, this.runs.quarantinedRows(id)), format);
	}

	/**
	 * Progress of the running usage import, and the uploads queued behind it by their
	 * original file names, for the page to poll.
	 */
	@GetMapping("/imports/progress")
	@ResponseBody
	ResponseEntity<Map<String, Object>> progress() {
		Map<String, Object> body = new LinkedHashMap<>();
		ImportProgress progress = this.usage.latestProgress().orElse(null);
		body.put("running", progress != null);
		if (progress != null) {
			body.put("runId", progress.runId());
			body.put("phase", progress.phase().name());
			body.put("linesDone", progress.linesDone());
			body.put("totalLines", progress.totalLines());
			body.put("linesPerSecond", Math.round(progress.linesPerSecond()));
			body.put("text", progress.describe());
		}
		body.put("queued",
				this.uploads.waiting()
					.stream()
					.map(upload -> Map.of("fileName", upload.fileName(), "format", upload.format(), "formatName",
							ImportWords.format(upload.format())))
					.toList());
		return ResponseEntity.ok(body);
	}

	@GetMapping("/imports/{id}")
	String run(@PathVariable long id, Model model) {
		ImportRun run = this.runs.find(id).orElseThrow(() -> new NoSuchRun(id));
		model.addAttribute("run", run);
		model.addAttribute("format", ImportWords.format(run.format()));
		model.addAttribute("source", ImportWords.source(run.source()));
		model.addAttribute("runMessage", ImportWords.source(run.message()));
		model.addAttribute("counts", (run.counts() != null) ? ImportWords.counts(run.counts()) : null);
		model.addAttribute("quarantined", ImportTables.quarantine(run, this.runs.quarantinedRows(id)));
		model.addAttribute("progress", this.usage.progress(id).orElse(null));
		return "import-run";
	}

	private static String refuse(RedirectAttributes redirect, String message) {
		redirect.addFlashAttribute("error", Uploads.withoutServerPaths(message));
		return "redirect:/imports";
	}

	@org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.NOT_FOUND)
	static class NoSuchRun extends RuntimeException {

		NoSuchRun(long id) {
			super("no import run " + id);
		}

	}

}
