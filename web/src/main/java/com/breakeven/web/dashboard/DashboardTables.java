package com.breakeven.web.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.breakeven.ingestion.SpendAnalysis;
import com.breakeven.web.DayWords;
import com.breakeven.web.SellerNames;
import com.breakeven.web.export.Table;

/**
 * The dashboard's numbers as tables: each breakdown, the chart's series, price changes.
 */
final class DashboardTables {

	/** What {@code /dashboard/spend.csv?by=} accepts. */
	static final List<String> NAMES = List.of("month", "provider", "model", "team", "project", "month-provider",
			"workload", "price-changes");

	private DashboardTables() {
	}

	/** One breakdown: its key and the spend, in the reporting currency. */
	static Table breakdown(String by, Map<?, BigDecimal> spend, Currency currency) {
		int digits = currency.getDefaultFractionDigits();
		List<List<Object>> rows = new ArrayList<>();
		spend
			.forEach((key, amount) -> rows.add(List.of(key.toString(), amount.setScale(digits, RoundingMode.HALF_UP))));
		return new Table("Spend by " + by, List.of(by, "spend (" + currency.getCurrencyCode() + ")"), rows, digits);
	}

	/**
	 * The monthly chart's numbers: a row per month, a column per provider (largest first)
	 * and the month's total; a provider without spend in a month shows 0. Providers by
	 * their codes, as the downloads keep them.
	 */
	static Table monthByProvider(SpendAnalysis.SpendReport report) {
		return monthByProvider(report, Map.of(), YearMonth::toString);
	}

	/**
	 * The same for the page, each provider by its name ({@link SellerNames#distinct}) and
	 * each month as the chart's axis names it ("Aug 2026").
	 */
	static Table monthByProviderForPage(SpendAnalysis.SpendReport report) {
		return monthByProvider(report, SellerNames.distinct(report.providersBySpend()), DayWords::shortMonth);
	}

	private static Table monthByProvider(SpendAnalysis.SpendReport report, Map<String, String> names,
			Function<YearMonth, String> monthLabel) {
		String code = report.currency().getCurrencyCode();
		int digits = report.currency().getDefaultFractionDigits();
		List<String> providers = report.providersBySpend();
		List<String> header = new ArrayList<>(List.of("Month"));
		providers.forEach(p -> header.add(names.getOrDefault(p, p) + " (" + code + ")"));
		header.add("Total (" + code + ")");
		List<List<Object>> rows = new ArrayList<>();
		for (Map.Entry<YearMonth, Map<String, BigDecimal>> month : report.byMonthAndProvider().entrySet()) {
			List<Object> row = new ArrayList<>(List.of(monthLabel.apply(month.getKey())));
			for (String provider : providers) {
				row.add(month.getValue()
					.getOrDefault(provider, BigDecimal.ZERO)
					.setScale(digits, RoundingMode.HALF_UP));
			}
			row.add(report.byMonth()
				.getOrDefault(month.getKey(), BigDecimal.ZERO)
				.setScale(digits, RoundingMode.HALF_UP));
			rows.add(row);
		}
		return new Table("Spend by month and provider", header, rows, digits);
	}

	/** Every workload (project and model), largest spend first. */
	static Table workloads(SpendAnalysis.SpendReport report) {
		int digits = report.currency().getDefaultFractionDigits();
		List<List<Object>> rows = new ArrayList<>();
		report.topWorkloads(Integer.MAX_VALUE)
			.forEach(w -> rows.add(List.of(w.getKey(), w.getValue().setScale(digits, RoundingMode.HALF_UP))));
		return new Table("Spend by workload",
				List.of("Workload", "Spend (" + report.currency().getCurrencyCode() + ")"), rows, digits);
	}

	/**
	 * List-price changes of the models in use, with what each did to the bill since it
	 * took effect.
	 */
	static Table priceChanges(List<PriceChanges.Change> changes) {
		List<List<Object>> rows = new ArrayList<>();
		for (PriceChanges.Change c : changes) {
			rows.add(List.of(c.model(), c.day().toString(), text(c.before().inputPerMtok()),
					text(c.after().inputPerMtok()), text(c.before().outputPerMtok()), text(c.after().outputPerMtok()),
					c.after().currency().getCurrencyCode(), c.effect().setScale(2, RoundingMode.HALF_UP)));
		}
		return new Table("List price changes", List.of("Model", "From", "Input per Mtok before", "Input per Mtok after",
				"Output per Mtok before", "Output per Mtok after", "Currency", "Effect on the bill"), rows, 2);
	}

	private static Object text(BigDecimal amount) {
		return (amount != null) ? amount.stripTrailingZeros().toPlainString() : "";
	}

}
