package com.breakeven.web.guardrails;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Budgets as the page and the API meet them: written, checked, stored and read with where
 * they stand.
 */
@Service
public class BudgetService {

	private final Budgets budgets;

	private final SpendGuardrails guardrails;

	BudgetService(Budgets budgets, SpendGuardrails guardrails) {
		this.budgets = budgets;
		this.guardrails = guardrails;
	}

	/**
	 * {@link SpendGuardrails#monthWithoutUsage()}: why the budgets stand in an earlier
	 * month than today's.
	 */
	public Optional<String> monthWithoutUsage() {
		return this.guardrails.monthWithoutUsage();
	}

	/** Every budget with where it stands, by name. */
	public List<BudgetView> all() {
		// the last day with known spend is one question for every budget
		java.util.Optional<java.time.LocalDate> asOf = this.guardrails.asOf();
		return this.budgets.all()
			.stream()
			.map(budget -> BudgetView.of(budget, asOf.map(day -> this.guardrails.reading(budget, day)).orElse(null)))
			.toList();
	}

	public Optional<BudgetView> find(long id) {
		return this.budgets.find(id).map(budget -> BudgetView.of(budget, this.guardrails.reading(budget).orElse(null)));
	}

	/**
	 * @return the new budget's id
	 * @throws BudgetForm.Refused naming each wrong field
	 */
	public long create(BudgetForm form, String user) {
		return this.budgets.create(form.budget(null), user);
	}

	/**
	 * @throws BudgetForm.Refused naming each wrong field
	 */
	public void update(long id, BudgetForm form) {
		this.budgets.update(form.budget(id));
	}

	public void delete(long id) {
		this.budgets.delete(id);
	}

}
