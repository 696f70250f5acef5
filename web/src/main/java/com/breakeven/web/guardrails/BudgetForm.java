package com.breakeven.web.guardrails;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import io.swagger.v3.oas.annotations.media.Schema;

import com.breakeven.ingestion.SpendAnalysis;
import com.breakeven.simulator.guardrails.BudgetPeriod;
import com.breakeven.simulator.guardrails.BudgetStatus;

/**
 * A budget as a person or a client writes it; {@link #budget} checks every field and
 * names each one that is wrong.
 */
@Schema(description = "A budget: an amount per calendar period for a scope of usage.")
public record BudgetForm(
		@Schema(description = "A name people recognise, unique; 1 to 200 characters.",
				example = "AI spend, customer support") String name,
		@Schema(description = "The usage covered: all, provider, team, project, model or workload.", example = "team",
				allowableValues = {
						"all", "provider", "team", "project", "model", "workload" }) String scope,
		@Schema(description = "The provider, team, project, model (canonical name) or workload "
				+ "(\"project on provider/model\") the budget covers; empty for all.",
				example = "customer-support") String scopeValue,
		@Schema(description = "The calendar period the amount is for.", example = "month",
				allowableValues = { "month", "quarter", "year" }) String period,
		@Schema(description = "The amount per period in the budget's currency, positive, at most 1e12.",
				example = "50000") BigDecimal amount,
		@Schema(description = "ISO 4217 code of the amount's currency; spend in other currencies is converted at "
				+ "ECB reference rates.", example = "USD") String currency,
		@Schema(description = "Thresholds in percent of the amount (1 to 1000) at which the actual spend and the "
				+ "forecast spend raise an alert; default 50, 80, 100.",
				example = "[50, 80, 100]") List<Integer> thresholds){

	/** The largest amount a budget takes. */
	static final BigDecimal MAXIMUM_AMOUNT = new BigDecimal("1e12");

	/** Refused fields, by field name. */
	public static class Refused extends IllegalArgumentException {

		private final Map<String, String> byField;

		Refused(Map<String, String> byField) {
			super(byField.toString());
			this.byField = Map.copyOf(byField);
		}

		public Map<String, String> byField() {
			return this.byField;
		}

	}

	/**
	 * @param id the stored id, or {@code null} for a new budget
	 * @return the budget
	 * @throws Refused naming every wrong field
	 */
	Budget budget(Long id) {
		Map<String, String> refused = new LinkedHashMap<>();
		String trimmedName = (this.name == null) ? "" : this.name.strip();
		if (trimmedName.isEmpty() || trimmedName.length() > 200) {
			refused.put("name", "a name of 1 to 200 characters");
		}
		SpendAnalysis.Scope.Kind kind = null;
		try {
			kind = SpendAnalysis.Scope.Kind
				.valueOf(((this.scope == null || this.scope.isBlank()) ? "all" : this.scope.strip())
					.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			refused.put("scope", "one of all, provider, team, project, model, workload; was '" + this.scope + "'");
		}
		String value = (this.scopeValue == null || this.scopeValue.isBlank()) ? null : this.scopeValue.strip();
		if (kind != null && kind != SpendAnalysis.Scope.Kind.ALL && (value == null || value.length() > 500)) {
			refused.put("scopeValue",
					"the " + kind.name().toLowerCase(Locale.ROOT) + " the budget covers, 1 to 500 characters");
		}
		BudgetPeriod budgetPeriod = null;
		try {
			budgetPeriod = BudgetPeriod
				.valueOf(((this.period == null) ? "" : this.period.strip()).toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			refused.put("period", "one of month, quarter, year; was '" + this.period + "'");
		}
		if (this.amount == null || this.amount.signum() <= 0 || this.amount.compareTo(MAXIMUM_AMOUNT) > 0) {
			refused.put("amount", "a positive amount of at most 1e12, was " + this.amount);
		}
		Currency budgetCurrency = null;
		try {
			budgetCurrency = Currency
				.getInstance(((this.currency == null) ? "" : this.currency.strip()).toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			refused.put("currency", "an ISO 4217 code such as USD or EUR, was '" + this.currency + "'");
		}
		List<Integer> levels = (this.thresholds == null || this.thresholds.isEmpty()) ? BudgetStatus.DEFAULT_THRESHOLDS
				: List.copyOf(new TreeSet<>(this.thresholds.stream().map(t -> (t == null) ? 0 : t).toList()));
		if (levels.size() > 10 || levels.stream().anyMatch(t -> t < 1 || t > 1000)) {
			refused.put("thresholds", "up to 10 percentages, each 1 to 1000, were " + this.thresholds);
		}
		if (!refused.isEmpty()) {
			throw new Refused(refused);
		}
		SpendAnalysis.Scope budgetScope = (kind == SpendAnalysis.Scope.Kind.ALL) ? SpendAnalysis.Scope.ALL
				: new SpendAnalysis.Scope(kind, value);
		return new Budget(id, trimmedName, budgetScope, budgetPeriod,
				this.amount.setScale(2, java.math.RoundingMode.HALF_EVEN), budgetCurrency, levels);
	}

	/** Thresholds written "50, 80, 100", as the page's field takes them. */
	static List<Integer> thresholds(String written) {
		if (written == null || written.isBlank()) {
			return List.of();
		}
		try {
			return Arrays.stream(written.split("[,;\\s]+"))
				.filter(part -> !part.isBlank())
				.map(part -> Integer.valueOf(part.replace("%", "")))
				.toList();
		}
		catch (NumberFormatException ex) {
			throw new Refused(Map.of("thresholds", "whole percentages separated by commas, was '" + written + "'"));
		}
	}

	static BudgetForm of(Budget budget) {
		return new BudgetForm(budget.name(), budget.scope().kind().name().toLowerCase(Locale.ROOT),
				budget.scope().value(), budget.period().name().toLowerCase(Locale.ROOT), budget.amount(),
				budget.currency().getCurrencyCode(), budget.thresholds());
	}

}
