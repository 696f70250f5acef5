package com.breakeven.web.imports;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.breakeven.ingestion.ImportKind;
import com.breakeven.ingestion.ImportProgress;
import com.breakeven.ingestion.ImportRun;
import com.breakeven.ingestion.ImportRunRepository;
import com.breakeven.ingestion.PriceFeedImports;
import com.breakeven.ingestion.RowFailure;
import com.breakeven.ingestion.UsageImports;
import com.breakeven.web.api.ApiPage;
import com.breakeven.web.api.ApiProblem;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import com.breakeven.web.api.ApiDocs;

/**
 * Imports over {@code /api/v1}: upload a usage export (imported in the background: the
 * answer is 202 with where to follow it) or a price list or feed (imported at once), list
 * runs, read a run's report and the rows it quarantined.
 */
@RestController
@Tag(name = "imports")
@RequestMapping("/api/v1/imports")
class ImportApiController {

	private static final String RUN_ID = "Import run id, as the list answers it.";

	private final Uploads uploads;

	private final UsageImports usage;

	private final PriceFeedImports prices;

	private final ImportRunRepository runs;

	ImportApiController(Uploads uploads, UsageImports usage, PriceFeedImports prices, ImportRunRepository runs) {
		this.uploads = uploads;
		this.usage = usage;
		this.prices = prices;
		this.runs = runs;
	}

	/**
	 * @param id the run's number; absent for an upload still queued
	 * @param status QUEUED (an upload waiting for the import worker, no run yet),
	 * RUNNING, COMPLETED or FAILED
	 * @param source the file or URL imported: an upload's file name, never the server's
	 * copy of it
	 * @param upload a queued upload's ticket ({@code /api/v1/imports/uploads/{upload}})
	 * @param rowsRead lines read; absent while the run has no counts yet
	 * @param rowsRefused rows quarantined, each with its line, column and reason
	 * @param linesRead while a usage import runs: lines read and committed so far (a
	 * resumed run's earlier executions included)
	 * @param progress while a usage import runs: its phase, lines, per cent, rate and
	 * time left in words
	 */
	record RunView(@Schema(description = "Import run id; absent for an upload still queued.", example = "1") Long id,
			@Schema(description = "USAGE, PRICE, BENCHMARK, PROBE, FX, SAMPLE_DATA or QUALITY.",
					example = "USAGE") String kind,
			@Schema(description = "The usage format or price feed read.", example = "focus") String format,
			@Schema(description = "QUEUED (an upload waiting for the import worker), RUNNING, COMPLETED or FAILED.",
					example = "COMPLETED") String status,
			@Schema(description = "The file or URL imported; an upload's file name, never the server's copy.") String source,
			@Schema(description = "A queued upload's ticket (/api/v1/imports/uploads/{ticket}); absent once it runs.") String upload,
			@Schema(description = "When the run started" + ApiDocs.INSTANT) OffsetDateTime startedAt,
			@Schema(description = "When the run ended" + ApiDocs.INSTANT
					+ " Absent while running.") OffsetDateTime endedAt,
			@Schema(description = "Rows read, a count; absent while the run has no counts yet.") Long rowsRead,
			@Schema(description = "Rows added, a count; absent while the run has no counts yet.") Long rowsAdded,
			@Schema(description = "Rows quarantined (each with its line, column and reason), a count; absent while the "
					+ "run has no counts yet.") Long rowsRefused,
			@Schema(description = "The run's outcome in words.") String message,
			@Schema(description = "While a usage import runs: lines read and committed so far, a count.") Long linesRead,
			@Schema(description = "While a usage import runs: phase, lines, percent done, rate and time left, in words.") String progress) {

		static RunView queued(Uploads.Queued upload) {
			return new RunView(null, ImportKind.USAGE.name(), upload.format(), "QUEUED", upload.fileName(),
					upload.ticket(), null, null, null, null, null, null, null, null);
		}

	}

	/**
	 * @param status QUEUED while the upload waits for the import worker, else its run's
	 * @param run the run, once it has started
	 */
	record UploadView(@Schema(description = "The upload's ticket.") String upload,
			@Schema(description = "QUEUED while the upload waits for the import worker, else its run's status.",
					example = "QUEUED") String status,
			@Schema(description = "The run, once it has started.") RunView run) {

	}

	record QuarantinedRowView(@Schema(description = "The file the row is in (file name only).") String file,
			@Schema(description = "Line number in the file, from 1.", example = "12") long line,
			@Schema(description = "The column at fault.", example = "BilledCost") String column,
			@Schema(description = "The value as read.") String value,
			@Schema(description = "Why the row was refused.") String reason) {

	}

	/**
	 * @param format one of the usage formats (focus, openai-usage, …, generic)
	 * @param mapping the generic format's column mapping
	 * ({@code date=Day,model=Model,input_tokens=Prompt,…})
	 * @param source the name of a generic export's source ({@code finance-export}): a
	 * corrected export of the same source replaces the days it covers, whatever the file
	 * is called; without it the file's name is the source
	 */
	@PostMapping(value = "/usage", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<UploadView> uploadUsage(@RequestPart("file") MultipartFile file,
			@Parameter(
					description = "The usage format: focus, openai-usage, …, generic (as the imports page lists them).",
					example = "focus") @RequestParam String format,
			@Parameter(description = "The generic format's column mapping, column=header pairs separated by commas.",
					example = "date=Day,model=Model,input_tokens=Prompt,output_tokens=Completion,cost=Cost,currency=Currency") @RequestParam(
							required = false) String mapping,
			@Parameter(
					description = "Name of a generic export's source: a corrected export of the same source "
							+ "replaces the days it covers; the file's name when absent.",
					example = "finance-export") @RequestParam(required = false) String source)
			throws IOException {
		String ticket;
		try {
			ticket = this.uploads.importUsage(file, format, mapping, source);
		}
		catch (IllegalArgumentException ex) {
			String message = ex.getMessage();
			throw refused(ex, message.startsWith("format") ? "format"
					: message.startsWith("mapping") ? "mapping" : message.startsWith("source") ? "source" : "file");
		}
		return ResponseEntity.accepted().location(URI.create("/api/v1/imports/uploads/" + ticket)).body(upload(ticket));
	}

	/** Where a usage upload stands: queued, or its run. */
	@GetMapping("/uploads/{ticket}")
	UploadView upload(
			@Parameter(description = "The upload's ticket, as the upload answers it.") @PathVariable String ticket) {
		try {
			return this.uploads.runOf(ticket)
				.map(run -> new UploadView(ticket, run.status().name(), view(run)))
				.orElse(new UploadView(ticket, "QUEUED", null));
		}
		catch (IllegalArgumentException ex) {
			throw ApiProblem.notFound(ex.getMessage(), "ticket");
		}
	}

	/**
	 * @param feed litellm, openrouter or manual
	 * @param asOf the day the prices take effect, ISO-8601; today (UTC) when absent
	 */
	@PostMapping(value = "/prices", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<RunView> uploadPrices(@RequestPart("file") MultipartFile file,
			@Parameter(description = "The price feed the file is in: litellm, openrouter or manual.",
					example = "litellm") @RequestParam String feed,
			@Parameter(description = "The day the prices take effect" + ApiDocs.ISO_DATE + " Today (UTC) when absent.",
					example = "2026-07-01") @RequestParam(
							required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf)
			throws IOException {
		if (!ImportsController.PRICE_FEEDS.contains(feed)) {
			throw ApiProblem.badRequest("feed must be one of " + ImportsController.PRICE_FEEDS + ", was '" + feed + "'",
					"feed");
		}
		Path stored;
		try {
			stored = Uploads.store(file);
		}
		catch (IllegalArgumentException ex) {
			throw refused(ex, "file");
		}
		try {
			ImportRun run = this.prices.run(feed, stored.toString(), asOf, "api upload " + Uploads.label(file));
			return ResponseEntity.status(HttpStatus.CREATED)
				.location(URI.create("/api/v1/imports/" + run.id()))
				.body(view(run));
		}
		finally {
			Uploads.delete(stored);
		}
	}

	/**
	 * A refused upload: 422 for a file name that cannot be stored, 400 for any other
	 * defect of the request.
	 */
	private static ApiProblem refused(IllegalArgumentException ex, String field) {
		// a name or a mapping that cannot be used is content, not the request's form
		return (ex instanceof Uploads.UnusableName || "mapping".equals(field) || "source".equals(field))
				? ApiProblem.unprocessable(ex.getMessage(), field) : ApiProblem.badRequest(ex.getMessage(), field);
	}

	/** Usage uploads queued behind the running import, then the runs. */
	@GetMapping
	ApiPage<RunView> list(
			@Parameter(description = ApiPage.PAGE_PARAMETER,
					example = "0") @RequestParam(required = false) Integer page,
			@Parameter(description = ApiPage.SIZE_PARAMETER,
					example = "50") @RequestParam(required = false) Integer size) {
		List<RunView> all = new ArrayList<>();
		// uploads waiting for the worker first, next to start first; then runs, newest
		// first
		this.uploads.waiting().stream().map(RunView::queued).forEach(all::add);
		this.runs.recent(1_000).stream().map(this::view).forEach(all::add);
		return ApiPage.of(all, page, size);
	}

	@GetMapping("/{id}")
	RunView run(@Parameter(description = RUN_ID, example = "1") @PathVariable long id) {
		return view(found(id));
	}

	@GetMapping("/{id}/quarantine")
	ApiPage<QuarantinedRowView> quarantine(@Parameter(description = RUN_ID, example = "1") @PathVariable long id,
			@Parameter(description = ApiPage.PAGE_PARAMETER,
					example = "0") @RequestParam(required = false) Integer page,
			@Parameter(description = ApiPage.SIZE_PARAMETER,
					example = "50") @RequestParam(required = false) Integer size) {
		found(id);
		List<RowFailure> failures = this.runs.quarantinedRows(id);
		return ApiPage.of(failures.stream()
			.map(f -> new QuarantinedRowView(Uploads.withoutServerPaths(f.sourceFile()), f.line(), f.column(),
					f.rawValue(), Uploads.withoutServerPaths(f.reason())))
			.toList(), page, size);
	}

	private ImportRun found(long id) {
		return this.runs.find(id).orElseThrow(() -> ApiProblem.notFound("no import run " + id, "id"));
	}

	private RunView view(ImportRun run) {
		boolean counted = run.counts() != null;
		ImportProgress progress = this.usage.progress(run.id()).orElse(null);
		return new RunView(run.id(), run.kind().name(), run.format(), run.status().name(),
				Uploads.withoutServerPaths(run.source()), null, run.startedAt(), run.endedAt(),
				counted ? run.counts().read() : null, counted ? run.counts().added() : null,
				counted ? run.counts().rejected() : null, Uploads.withoutServerPaths(run.message()),
				(progress != null) ? progress.linesDone() : null, (progress != null) ? progress.describe() : null);
	}

}
