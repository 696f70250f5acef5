package com.breakeven.web.guardrails;

import java.math.BigDecimal;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.breakeven.simulator.guardrails.BudgetStatus;
import com.breakeven.web.DeleteConfirmation;
import com.breakeven.web.forms.NumberEditor;

/** The budgets page: each budget with where it stands, and the form to set one. */
@Controller
class BudgetsController {

	private final BudgetService budgets;

	BudgetsController(BudgetService budgets) {
		this.budgets = budgets;
	}

	/**
	 * The form's fields as typed; the amount stays text so that a wrong one is shown back
	 * as typed, and a stored one is shown with thousands separators (read back without
	 * them).
	 */
	record Typed(String name, String scope, String scopeValue, String period, String amount, String currency,
			String thresholds) {

		static Typed of(BudgetForm form) {
			return new Typed(form.name(), form.scope(), form.scopeValue(), form.period(),
					(form.amount() == null) ? "" : NumberEditor.write(form.amount(), true), form.currency(),
					String.join(", ", form.thresholds().stream().map(String::valueOf).toList()));
		}

		static Typed empty(String currency) {
			return new Typed("", "all", "", "month", "", currency, "50, 80, 100");
		}

		BudgetForm form() {
			Map<String, String> refused = new LinkedHashMap<>();
			BigDecimal parsed = null;
			try {
				parsed = NumberEditor.read(this.amount, BigDecimal.class);
			}
			catch (NumberEditor.Refused ex) {
				refused.put("amount", ex.getMessage());
			}
			List<Integer> levels = List.of();
			try {
				levels = BudgetForm.thresholds(this.thresholds);
			}
			catch (BudgetForm.Refused wrong) {
				refused.putAll(wrong.byField());
			}
			BudgetForm form = new BudgetForm(this.name, this.scope, this.scopeValue, this.period, parsed, this.currency,
					levels);
			try {
				form.budget(null);
			}
			catch (BudgetForm.Refused wrong) {
				wrong.byField().forEach(refused::putIfAbsent);
			}
			if (!refused.isEmpty()) {
				throw new BudgetForm.Refused(refused);
			}
			return form;
		}

	}

	@GetMapping("/budgets")
	String list(Model model) {
		return page(model, null, Typed.empty("USD"), Map.of());
	}

	@GetMapping("/budgets/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		BudgetView budget = this.budgets.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no budget " + id));
		return page(model, id, Typed.of(budget.budget()), Map.of());
	}

	@PostMapping("/budgets")
	String create(Typed typed, Principal user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			this.budgets.create(typed.form(), user.getName());
		}
		catch (BudgetForm.Refused refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return page(model, null, typed, refused.byField());
		}
		redirect.addFlashAttribute("message", "Saved budget “" + typed.name().strip() + "”.");
		return "redirect:/budgets";
	}

	@PostMapping("/budgets/{id}")
	String update(@PathVariable long id, Typed typed, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		this.budgets.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no budget " + id));
		try {
			this.budgets.update(id, typed.form());
		}
		catch (BudgetForm.Refused refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return page(model, id, typed, refused.byField());
		}
		redirect.addFlashAttribute("message", "Saved budget “" + typed.name().strip() + "”.");
		return "redirect:/budgets";
	}

	/** Deletes only on the confirmation's second step. */
	@PostMapping("/budgets/{id}/delete")
	String delete(@PathVariable long id, @RequestParam(required = false) String confirm, RedirectAttributes redirect) {
		BudgetView budget = this.budgets.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no budget " + id));
		if (!DeleteConfirmation.given(confirm)) {
			redirect.addFlashAttribute("error", DeleteConfirmation.refusal("budget “" + budget.budget().name() + "”"));
			return "redirect:/budgets";
		}
		this.budgets.delete(id);
		redirect.addFlashAttribute("message",
				"Deleted budget “" + budget.budget().name() + "”; its alerts stay listed.");
		return "redirect:/budgets";
	}

	private String page(Model model, Long editing, Typed form, Map<String, String> errors) {
		model.addAttribute("budgets", this.budgets.all());
		model.addAttribute("monthWithoutUsage", this.budgets.monthWithoutUsage().orElse(null));
		model.addAttribute("editing", editing);
		model.addAttribute("form", form);
		model.addAttribute("errors", new LinkedHashMap<>(errors));
		model.addAttribute("defaultThresholds", BudgetStatus.DEFAULT_THRESHOLDS);
		return "budgets";
	}

}
