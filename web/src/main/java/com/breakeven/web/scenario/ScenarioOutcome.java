package com.breakeven.web.scenario;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import java.util.Currency;

import com.breakeven.simulator.montecarlo.MonteCarloResult;
import com.breakeven.simulator.montecarlo.Sensitivity;
import com.breakeven.simulator.planning.CatalogueNode;
import com.breakeven.simulator.planning.CatalogueSite;
import com.breakeven.simulator.planning.ResolvedPrice;
import com.breakeven.simulator.projection.Projection;
import com.breakeven.tco.Evaluation;

/**
 * What running a scenario gives: the projection of every strategy, the engine's sizing of
 * the own nodes (which measurement, how many nodes), the Monte Carlo run and the tornado
 * when inputs are uncertain, and the catalogue rows the figures came from.
 *
 * @param form the inputs as entered
 * @param currency currency of every amount
 * @param projection month-by-month cost of each strategy
 * @param sizing the engine's evaluation of own hardware in month 1
 * @param monteCarlo the uncertain run, or {@code null} when nothing is uncertain
 * @param tornado NPV swing of self-hosting per uncertain input, or {@code null}
 * @param currentPrice the current API's price: seller, why, terms, conversion
 * @param alternativePrice the alternative API's price, likewise
 * @param hardware the node profile, its money in {@code currency}
 * @param hosting the hosting profile, its money in {@code currency}
 * @param realBill the workload's billed spend in its last full months of imported usage,
 * in {@code currency} (empty for volumes entered by hand)
 */
public record ScenarioOutcome(ScenarioForm form, Currency currency, Projection projection, Evaluation.Evaluated sizing,
		MonteCarloResult monteCarlo, Sensitivity.Tornado tornado, ResolvedPrice currentPrice,
		ResolvedPrice alternativePrice, CatalogueNode hardware, CatalogueSite hosting, List<MonthBill> realBill) {

	public ScenarioOutcome {
		realBill = List.copyOf(realBill);
	}

	/**
	 * @param month a month of imported usage
	 * @param billed what the workload was billed that month, in the outcome's currency
	 */
	public record MonthBill(YearMonth month, BigDecimal billed) {

	}

	/** The same outcome beside the workload's real bill. */
	public ScenarioOutcome withRealBill(List<MonthBill> bill) {
		return new ScenarioOutcome(this.form, this.currency, this.projection, this.sizing, this.monteCarlo,
				this.tornado, this.currentPrice, this.alternativePrice, this.hardware, this.hosting, bill);
	}

	/**
	 * The stored measurement the sizing used, from its source line ("measurement #12:
	 * …").
	 */
	public Long measurementId() {
		String source = this.sizing.measurement().source();
		if (source == null || !source.startsWith("measurement #")) {
			return null;
		}
		int end = source.indexOf(':');
		return Long.valueOf(source.substring("measurement #".length(), end));
	}

}
