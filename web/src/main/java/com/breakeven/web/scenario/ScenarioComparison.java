package com.breakeven.web.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.breakeven.simulator.montecarlo.MonteCarloResult;
import com.breakeven.simulator.projection.Strategy;
import com.breakeven.web.export.Percent;
import com.breakeven.web.export.Table;

/**
 * Two to four scenario results side by side: one row per figure, one column per scenario.
 * Downloads head each column with the scenario's name; the page names each scenario once,
 * in a key, and heads its column and chart lines with the scenario's {@link #label
 * letter}, so long names are not repeated in every heading and legend.
 */
final class ScenarioComparison {

	private ScenarioComparison() {
	}

	/** "A" for the first scenario compared, "B" for the second, and so on. */
	static String label(int index) {
		return String.valueOf((char) ('A' + index));
	}

	/** The page's short names: "Scenario A", "Scenario B", …. */
	static List<String> labels(List<ScenarioOutcome> outcomes) {
		List<String> labels = new ArrayList<>();
		for (int i = 0; i < outcomes.size(); i++) {
			labels.add("Scenario " + label(i));
		}
		return labels;
	}

	/** The downloads' names: each scenario's own. */
	static List<String> names(List<ScenarioOutcome> outcomes) {
		return outcomes.stream().map(o -> o.form().name()).toList();
	}

	/** The figures, each column headed by the scenario's name. */
	static Table table(List<ScenarioOutcome> outcomes) {
		return table(outcomes, names(outcomes));
	}

	/** The figures, each column headed by the given name of its scenario. */
	static Table table(List<ScenarioOutcome> outcomes, List<String> names) {
		String code = outcomes.get(0).currency().getCurrencyCode();
		int digits = outcomes.get(0).currency().getDefaultFractionDigits();
		Function<Double, Object> money = v -> BigDecimal.valueOf(v).setScale(digits, RoundingMode.HALF_UP);
		List<String> header = new ArrayList<>(List.of("Figure"));
		header.addAll(names);
		List<List<Object>> rows = new ArrayList<>();
		row(rows, "Workload", outcomes, o -> (o.form().workload() != null) ? o.form().workload() : "—");
		row(rows, "Current API model", outcomes, o -> o.form().currentModel());
		row(rows, "Alternative API model", outcomes, o -> o.form().alternativeModel());
		row(rows, "Self-hosted model on", outcomes, o -> o.form().servedModel() + " on " + o.hardware().displayName());
		row(rows, "Output tokens a month", outcomes,
				o -> BigDecimal.valueOf(o.form().monthlyOutputTokens()).setScale(0, RoundingMode.HALF_UP));
		row(rows, "Nodes needed in month 1", outcomes, o -> o.sizing().capacity().nodes());
		row(rows, "Throughput used", outcomes, o -> o.sizing().measurement().source());
		for (Strategy strategy : Strategy.values()) {
			row(rows, strategy.label() + ": total cost (" + code + ")", outcomes,
					o -> o.projection().byStrategy().containsKey(strategy)
							? money.apply(o.projection().of(strategy).totalCost()) : "not projected");
		}
		row(rows, "Self-hosted: NPV vs current API, at the inputs as entered (" + code + ")", outcomes,
				o -> money.apply(o.projection().npvAgainstCurrentApi(Strategy.SELF_HOSTED)));
		row(rows, "Self-hosted: payback", outcomes,
				o -> StrategyWords.payback(o.projection().measures(Strategy.SELF_HOSTED).payback()));
		// one row per percentile, so each is an amount aligned with the others
		List<Function<MonteCarloResult.Percentiles, Double>> percentiles = List.of(MonteCarloResult.Percentiles::p10,
				MonteCarloResult.Percentiles::p50, MonteCarloResult.Percentiles::p90);
		for (int i = 0; i < percentiles.size(); i++) {
			Function<MonteCarloResult.Percentiles, Double> percentile = percentiles.get(i);
			row(rows,
					"Self-hosted: NPV over the uncertain inputs, "
							+ List.of("10th percentile", "median", "90th percentile").get(i) + " (" + code + ")",
					outcomes, o -> {
						MonteCarloResult mc = o.monteCarlo();
						return (mc != null) ? money.apply(percentile.apply(mc.npvPercentiles(Strategy.SELF_HOSTED)))
								: "no uncertain input";
					});
		}
		row(rows, "Self-hosted: chance of payback (%)", outcomes, o -> (o.monteCarlo() != null)
				? Percent.ofFraction(o.monteCarlo().probabilityOfPayback(Strategy.SELF_HOSTED)) : "no uncertain input");
		return new Table("Scenario comparison", header, rows, digits);
	}

	/**
	 * The compared chart's numbers: each scenario's cumulative self-hosted and
	 * current-API cost by month, blank past a scenario's horizon.
	 */
	static Table cumulative(List<ScenarioOutcome> outcomes) {
		return cumulative(outcomes, names(outcomes));
	}

	/** {@link #cumulative(List)}, each scenario's columns headed by the given name. */
	static Table cumulative(List<ScenarioOutcome> outcomes, List<String> names) {
		String code = outcomes.get(0).currency().getCurrencyCode();
		int digits = outcomes.get(0).currency().getDefaultFractionDigits();
		List<String> header = new ArrayList<>(List.of("Month"));
		List<double[]> sums = new ArrayList<>();
		for (int i = 0; i < outcomes.size(); i++) {
			ScenarioOutcome o = outcomes.get(i);
			header.add(names.get(i) + ": self-hosted (" + code + ")");
			header.add(names.get(i) + ": current API (" + code + ")");
			sums.add(o.projection().of(Strategy.SELF_HOSTED).cumulative());
			sums.add(o.projection().of(Strategy.ALL_API).cumulative());
		}
		int lastMonth = sums.stream().mapToInt(sum -> sum.length - 1).max().orElse(0);
		List<List<Object>> rows = new ArrayList<>();
		for (int month = 0; month <= lastMonth; month++) {
			List<Object> row = new ArrayList<>(List.of(month));
			for (double[] sum : sums) {
				row.add((month < sum.length) ? BigDecimal.valueOf(sum[month]).setScale(digits, RoundingMode.HALF_UP)
						: "");
			}
			rows.add(row);
		}
		return new Table("Cumulative cost compared", header, rows, digits);
	}

	private static void row(List<List<Object>> rows, String figure, List<ScenarioOutcome> outcomes,
			Function<ScenarioOutcome, Object> value) {
		List<Object> row = new ArrayList<>(List.of(figure));
		outcomes.forEach(o -> row.add(value.apply(o)));
		rows.add(row);
	}

}
