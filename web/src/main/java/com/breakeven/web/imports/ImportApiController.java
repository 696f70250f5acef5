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

/**
 * Imports over {@code /api/v1}: upload a usage export (imported in the background: the
 * answer is 202 with where to follow it) or a price list or feed (imported at once), list
 * runs, read a run's report and the rows it quarantined.
 */
@RestController
@Tag(name = "imports")
@RequestMapping("/api/v1/imports")
class ImportApiController {

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
	record RunView(Long id, String kind, String format, String status, String source, String upload,
			OffsetDateTime startedAt, OffsetDateTime endedAt, Long rowsRead, Long rowsAdded, Long rowsRefused,
			String message, Long linesRead, String progress) {

		static RunView queued(Uploads.Queued upload) {
			return new RunView(null, ImportKind.USAGE.name(), upload.format(), "QUEUED", upload.fileName(),
					upload.ticket(), null, null, null, null, null, null, null, null);
		}

	}

	/**
	 * @param status QUEUED while the upload waits for the import worker, else its run's
	 * @param run the run, once it has started
	 */
	record UploadView(String upload, String status, RunView run) {

	}

	record QuarantinedRowView(String file, long line, String column, String value, String reason) {

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
	ResponseEntity<UploadView> uploadUsage(@RequestPart("file") MultipartFile file, @RequestParam String format,
			@RequestParam(required = false) String mapping, @RequestParam(required = false) String source)
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
	UploadView upload(@PathVariable String ticket) {
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
	ResponseEntity<RunView> uploadPrices(@RequestPart("file") MultipartFile file, @RequestParam String feed,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf)
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
	ApiPage<RunView> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		List<RunView> all = new ArrayList<>();
		// uploads waiting for the worker first, next to start first; then runs, newest
		// first
		this.uploads.waiting().stream().map(RunView::queued).forEach(all::add);
		this.runs.recent(1_000).stream().map(this::view).forEach(all::add);
		return ApiPage.of(all, page, size);
	}

	@GetMapping("/{id}")
	RunView run(@PathVariable long id) {
		return view(found(id));
	}

	@GetMapping("/{id}/quarantine")
	ApiPage<QuarantinedRowView> quarantine(@PathVariable long id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
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
