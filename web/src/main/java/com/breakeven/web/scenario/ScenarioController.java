package com.breakeven.web.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.breakeven.web.DeleteConfirmation;
import com.breakeven.ingestion.UsageReconciliation;
import com.breakeven.pricing.HardwareProfile;
import com.breakeven.pricing.HardwareRepository;
import com.breakeven.pricing.ModelRepository;
import com.breakeven.simulator.montecarlo.UncertainInput;
import com.breakeven.simulator.projection.Strategy;
import com.breakeven.tco.Precision;
import com.breakeven.web.chart.Charts;
import com.breakeven.web.export.Downloads;
import com.breakeven.web.export.Table;
import com.breakeven.web.forms.NumberEditor;

/**
 * Scenarios in the browser: the list, the editor (new from a real workload, edit, clone,
 * delete), the result with its charts and tables, exports, and the comparison of two to
 * four scenarios.
 */
@Controller
class ScenarioController {

	private static final int WIDE = 960;

	private static final int TALL = 400;

	private final ScenarioStore store;

	private final ScenarioRunner runner;

	private final ScenarioDefaults defaults;

	private final ModelRepository models;

	private final HardwareRepository hardware;

	private final ScenarioPdf pdf;

	private final UsageReconciliation reconciliation;

	ScenarioController(ScenarioStore store, ScenarioRunner runner, ScenarioDefaults defaults, ModelRepository models,
			HardwareRepository hardware, ScenarioPdf pdf, UsageReconciliation reconciliation) {
		this.reconciliation = reconciliation;
		this.store = store;
		this.runner = runner;
		this.defaults = defaults;
		this.models = models;
		this.hardware = hardware;
		this.pdf = pdf;
	}

	@GetMapping("/scenarios")
	String list(Model model) {
		model.addAttribute("scenarios", this.store.findAll());
		model.addAttribute("workloads", this.defaults.workloads());
		return "scenarios";
	}

	/**
	 * A new scenario from a workload, under a name no saved scenario has ("… (2)"): a
	 * second scenario of the same workload must not look like the first.
	 */
	@GetMapping("/scenarios/new")
	String create(@RequestParam(required = false) String workload, Model model) {
		ScenarioForm form = this.defaults.forWorkload(workload);
		Set<String> taken = this.store.findAll().stream().map(ScenarioStore.Saved::name).collect(Collectors.toSet());
		String name = form.name();
		for (int n = 2; taken.contains(name); n++) {
			name = form.name() + " (" + n + ")";
		}
		return editor(model, UncertainUnits.onPage(form.named(name, form.description())), null);
	}

	@PostMapping("/scenarios")
	String save(@Valid @ModelAttribute("form") ScenarioForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return saveOrUpdate(null, form, errors, model, response, redirect);
	}

	@GetMapping("/scenarios/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		return editor(model, UncertainUnits.onPage(saved(id).form()), id);
	}

	@PostMapping("/scenarios/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ScenarioForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		saved(id);
		return saveOrUpdate(id, form, errors, model, response, redirect);
	}

	@PostMapping("/scenarios/{id}/clone")
	String copy(@PathVariable long id, RedirectAttributes redirect) {
		long copy = this.store.copy(id).orElseThrow(() -> new NoSuchScenario(id));
		redirect.addFlashAttribute("message", "Cloned. Change what differs and save.");
		return "redirect:/scenarios/" + copy + "/edit";
	}

	@PostMapping("/scenarios/{id}/delete")
	String delete(@PathVariable long id, @RequestParam(required = false) String confirm, RedirectAttributes redirect) {
		String name = saved(id).name();
		if (!DeleteConfirmation.given(confirm)) {
			redirect.addFlashAttribute("error", DeleteConfirmation.refusal("scenario “" + name + "”"));
			return "redirect:/scenarios/" + id;
		}
		this.store.delete(id);
		redirect.addFlashAttribute("message", "Deleted “" + name + "”.");
		return "redirect:/scenarios";
	}

	@GetMapping("/scenarios/{id}")
	String result(@PathVariable long id, Model model, HttpServletResponse response) {
		ScenarioStore.Saved saved = saved(id);
		model.addAttribute("scenario", saved);
		try {
			ScenarioOutcome outcome = this.runner.run(saved.form());
			ScenarioTables tables = new ScenarioTables(outcome);
			model.addAttribute("outcome", outcome);
			model.addAttribute("tables", tables);
			model.addAttribute("headline", StrategyWords.headline(outcome.projection()));
			model.addAttribute("invoiced", invoiced(outcome));
			model.addAttribute("selfHostedPayback",
					StrategyWords.payback(outcome.projection().measures(Strategy.SELF_HOSTED).payback()));
			model.addAttribute("selfHostedNpv", outcome.projection().npvAgainstCurrentApi(Strategy.SELF_HOSTED));
			if (outcome.monteCarlo() != null) {
				model.addAttribute("paybackProbability",
						outcome.monteCarlo().probabilityOfPayback(Strategy.SELF_HOSTED));
			}
			model.addAttribute("cumulativeChart", Charts.forPage(ScenarioCharts.cumulative(outcome), WIDE, TALL));
			model.addAttribute("breakdownChart", Charts.forPage(ScenarioCharts.breakdown(outcome, tables), WIDE, TALL));
			if (outcome.monteCarlo() != null) {
				model.addAttribute("histogramChart", Charts.forPage(ScenarioCharts.histogram(outcome), WIDE, 340));
				model.addAttribute("tornadoChart", Charts.forPage(ScenarioCharts.tornado(outcome), WIDE,
						120 + 46 * outcome.tornado().bars().size()));
			}
		}
		catch (ScenarioProblems problems) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			model.addAttribute("problems", problems.byField());
		}
		return "scenario";
	}

	/**
	 * Whether an invoice (a billed amount) was imported for the current model in the
	 * months of the workload's real bill: without one, those amounts are usage priced at
	 * list prices, and the page must not call them billed.
	 */
	private boolean invoiced(ScenarioOutcome outcome) {
		if (outcome.realBill().isEmpty()) {
			return false;
		}
		java.time.LocalDate from = outcome.realBill().get(0).month().atDay(1);
		java.time.LocalDate to = outcome.realBill().get(outcome.realBill().size() - 1).month().atEndOfMonth();
		return this.reconciliation.between(from, to)
			.stream()
			.anyMatch(line -> line.billed() != null && line.model().equals(outcome.form().currentModel()));
	}

	@GetMapping("/scenarios/{id}/{table}.{format:csv|xlsx}")
	ResponseEntity<byte[]> table(@PathVariable long id, @PathVariable String table, @PathVariable String format) {
		ScenarioStore.Saved saved = saved(id);
		Table data = ScenarioTables.NAMES.contains(table)
				? new ScenarioTables(this.runner.run(saved.form())).byName(table) : null;
		if (data == null) {
			return Downloads.plain(HttpStatus.NOT_FOUND, "scenario " + id + " has no table '" + table + "' (tables: "
					+ String.join(", ", ScenarioTables.NAMES) + "; Monte Carlo tables need an uncertain input)");
		}
		return Downloads.table(data, format, "scenario-" + id + "-" + data.fileName(format));
	}

	@GetMapping("/scenarios/{id}/result.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		ScenarioStore.Saved saved = saved(id);
		return Downloads.file(this.pdf.render(this.runner.run(saved.form())), "scenario-" + id + ".pdf", Downloads.PDF);
	}

	@GetMapping("/scenarios/compare")
	String compare(@RequestParam(name = "id", required = false) List<Long> ids, Model model,
			HttpServletResponse response) {
		Comparison comparison = comparison(ids);
		model.addAttribute("comparison", comparison);
		if (comparison.error() != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		else {
			List<String> labels = ScenarioComparison.labels(comparison.outcomes());
			model.addAttribute("labels", labels);
			model.addAttribute("figures", ScenarioComparison.table(comparison.outcomes(), labels));
			model.addAttribute("chart",
					Charts.forPage(ScenarioCharts.compared(comparison.outcomes(), labels), WIDE, TALL));
			model.addAttribute("cumulative", ScenarioComparison.cumulative(comparison.outcomes(), labels));
		}
		return "compare";
	}

	/**
	 * The side-by-side figures, or with {@code table=cumulative} the numbers behind the
	 * overlaid chart.
	 */
	@GetMapping("/scenarios/compare.{format:csv|xlsx}")
	ResponseEntity<byte[]> compareTable(@RequestParam(name = "id", required = false) List<Long> ids,
			@RequestParam(defaultValue = "figures") String table, @PathVariable String format) {
		Comparison comparison = comparison(ids);
		if (comparison.error() != null) {
			return Downloads.plain(HttpStatus.BAD_REQUEST, comparison.error());
		}
		Table data = switch (table) {
			case "figures" -> comparison.table();
			case "cumulative" -> ScenarioComparison.cumulative(comparison.outcomes());
			default -> null;
		};
		if (data == null) {
			return Downloads.plain(HttpStatus.NOT_FOUND,
					"a comparison has no table '" + table + "' (tables: figures, cumulative)");
		}
		return Downloads.table(data, format);
	}

	private Comparison comparison(List<Long> ids) {
		List<Long> distinct = (ids != null) ? ids.stream().distinct().toList() : List.of();
		if (distinct.size() < 2 || distinct.size() > 4) {
			return new Comparison(List.of(), List.of(), null,
					"Pick two to four scenarios to compare (picked " + distinct.size() + ").");
		}
		List<ScenarioOutcome> outcomes = new ArrayList<>();
		for (long id : distinct) {
			ScenarioStore.Saved saved = saved(id);
			try {
				outcomes.add(this.runner.run(saved.form()));
			}
			catch (ScenarioProblems problems) {
				return new Comparison(List.of(), List.of(), null,
						"“" + saved.name() + "” cannot be run: " + problems.getMessage() + ". Edit it first.");
			}
		}
		if (outcomes.stream().map(ScenarioOutcome::currency).distinct().count() > 1) {
			return new Comparison(List.of(), List.of(), null, "The scenarios are in different currencies.");
		}
		return new Comparison(outcomes, distinct, ScenarioComparison.table(outcomes), null);
	}

	/**
	 * @param outcomes the scenarios run
	 * @param ids their ids, in the same order
	 * @param table their key figures side by side, headed by their names
	 * @param error why there is nothing to compare
	 */
	record Comparison(List<ScenarioOutcome> outcomes, List<Long> ids, Table table, String error) {

	}

	/**
	 * @param typed the scenario as the page sent it (uncertain rates in percent); shown
	 * again as typed when refused
	 */
	private String saveOrUpdate(Long id, ScenarioForm typed, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		// null when a field could not be read at all (its message is in errors)
		ScenarioForm form = (typed != null) ? UncertainUnits.fromPage(typed) : null;
		if (!errors.hasErrors()) {
			try {
				// run, not only check: numbers that let the Monte Carlo draw a value an
				// input cannot take (a decline of 100 % or more) are refused here, beside
				// their row, not on the result page; that page then reads this run from
				// the runner's recent runs
				this.runner.evaluate(form);
			}
			catch (ScenarioProblems problems) {
				problems.byField().forEach((field, message) -> {
					if (field.isEmpty()) {
						errors.reject("scenario", message);
					}
					else {
						errors.rejectValue(field, "catalogue", message);
					}
				});
			}
			catch (IllegalArgumentException outOfRange) {
				rejectUncertainRow(form, outOfRange, errors);
			}
		}
		if (!errors.hasErrors()) {
			try {
				long saved = (id == null) ? this.store.create(form, null) : id;
				if (id != null) {
					this.store.update(id, form);
				}
				redirect.addFlashAttribute("message", "Saved “" + form.name() + "”.");
				return "redirect:/scenarios/" + saved;
			}
			catch (ScenarioStore.DuplicateNameException duplicate) {
				errors.rejectValue("name", "duplicate", duplicate.getMessage());
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return editor(model, typed, id);
	}

	/**
	 * Puts the simulator's refusal of a drawn value beside the uncertain row it names
	 * (its message starts with the input's label), in the page's words.
	 */
	private static void rejectUncertainRow(ScenarioForm form, IllegalArgumentException outOfRange,
			BindingResult errors) {
		String message = String.valueOf(outOfRange.getMessage());
		List<ScenarioForm.Uncertainty> rows = form.uncertainties();
		for (int i = 0; i < rows.size(); i++) {
			ScenarioForm.Uncertainty row = rows.get(i);
			if (row.shape() != ScenarioForm.Shape.NONE && message.startsWith(row.input().label() + ":")) {
				errors.rejectValue("uncertainties[" + i + "].a", "range",
						row.input().label() + ": these numbers let the Monte Carlo draw values this input cannot take"
								+ " (such as a rate of 100 % or more, or a share above 100 %); narrow them");
				return;
			}
		}
		errors.reject("scenario", "The scenario cannot be run: " + message);
	}

	private String editor(Model model, ScenarioForm form, Long id) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("scenarioId", id);
		model.addAttribute("models", this.models.findAll());
		List<HardwareProfile> nodes = this.hardware.findAllHardwareProfiles();
		model.addAttribute("hardwareProfiles", nodes);
		model.addAttribute("hostingProfiles", this.hardware.findAllHostingProfiles());
		model.addAttribute("precisions", Precision.values());
		model.addAttribute("shapes", ScenarioForm.Shape.values());
		// a rented GPU is priced in the chosen node's currency (as the engine reads it),
		// so its unit names that currency; a new form shows the node its select shows
		String nodeCurrency = nodes.stream()
			.filter((p) -> form == null || form.hardwareProfile() == null || p.code().equals(form.hardwareProfile()))
			.findFirst()
			.or(() -> nodes.stream().findFirst())
			.map((p) -> p.currency().getCurrencyCode() + " ")
			.orElse("");
		model.addAttribute("rentedGpuUnit", nodeCurrency + UncertainUnits.PER_GPU_HOUR.words());
		Map<UncertainInput, String> inputs = new LinkedHashMap<>();
		Map<UncertainInput, String> units = new LinkedHashMap<>();
		for (UncertainInput input : UncertainInput.values()) {
			inputs.put(input, input.label());
			UncertainUnits unit = UncertainUnits.of(input);
			units.put(input, (unit == UncertainUnits.PER_GPU_HOUR ? nodeCurrency : "") + unit.words());
		}
		model.addAttribute("uncertainInputs", inputs);
		model.addAttribute("uncertainUnits", units);
		return "scenario-edit";
	}

	/**
	 * Numbers shown and read with thousands separators; the seed is an identifier, shown
	 * as bare digits.
	 */
	@InitBinder
	void numbers(WebDataBinder binder) {
		NumberEditor.registerOn(binder);
		binder.registerCustomEditor(Long.class, "seed", NumberEditor.plain(Long.class));
	}

	private ScenarioStore.Saved saved(long id) {
		Optional<ScenarioStore.Saved> saved = this.store.find(id);
		return saved.orElseThrow(() -> new NoSuchScenario(id));
	}

}
