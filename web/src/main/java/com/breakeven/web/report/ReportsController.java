package com.breakeven.web.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.breakeven.web.DeleteConfirmation;
import com.breakeven.web.export.Downloads;

/**
 * Scheduled reports in the browser: the definitions, an editor with messages beside the
 * field, each definition's history with its files, "run now" and downloads.
 */
@Controller
class ReportsController {

	private final ReportDefinitions definitions;

	private final GeneratedReports reports;

	private final ReportRuns runs;

	ReportsController(ReportDefinitions definitions, GeneratedReports reports, ReportRuns runs) {
		this.definitions = definitions;
		this.reports = reports;
		this.runs = runs;
	}

	/**
	 * @param latest the last generation, {@code null} if none yet
	 */
	record Listed(ReportDefinition definition, GeneratedReports.Generated latest) {

		/** The schedule preset the definition's cron is, or CUSTOM. */
		public SchedulePreset schedule() {
			return SchedulePreset.of(this.definition.cron());
		}

		/** The formats in one order: PDF, HTML, CSV. */
		public List<ReportFormat> formats() {
			return this.definition.formats().stream().sorted().toList();
		}

	}

	@GetMapping("/reports")
	String list(Model model) {
		model.addAttribute("reports",
				this.definitions.all()
					.stream()
					.map(d -> new Listed(d, this.reports.history(d.id()).stream().findFirst().orElse(null)))
					.toList());
		return "reports";
	}

	@GetMapping("/reports/new")
	String create(Model model) {
		return editor(model, null, ReportForm.blank(), Map.of());
	}

	@PostMapping("/reports")
	String save(@ModelAttribute ReportForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			long id = this.definitions.create(form.definition(null));
			redirect.addFlashAttribute("message", "Saved. It runs on its schedule; run it now to see it.");
			return "redirect:/reports/" + id;
		}
		catch (ReportDefinitions.Refused refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return editor(model, null, form, refused.byField());
		}
	}

	@GetMapping("/reports/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		return editor(model, id, ReportForm.of(definition(id)).grouped(), Map.of());
	}

	@PostMapping("/reports/{id}")
	String update(@PathVariable long id, @ModelAttribute ReportForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		definition(id);
		try {
			this.definitions.update(id, form.definition(id));
			redirect.addFlashAttribute("message", "Saved.");
			return "redirect:/reports/" + id;
		}
		catch (ReportDefinitions.Refused refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return editor(model, id, form, refused.byField());
		}
	}

	@PostMapping("/reports/{id}/delete")
	String delete(@PathVariable long id, @RequestParam(required = false) String confirm, RedirectAttributes redirect) {
		ReportDefinition d = definition(id);
		if (!DeleteConfirmation.given(confirm)) {
			redirect.addFlashAttribute("error", DeleteConfirmation.refusal("report “" + d.name() + "”"));
			return "redirect:/reports/" + id;
		}
		this.definitions.delete(id);
		redirect.addFlashAttribute("message", "Deleted “" + d.name() + "” and its history.");
		return "redirect:/reports";
	}

	@GetMapping("/reports/{id}")
	String history(@PathVariable long id, Model model) {
		ReportDefinition d = definition(id);
		model.addAttribute("report", d);
		model.addAttribute("schedule", SchedulePreset.of(d.cron()));
		model.addAttribute("history", ReportHistory.of(this.reports.history(id)));
		return "report";
	}

	@PostMapping("/reports/{id}/run")
	String runNow(@PathVariable long id, RedirectAttributes redirect) {
		definition(id);
		GeneratedReports.Generated generated = this.runs.runNow(id);
		redirect.addFlashAttribute(generated.succeeded() ? "message" : "error",
				"Run now for " + generated.period().inWords() + ": "
						+ generated.outcome().toLowerCase(java.util.Locale.ROOT)
						+ ((generated.failureReason() != null) ? " — " + generated.failureReason() : ""));
		return "redirect:/reports/" + id;
	}

	@GetMapping("/reports/files/{fileId}")
	ResponseEntity<byte[]> download(@PathVariable long fileId) {
		GeneratedReports.Content content = this.reports.content(fileId)
			.orElseThrow(() -> new NoSuchReport("file", fileId));
		return Downloads.file(content.content(), content.file().fileName(),
				MediaType.parseMediaType(content.file().contentType()));
	}

	private String editor(Model model, Long id, ReportForm form, Map<String, String> errors) {
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("errors", new LinkedHashMap<>(errors));
		model.addAttribute("scopes", List.of("ALL", "PROVIDER", "TEAM", "PROJECT"));
		model.addAttribute("periods", ReportPeriod.Kind.values());
		model.addAttribute("formatsAll", ReportFormat.values());
		model.addAttribute("schedules", SchedulePreset.values());
		return "report-edit";
	}

	private ReportDefinition definition(long id) {
		return this.definitions.find(id).orElseThrow(() -> new NoSuchReport("report", id));
	}

	@org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.NOT_FOUND)
	static class NoSuchReport extends RuntimeException {

		NoSuchReport(String kind, long id) {
			super("no " + kind + " " + id);
		}

	}

}
