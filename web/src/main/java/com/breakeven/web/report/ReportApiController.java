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

	record ReportView(long id, ReportForm definition) {

	}

	/**
	 * @param periodStart first day covered
	 * @param periodEnd last day covered
	 * @param status SUCCEEDED or FAILED
	 */
	record GenerationView(long id, LocalDate periodStart, LocalDate periodEnd, String status, String failureReason,
			OffsetDateTime startedAt, OffsetDateTime generatedAt, OffsetDateTime emailedAt, List<FileView> files) {

	}

	/**
	 * @param download where the file's bytes are
	 */
	record FileView(long id, String format, String fileName, String contentType, long sizeBytes, String sha256,
			String download) {

	}

	@GetMapping
	ApiPage<ReportView> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return ApiPage.of(this.definitions.all().stream().map(d -> new ReportView(d.id(), ReportForm.of(d))).toList(),
				page, size);
	}

	@GetMapping("/{id}")
	ReportView read(@PathVariable long id) {
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
	ReportView replace(@PathVariable long id, @RequestBody ReportForm form) {
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
	ResponseEntity<Void> delete(@PathVariable long id) {
		definition(id);
		this.definitions.delete(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/history")
	ApiPage<GenerationView> history(@PathVariable long id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		definition(id);
		return ApiPage.of(this.reports.history(id).stream().map(ReportApiController::view).toList(), page, size);
	}

	/** The definition's last complete period, generated now. */
	@PostMapping("/{id}/run")
	GenerationView runNow(@PathVariable long id) {
		definition(id);
		return view(this.runs.runNow(id));
	}

	@GetMapping("/files/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable long fileId) {
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
