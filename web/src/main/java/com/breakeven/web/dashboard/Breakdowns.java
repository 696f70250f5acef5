package com.breakeven.web.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.breakeven.ingestion.SpendAnalysis;
import com.breakeven.web.SellerNames;
import com.breakeven.web.export.Percent;
import com.breakeven.web.export.Table;

/**
 * The dashboard's spend by provider, model, team and project. Where two of them split the
 * spend into the same amounts (in the sample, every project is one team on one model),
 * they are shown as one table with a column for each, rather than as identical tables a
 * reader has to compare to find nothing new.
 */
public final class Breakdowns {

	/** The breakdowns, in the order the page shows them. */
	static final List<String> NAMES = List.of("provider", "model", "team", "project");

	private Breakdowns() {
	}

	/**
	 * @param names the breakdowns this table stands for ("model", "team", "project")
	 * @param table a column per breakdown's key, then the spend and its share of the
	 * total
	 * @param sameAsWorkloads whether the top workloads (project and model pairs) split
	 * the spend into the same amounts too
	 */
	public record Group(List<String> names, Table table, boolean sameAsWorkloads) {

		/** "provider"; "model, team and project". */
		public String inWords() {
			if (this.names.size() == 1) {
				return this.names.get(0);
			}
			return String.join(", ", this.names.subList(0, this.names.size() - 1)) + " and "
					+ this.names.get(this.names.size() - 1);
		}

		/** The table's element id: "by-provider", "by-model-team-project". */
		public String id() {
			return "by-" + String.join("-", this.names);
		}

	}

	/**
	 * The breakdowns, each joined to the first before it whose amounts, largest first,
	 * are the same and all different from one another (equal amounts could pair the wrong
	 * keys in a row).
	 */
	static List<Group> of(SpendAnalysis.SpendReport report) {
		Map<String, List<Map.Entry<String, BigDecimal>>> entries = new LinkedHashMap<>();
		entries.put("provider", report.largestFirst(report.byProvider()));
		entries.put("model", report.largestFirst(report.byModel()));
		entries.put("team", report.largestFirst(report.byTeam()));
		entries.put("project", report.largestFirst(report.byProject()));
		List<List<String>> groups = new ArrayList<>();
		for (String name : NAMES) {
			List<String> same = groups.stream()
				.filter(group -> sameSplit(entries.get(group.get(0)), entries.get(name)))
				.findFirst()
				.orElse(null);
			if (same != null) {
				same.add(name);
			}
			else {
				groups.add(new ArrayList<>(List.of(name)));
			}
		}
		List<Map.Entry<String, BigDecimal>> workloads = report.topWorkloads(Integer.MAX_VALUE);
		Map<String, String> providers = SellerNames.distinct(report.providersBySpend());
		String code = report.currency().getCurrencyCode();
		int digits = report.currency().getDefaultFractionDigits();
		List<Group> tables = new ArrayList<>();
		for (List<String> names : groups) {
			List<String> header = new ArrayList<>();
			names.forEach(name -> header.add(Character.toUpperCase(name.charAt(0)) + name.substring(1)));
			header.add("Spend (" + code + ")");
			header.add("Share of total");
			List<List<Object>> rows = new ArrayList<>();
			List<Map.Entry<String, BigDecimal>> first = entries.get(names.get(0));
			for (int i = 0; i < first.size(); i++) {
				List<Object> row = new ArrayList<>();
				for (String name : names) {
					String key = entries.get(name).get(i).getKey();
					// a provider as people know it ("Together AI"); the downloads keep
					// codes
					row.add(name.equals("provider") ? providers.get(key) : key);
				}
				BigDecimal amount = first.get(i).getValue();
				row.add(amount.setScale(digits, java.math.RoundingMode.HALF_UP));
				row.add(Percent.of(report.percentOfTotal(amount)));
				rows.add(row);
			}
			tables.add(new Group(List.copyOf(names),
					new Table("Spend by " + String.join(", ", names), header, rows, digits),
					sameSplit(first, workloads)));
		}
		return tables;
	}

	static boolean sameSplit(List<Map.Entry<String, BigDecimal>> a, List<Map.Entry<String, BigDecimal>> b) {
		if (a.size() != b.size() || a.size() < 2) {
			return false;
		}
		for (int i = 0; i < a.size(); i++) {
			if (a.get(i).getValue().compareTo(b.get(i).getValue()) != 0) {
				return false;
			}
			if (i > 0 && a.get(i).getValue().compareTo(a.get(i - 1).getValue()) == 0) {
				return false;
			}
		}
		return true;
	}

}
