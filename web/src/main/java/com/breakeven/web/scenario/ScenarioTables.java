package com.breakeven.web.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Map;
import java.util.List;

import com.breakeven.simulator.montecarlo.MonteCarloResult;
import com.breakeven.simulator.montecarlo.Sensitivity;
import com.breakeven.simulator.projection.Projection;
import com.breakeven.simulator.projection.Strategy;
import com.breakeven.simulator.projection.StrategyMeasures;
import com.breakeven.simulator.projection.StrategyProjection;
import com.breakeven.tco.PerMillionTokens;
import com.breakeven.web.export.Money;
import com.breakeven.web.export.Percent;
import com.breakeven.web.export.Table;
import com.breakeven.web.export.WholeText;

/**
 * The numbers behind every chart of a scenario result, as tables the page shows and
 * exports (CSV, XLSX) write. Amounts are rounded to the currency's decimals only here, at
 * the edge.
 */
public final class ScenarioTables {

	/** An API strategy's rate of return or break-even volume: it buys no hardware. */
	private static final String NO_INVESTMENT = "not applicable (no hardware)";

	/** Names of the tables, as used in export URLs. */
	public static final List<String> NAMES = List.of("summary", "cumulative", "breakdown", "montecarlo", "histogram",
			"tornado");

	private final ScenarioOutcome outcome;

	private final String code;

	private final int digits;

	public ScenarioTables(ScenarioOutcome outcome) {
		this.outcome = outcome;
		this.code = outcome.currency().getCurrencyCode();
		this.digits = outcome.currency().getDefaultFractionDigits();
	}

	/**
	 * A table by name; {@code null} for an unknown name or one without data (no Monte
	 * Carlo).
	 */
	public Table byName(String name) {
		return switch (name) {
			case "summary" -> summary();
			case "cumulative" -> cumulative();
			case "breakdown" -> breakdown();
			case "montecarlo" -> monteCarlo();
			case "histogram" -> histogram();
			case "tornado" -> tornado();
			default -> null;
		};
	}

	/**
	 * Each strategy's measures, as the simulator computes them once: total cost over the
	 * horizon, capex, first full month's opex, cost per million tokens, NPV and IRR
	 * against the current API, payback with its reason, and the break-even volumes
	 * against the current and the cheapest adequate API.
	 */
	public Table summary() {
		Projection p = this.outcome.projection();
		List<List<Object>> rows = new ArrayList<>();
		int perMillionDecimals = PerMillionTokens
			.decimals(p.measures().values().stream().mapToDouble(StrategyMeasures::costPerMillionTokens).toArray());
		for (Map.Entry<Strategy, StrategyMeasures> entry : p.measures().entrySet()) {
			Strategy strategy = entry.getKey();
			StrategyMeasures m = entry.getValue();
			boolean baseline = strategy == Strategy.ALL_API;
			// an API strategy invests nothing: no rate of return, no volume that
			// separates
			// two linear bills (the API answer keeps the engine's full reason)
			boolean invests = strategy != Strategy.ALL_API && strategy != Strategy.CHEAPEST_API;
			rows.add(List.of(strategy.label(), money(p.of(strategy).totalCost()), money(m.capex()),
					money(m.monthlyOpex()), PerMillionTokens.cell(m.costPerMillionTokens(), perMillionDecimals),
					money(m.npv()), whole(baseline ? "baseline" : invests ? StrategyWords.irr(m.irr()) : NO_INVESTMENT),
					whole(baseline ? "baseline" : StrategyWords.payback(m.payback())),
					whole(baseline ? "baseline"
							: invests ? StrategyWords.breakEven(m.breakEvenVsCurrentApi()) : NO_INVESTMENT),
					whole((strategy == Strategy.CHEAPEST_API) ? "baseline"
							: invests ? StrategyWords.breakEven(m.breakEvenVsCheapestApi()) : NO_INVESTMENT)));
		}
		return new Table("Strategies",
				List.of("Strategy", "Total cost over " + p.inputs().horizonMonths() + " months (" + this.code + ")",
						"Capex (" + this.code + ")", "Monthly opex (" + this.code + ")",
						"Cost per million tokens over the horizon (" + this.code + ")",
						"NPV vs current API (" + this.code + ")", "IRR vs current API", "Payback",
						"Break-even vs current API", "Break-even vs cheapest API"),
				rows, this.digits);
	}

	/**
	 * The page's first half of {@link #summary()}: what each strategy costs, in figures
	 * (total, capex, monthly opex, cost per million tokens, NPV).
	 */
	public Table summaryCosts() {
		return columns(summary(), "What each strategy costs", 0, 1, 2, 3, 4, 5);
	}

	/**
	 * The page's second half of {@link #summary()}: when each strategy pays back, in
	 * sentences (payback, IRR, the break-even volumes), which wrap in their own table
	 * instead of widening the figures'.
	 */
	public Table summaryReturns() {
		return columns(summary(), "When each strategy pays back", 0, 7, 6, 8, 9);
	}

	/**
	 * A sentence of the returns table (why never, a volume with its reason), read whole
	 * on the page: that table wraps, so nothing is folded behind "…".
	 */
	private static WholeText whole(String sentence) {
		return new WholeText(sentence);
	}

	/**
	 * The page's first half of {@link #monteCarlo()}: NPV percentiles and the chance of
	 * payback, which fit a wide window without scrolling.
	 */
	public Table monteCarloNpv() {
		Table all = monteCarlo();
		return (all != null) ? columns(all, "NPV and chance of payback", 0, 1, 2, 3, 10) : null;
	}

	/**
	 * The page's second half of {@link #monteCarlo()}: total cost and payback month
	 * percentiles.
	 */
	public Table monteCarloCostAndPayback() {
		Table all = monteCarlo();
		return (all != null) ? columns(all, "Total cost and payback month", 0, 4, 5, 6, 7, 8, 9) : null;
	}

	private static Table columns(Table table, String title, int... columns) {
		List<String> header = new ArrayList<>();
		for (int column : columns) {
			header.add(table.header().get(column));
		}
		List<List<Object>> rows = new ArrayList<>();
		for (List<Object> row : table.rows()) {
			List<Object> picked = new ArrayList<>();
			for (int column : columns) {
				picked.add(row.get(column));
			}
			rows.add(picked);
		}
		return new Table(title, header, rows, table.decimals());
	}

	/**
	 * Leads {@link #cashAndBookValue()}: why a strategy's cumulative cost at the horizon
	 * (cash paid out, as the chart draws it) is above its total cost in the summary: the
	 * total deducts the book value of the nodes still serving then. One sentence per
	 * strategy that owns such nodes, in the tables' decimals; the book value is the
	 * difference of the two amounts shown, so the three figures add up as read.
	 */
	public String cashAndBookValueLead() {
		return "The lines are cash paid out. The total cost in the strategies' table deducts what owned hardware is"
				+ " still worth at the end:";
	}

	/**
	 * The sentences under {@link #cashAndBookValueLead()}; empty when no strategy owns
	 * nodes at the end.
	 */
	public List<String> cashAndBookValue() {
		Projection p = this.outcome.projection();
		int horizon = p.inputs().horizonMonths();
		List<String> sentences = new ArrayList<>();
		for (Strategy strategy : p.byStrategy().keySet()) {
			StrategyProjection projection = p.of(strategy);
			BigDecimal cash = money(projection.cumulativeIn(horizon));
			BigDecimal total = money(projection.totalCost());
			BigDecimal bookValue = cash.subtract(total);
			if (bookValue.signum() > 0) {
				sentences.add(strategy.label() + ": " + Money.text(cash, this.outcome.currency(), this.digits)
						+ " paid out by month " + horizon + " less "
						+ Money.text(bookValue, this.outcome.currency(), this.digits)
						+ ", the straight-line book value of the nodes still serving then, is a total cost of "
						+ Money.text(total, this.outcome.currency(), this.digits) + ".");
			}
		}
		return sentences;
	}

	/** Cumulative cost per strategy, month 0 (up-front purchases) to the horizon. */
	public Table cumulative() {
		Projection p = this.outcome.projection();
		List<Strategy> strategies = new ArrayList<>(p.byStrategy().keySet());
		List<String> header = new ArrayList<>(List.of("Month"));
		strategies.forEach(s -> header.add(s.label() + " (" + this.code + ")"));
		List<double[]> sums = strategies.stream().map(s -> p.of(s).cumulative()).toList();
		List<List<Object>> rows = new ArrayList<>();
		for (int month = 0; month <= p.inputs().horizonMonths(); month++) {
			List<Object> row = new ArrayList<>(List.of(month));
			for (double[] sum : sums) {
				row.add(money(sum[month]));
			}
			rows.add(row);
		}
		return new Table("Cumulative cost", header, rows, this.digits);
	}

	/**
	 * Self-hosting's monthly cost by line, capex spread straight-line over the node's
	 * life (its residual value deducted) instead of paid on delivery, beside the current
	 * API's bill for the same month.
	 */
	public Table breakdown() {
		Projection p = this.outcome.projection();
		StrategyProjection own = p.of(Strategy.SELF_HOSTED);
		StrategyProjection api = p.of(Strategy.ALL_API);
		double perNodeMonth = capexAmortisationPerNodeMonth();
		List<List<Object>> rows = new ArrayList<>();
		for (int month = 1; month <= p.inputs().horizonMonths(); month++) {
			rows.add(List.of(month, money(own.nodesInService()[month] * perNodeMonth), money(own.power()[month]),
					money(own.colocation()[month]), money(own.staff()[month]),
					money(own.support()[month] + own.software()[month]), money(api.api()[month])));
		}
		return new Table("Monthly cost breakdown",
				List.of("Month", "Capex amortisation (" + this.code + ")", "Power (" + this.code + ")",
						"Colocation (" + this.code + ")", "Staff (" + this.code + ")",
						"Support and software (" + this.code + ")", "Current API (" + this.code + ")"),
				rows, this.digits);
	}

	/**
	 * Node capex × (1 − residual) ÷ life: what a node in service costs a month in
	 * depreciation.
	 */
	double capexAmortisationPerNodeMonth() {
		var own = this.outcome.projection().inputs().own();
		return own.node().capex() * (1 - own.residualFraction()) / own.lifeMonths();
	}

	/**
	 * P10, P50, P90 of NPV, total cost and payback per strategy, and the chance of
	 * payback.
	 */
	public Table monteCarlo() {
		MonteCarloResult mc = this.outcome.monteCarlo();
		if (mc == null) {
			return null;
		}
		List<List<Object>> rows = new ArrayList<>();
		for (Strategy strategy : mc.strategies()) {
			MonteCarloResult.Percentiles npv = mc.npvPercentiles(strategy);
			MonteCarloResult.Percentiles total = mc.totalCostPercentiles(strategy);
			MonteCarloResult.Percentiles payback = mc.paybackPercentiles(strategy);
			rows.add(List.of(strategy.label(), money(npv.p10()), money(npv.p50()), money(npv.p90()), money(total.p10()),
					money(total.p50()), money(total.p90()), month(payback.p10()), month(payback.p50()),
					month(payback.p90()), Percent.ofFraction(mc.probabilityOfPayback(strategy))));
		}
		String c = " (" + this.code + ")";
		return new Table("Monte Carlo, " + mc.trials() + " trials, seed " + mc.seed(),
				// P10, P50, P90 in words: a finance reader meets "1 in 10 trials below"
				// more
				// often than the percentile's symbol
				List.of("Strategy", "NPV, 10th percentile" + c, "NPV, median" + c, "NPV, 90th percentile" + c,
						"Total cost, 10th percentile" + c, "Total cost, median" + c, "Total cost, 90th percentile" + c,
						"Payback month, 10th percentile", "Payback month, median", "Payback month, 90th percentile",
						"Chance of payback (%)"),
				rows, this.digits);
	}

	/** The histogram of self-hosting's NPV against the current API. */
	public Table histogram() {
		MonteCarloResult mc = this.outcome.monteCarlo();
		if (mc == null || !mc.strategies().contains(Strategy.SELF_HOSTED)) {
			return null;
		}
		MonteCarloResult.Histogram h = mc.npvHistogram(Strategy.SELF_HOSTED, HISTOGRAM_BINS);
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 0; i < h.counts().length; i++) {
			rows.add(List.of(money(h.lower() + i * h.width()), money(h.lower() + (i + 1) * h.width()), h.counts()[i]));
		}
		return new Table("NPV of self-hosting, distribution",
				List.of("NPV from (" + this.code + ")", "NPV to (" + this.code + ")", "Trials"), rows, this.digits);
	}

	static final int HISTOGRAM_BINS = 30;

	/**
	 * Self-hosting's NPV with each uncertain input at its low and high value, widest
	 * swing first.
	 */
	public Table tornado() {
		Sensitivity.Tornado t = this.outcome.tornado();
		if (t == null) {
			return null;
		}
		List<List<Object>> rows = new ArrayList<>();
		for (Sensitivity.Bar bar : t.bars()) {
			rows.add(List.of(bar.input().label(), BigDecimal.valueOf(bar.lowValue()).stripTrailingZeros(),
					BigDecimal.valueOf(bar.highValue()).stripTrailingZeros(), money(bar.npvAtLow()),
					money(bar.npvAtHigh()), money(bar.swing())));
		}
		String c = " (" + this.code + ")";
		return new Table(
				"Sensitivity of self-hosting's NPV (base " + money(t.baseNpv()).toPlainString() + " " + this.code + ")",
				List.of("Input", "Low value", "High value", "NPV at low" + c, "NPV at high" + c, "Swing" + c), rows,
				this.digits);
	}

	private BigDecimal money(double amount) {
		return BigDecimal.valueOf(amount).setScale(this.digits, RoundingMode.HALF_UP);
	}

	/** A payback month as a number (aligned with the amounts), or "never". */
	private static Object month(double month) {
		return (month >= MonteCarloResult.NEVER) ? "never" : (Object) (int) Math.ceil(month);
	}

}
