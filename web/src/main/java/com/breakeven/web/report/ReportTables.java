package com.breakeven.web.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.breakeven.web.dashboard.PriceChanges;
import com.breakeven.web.export.Percent;
import com.breakeven.web.export.Table;

/** A report's sections as tables: the same for its PDF, HTML and CSV. */
final class ReportTables {

	private final ReportData data;

	private final String code;

	private final boolean forPeople;

	/**
	 * @param forPeople whether for the PDF and the web page (sellers and models by name:
	 * "Together AI") or for the CSV (their codes, as every download keeps them)
	 */
	ReportTables(ReportData data, boolean forPeople) {
		this.data = data;
		this.code = data.currency();
		this.forPeople = forPeople;
	}

	/** The headline figures: total, change, budget. */
	Table summary() {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(List.of("Total spend (" + this.code + ")", this.data.total()));
		rows.add(List.of("Previous period (" + this.data.previous() + ", " + this.code + ")",
				this.data.previousTotal()));
		rows.add(List.of("Change against the previous period (%)",
				(this.data.changePercent() != null) ? Percent.of(this.data.changePercent()) : "no spend before"));
		if (this.data.budget() != null) {
			rows.add(List.of("Budget (" + this.code + ")", this.data.budget()));
			rows.add(List.of("Over budget (" + this.code + "; negative: under)", this.data.overBudget()));
		}
		this.data.unconverted()
			.forEach((currency, amount) -> rows.add(List.of("Left out, no exchange rate (" + currency + ")", amount)));
		return new Table("Summary", List.of("Figure", "Value"), rows, 2);
	}

	Table shares(String by, List<ReportData.Share> shares) {
		Map<String, String> names = (this.forPeople && by.equals("provider")) ? ReportCharts.providerNames(shares)
				: Map.of();
		List<List<Object>> rows = new ArrayList<>();
		shares.forEach(
				s -> rows.add(List.of(names.getOrDefault(s.name(), s.name()), s.amount(), Percent.of(s.percent()))));
		return new Table("Spend by " + by, List.of(capitalised(by), "Spend (" + this.code + ")", "Share (%)"), rows, 2);
	}

	Table unitCosts() {
		List<List<Object>> rows = new ArrayList<>();
		for (ReportData.UnitCost u : this.data.unitCosts()) {
			rows.add(Arrays.asList(u.model(), u.tokens(), u.amount(), orDash(u.perMillionTokens()),
					orDash(u.previousPerMillionTokens())));
		}
		return new Table("Unit costs", List.of("Model", "Tokens", "Spend (" + this.code + ")",
				"Per million tokens (" + this.code + ")", "Previous period, per million tokens (" + this.code + ")"),
				rows, 4);
	}

	Table priceChanges() {
		List<List<Object>> rows = new ArrayList<>();
		for (PriceChanges.Change c : this.data.priceChanges()) {
			rows.add(List.of(c.model(), c.day().toString(),
					plain(c.before().inputPerMtok()) + " → " + plain(c.after().inputPerMtok()),
					plain(c.before().outputPerMtok()) + " → " + plain(c.after().outputPerMtok()),
					c.effect().setScale(2, java.math.RoundingMode.HALF_UP)));
		}
		return new Table("Price changes that hit the bill",
				List.of("Model", "From", "Input per Mtok", "Output per Mtok", "Effect on the bill (" + this.code + ")"),
				rows, 2);
	}

	Table recommendations() {
		List<List<Object>> rows = new ArrayList<>();
		int rank = 1;
		for (ReportData.Move m : this.data.recommendations()) {
			rows.add(List.of(rank++, m.workload(),
					this.forPeople ? m.fromWords() + " → " + m.toWords() : m.from() + " → " + m.to(), m.monthlySaving(),
					m.currency(), m.reason()));
		}
		return new Table("Top recommendations",
				List.of("Rank", "Workload", "Move", "Saving a month", "Currency", "Why"), rows, 2);
	}

	Table scenarios() {
		List<List<Object>> rows = new ArrayList<>();
		for (ReportData.ScenarioStatus s : this.data.scenarios()) {
			rows.add(Arrays.asList(s.name(), (s.workload() != null) ? s.workload() : "—",
					BigDecimal.valueOf(Math.round(s.expectedMonthlyOutputTokens())),
					(s.actualMonthlyOutputTokens() != null)
							? BigDecimal.valueOf(Math.round(s.actualMonthlyOutputTokens())) : "no usage",
					(s.paybackMonth() != null)
							? "month " + s.paybackMonth() + " (now month " + s.monthsSinceSaved() + " since saved)"
							: s.note()));
		}
		return new Table("Saved scenarios", List.of("Scenario", "Workload", "Expected output tokens a month",
				"Actual output tokens a month", "Self-hosting payback"), rows, 0);
	}

	/**
	 * Self-hosting's measures in each saved scenario that runs, as its result page shows
	 * them.
	 */
	Table scenarioMeasures() {
		List<List<Object>> rows = new ArrayList<>();
		for (ReportData.ScenarioStatus s : this.data.scenarios()) {
			ReportData.SelfHosted own = s.selfHosted();
			if (own != null) {
				rows.add(Arrays.asList(s.name(), s.currency(), own.capex(), own.npv(), own.irr(),
						(own.costPerMillionTokens() != null) ? own.costPerMillionTokens() : "—", own.breakEven()));
			}
		}
		return new Table("Self-hosting in saved scenarios", List.of("Scenario", "Currency", "Capex",
				"NPV vs current API", "IRR", "Cost per million tokens", "Break-even vs current API"), rows, 2);
	}

	/** Every section in reading order. */
	List<Table> all() {
		return List.of(summary(), shares("provider", this.data.byProvider()), shares("model", this.data.byModel()),
				shares("team", this.data.byTeam()), unitCosts(), priceChanges(), recommendations(), scenarios(),
				scenarioMeasures());
	}

	private static Object orDash(BigDecimal value) {
		return (value != null) ? value : "—";
	}

	private static String plain(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : "—";
	}

	private static String capitalised(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

}
