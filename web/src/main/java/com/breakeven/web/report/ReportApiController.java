package com.breakeven.web.report;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.breakeven.web.api.ApiPage;
import com.breakeven.web.api.ApiProblem;
import com.breakeven.web.export.Downloads;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import com.breakeven.web.api.ApiDocs;

/**
 * Scheduled reports over {@code /api/v1}: definitions (list, create, replace, delete),
 * each one's history, "run now" and file downloads.
 */
@RestController
@Tag(name = "reports")
@RequestMapping("/api/v1/reports")
class ReportApiController {

	private final ReportDefinitions definitions;

	private final GeneratedReports reports;

	private final ReportRuns runs;

	ReportApiController(ReportDefinitions definitions, GeneratedReports reports, ReportRuns runs) {
		this.definitions = definitions;
		this.reports = reports;
		this.runs = runs;
	}

	private static final String REPORT_ID = "Report id, as the list and create answer it.";

	record ReportView(@Schema(description = "Report id.", example = "1") long id,
			@Schema(description = "The report as written.") ReportForm definition) {

	}

	/**
	 * @param periodStart first day covered
	 * @param periodEnd last day covered
	 * @param status SUCCEEDED or FAILED
	 */
	record GenerationView(@Schema(description = "Generation id.", example = "1") long id,
			@Schema(description = "First day covered" + ApiDocs.ISO_DATE, example = "2026-10-01") LocalDate periodStart,
			@Schema(description = "Last day covered" + ApiDocs.ISO_DATE, example = "2026-10-31") LocalDate periodEnd,
			@Schema(description = "SUCCEEDED or FAILED.", example = "SUCCEEDED") String status,
			@Schema(description = "Why it failed; absent when it succeeded.") String failureReason,
			@Schema(description = "When generation started" + ApiDocs.INSTANT) OffsetDateTime startedAt,
			@Schema(description = "When the files were written" + ApiDocs.INSTANT
					+ " Absent when it failed.") OffsetDateTime generatedAt,
			@Schema(description = "When the files were e-mailed" + ApiDocs.INSTANT
					+ " Absent when not sent.") OffsetDateTime emailedAt,
			@Schema(description = "The files written, one per format.") List<FileView> files) {

	}

	/**
	 * @param download where the file's bytes are
	 */
	record FileView(@Schema(description = "File id.", example = "1") long id,
			@Schema(description = "PDF, HTML or CSV.", example = "PDF") String format,
			@Schema(description = "Name the download is saved as.") String fileName,
			@Schema(description = "Media type of the bytes.", example = "application/pdf") String contentType,
			@Schema(description = "Size, bytes.", example = "48213") long sizeBytes,
			@Schema(description = "SHA-256 of the bytes, hex.") String sha256,
			@Schema(description = "Path of the file's bytes.", example = "/api/v1/reports/files/1") String download) {

	}

	@GetMapping
	ApiPage<ReportView> list(
			@Parameter(description = ApiPage.PAGE_PARAMETER,
					example = "0") @RequestParam(required = false) Integer page,
			@Parameter(description = ApiPage.SIZE_PARAMETER,
					example = "50") @RequestParam(required = false) Integer size) {
		return ApiPage.of(this.definitions.all().stream().map(d -> new ReportView(d.id(), ReportForm.of(d))).toList(),
				page, size);
	}

	@GetMapping("/{id}")
	ReportView read(@Parameter(description = REPORT_ID, example = "1") @PathVariable long id) {
		return new ReportView(id, ReportForm.of(definition(id)));
	}

	@PostMapping
	ResponseEntity<ReportView> create(@RequestBody ReportForm form) {
		long id;
		try {
			id = this.definitions.create(form.definition(null));
		}
		catch (ReportDefinitions.Refused refused) {
			throw ApiProblem.unprocessable("the report was not saved: " + refused.byField(), refused.byField());
		}
		return ResponseEntity.created(URI.create("/api/v1/reports/" + id)).body(read(id));
	}

	@PutMapping("/{id}")
	ReportView replace(@Parameter(description = REPORT_ID, example = "1") @PathVariable long id,
			@RequestBody ReportForm form) {
		definition(id);
		try {
			this.definitions.update(id, form.definition(id));
		}
		catch (ReportDefinitions.Refused refused) {
			throw ApiProblem.unprocessable("the report was not saved: " + refused.byField(), refused.byField());
		}
		return read(id);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@Parameter(description = REPORT_ID, example = "1") @PathVariable long id) {
		definition(id);
		this.definitions.delete(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/history")
	ApiPage<GenerationView> history(@Parameter(description = REPORT_ID, example = "1") @PathVariable long id,
			@Parameter(description = ApiPage.PAGE_PARAMETER,
					example = "0") @RequestParam(required = false) Integer page,
			@Parameter(description = ApiPage.SIZE_PARAMETER,
					example = "50") @RequestParam(required = false) Integer size) {
		definition(id);
		return ApiPage.of(this.reports.history(id).stream().map(ReportApiController::view).toList(), page, size);
	}

	/** The definition's last complete period, generated now. */
	@PostMapping("/{id}/run")
	GenerationView runNow(@Parameter(description = REPORT_ID, example = "1") @PathVariable long id) {
		definition(id);
		return view(this.runs.runNow(id));
	}

	@GetMapping("/files/{fileId}")
	ResponseEntity<byte[]> file(
			@Parameter(description = "File id, as a generation lists it.", example = "1") @PathVariable long fileId) {
		GeneratedReports.Content content = this.reports.content(fileId)
			.orElseThrow(() -> ApiProblem.notFound("no report file " + fileId, "fileId"));
		return Downloads.file(content.content(), content.file().fileName(),
				MediaType.parseMediaType(content.file().contentType()));
	}

	private static GenerationView view(GeneratedReports.Generated g) {
		return new GenerationView(g.id(), g.period().start(), g.period().lastDay(), g.status(), g.failureReason(),
				g.startedAt(), g.generatedAt(), g.emailedAt(),
				g.files()
					.stream()
					.map(f -> new FileView(f.id(), f.format().name(), f.fileName(), f.contentType(), f.sizeBytes(),
							f.sha256(), "/api/v1/reports/files/" + f.id()))
					.toList());
	}

	private ReportDefinition definition(long id) {
		return this.definitions.find(id).orElseThrow(() -> ApiProblem.notFound("no report " + id, "id"));
	}

}
