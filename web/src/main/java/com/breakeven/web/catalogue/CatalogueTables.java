package com.breakeven.web.catalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.breakeven.ingestion.MeasuredThroughput;
import com.breakeven.pricing.Gpu;
import com.breakeven.pricing.HardwareProfile;
import com.breakeven.pricing.HostingProfile;
import com.breakeven.pricing.Price;
import com.breakeven.pricing.QualityScore;
import com.breakeven.web.export.Table;
import com.breakeven.web.export.TableCells;
import com.breakeven.web.throughput.MeasurementOrigins;

/**
 * The catalogue pages' tables as the pages show them and exports write them; a missing
 * figure is an empty cell, never a zero.
 */
final class CatalogueTables {

	static final List<String> NAMES = List.of("prices", "gpus", "hardware-profiles", "hosting-profiles", "measurements",
			"quality");

	private CatalogueTables() {
	}

	/**
	 * Every price of one model, each seller's tiers: the numbers behind the price history
	 * chart.
	 */
	static Table prices(String modelName, List<Price> history, Map<Long, String> sellers) {
		// audio prices in two more columns where any seller states one (an audio model),
		// else the text columns alone
		boolean audio = history.stream().anyMatch(p -> p.inputAudioPerMtok() != null || p.outputAudioPerMtok() != null);
		List<List<Object>> rows = new ArrayList<>();
		for (Price p : history) {
			List<Object> row = new ArrayList<>(
					Arrays.asList(sellers.getOrDefault(p.providerId(), "provider " + p.providerId()), p.region(),
							p.contextAboveTokens(), price(p.inputPerMtok()), price(p.cachedInputPerMtok()),
							price(p.outputPerMtok())));
			if (audio) {
				row.add(price(p.inputAudioPerMtok()));
				row.add(price(p.outputAudioPerMtok()));
			}
			row.addAll(Arrays.asList(p.currency().getCurrencyCode(), p.effectiveFrom().toString(),
					(p.effectiveTo() != null) ? p.effectiveTo().toString() : "in force",
					p.source() + ((p.sourceRef() != null) ? ": " + p.sourceRef() : "")));
			rows.add(row);
		}
		String perMtok = per(currencies(history.stream().map(Price::currency)), "Mtok");
		List<String> header = new ArrayList<>(List.of("Seller", "Region", "For prompts over (tokens)",
				"Input " + perMtok, "Cached input " + perMtok, "Output " + perMtok));
		if (audio) {
			header.add("Audio input " + perMtok);
			header.add("Audio output " + perMtok);
		}
		header.addAll(List.of("Currency", "From", "Until", "Source"));
		evenDecimals(rows, 3, 6 + (audio ? 2 : 0));
		return new Table("Prices of " + modelName, header, rows, 4);
	}

	static Table gpus(List<Gpu> gpus) {
		List<List<Object>> rows = new ArrayList<>();
		for (Gpu g : gpus) {
			rows.add(Arrays.asList(g.displayName(), g.kind().words(), plain(g.memoryGb()), g.kind().memoryUnit(),
					g.tdpWatts(), g.idleWatts(), plain(g.unitPrice()),
					(g.currency() != null) ? g.currency().getCurrencyCode() : "", g.source()));
		}
		String currency = in(currencies(gpus.stream().map(Gpu::currency)));
		return new Table("GPUs and other devices", List.of("Device", "Kind", "Memory", "Memory unit", "TDP (W)",
				"Idle (W)", "Unit price" + currency, "Currency", "Source"), rows, 0);
	}

	static Table hardwareProfiles(List<HardwareProfile> profiles, Map<Long, Gpu> gpus) {
		List<List<Object>> rows = new ArrayList<>();
		for (HardwareProfile p : profiles) {
			Gpu gpu = gpus.get(p.gpuId());
			rows.add(Arrays.asList(p.code(), p.displayName(), (gpu != null) ? gpu.displayName() : "", p.gpusPerNode(),
					plain(p.serverCapex()), plain(p.networkingCapex()), plain(p.installationCapex()),
					p.currency().getCurrencyCode(), p.nodeOverheadWatts(), p.source()));
		}
		String currency = in(currencies(profiles.stream().map(HardwareProfile::currency)));
		return new Table("Hardware profiles",
				List.of("Code", "Name", "GPU", "GPUs per node", "Server capex" + currency,
						"Networking capex" + currency, "Installation capex" + currency, "Currency", "Node overhead (W)",
						"Source"),
				rows, 2);
	}

	/**
	 * Hosting profiles; support as a percentage of capex a year (the profile stores the
	 * fraction, 0.08 = 8 %).
	 */
	static Table hostingProfiles(List<HostingProfile> profiles) {
		List<List<Object>> rows = new ArrayList<>();
		for (HostingProfile p : profiles) {
			rows.add(Arrays.asList(p.code(), p.displayName(), p.currency().getCurrencyCode(),
					plain(p.energyPricePerKwh()), plain(p.pue()), p.colocationBasis().words(),
					plain(p.colocationPrice()), plain(p.rackPowerKw()), plain(p.staffFtePerNode()),
					plain(p.staffLoadedCostPerYear()), plain(p.supportFractionOfCapexPerYear().movePointRight(2)),
					plain(p.softwarePerNodePerYear()), p.source()));
		}
		Set<String> currencies = currencies(profiles.stream().map(HostingProfile::currency));
		String currency = in(currencies);
		// energy prices of 0.066 and 0.1864 read as one column at four decimals
		evenDecimals(rows, 3, 5);
		evenDecimals(rows, 6, 7);
		evenDecimals(rows, 8, 9);
		return new Table("Hosting profiles",
				List.of("Code", "Name", "Currency", "Energy price " + per(currencies, "kWh"), "PUE", "Colocation basis",
						"Colocation price" + currency, "Rack power (kW)", "Staff FTE per node",
						"Staff loaded cost a year" + currency, "Support a year (% of capex)",
						"Software per node a year" + currency, "Source"),
				rows, 4);
	}

	/**
	 * The rate a run served: all its GPUs together (the "GPUs" column), as benchmarks and
	 * the probe report it; a scenario counts it once per replica its node holds.
	 */
	static final String OUTPUT_RATE = "Output tokens/s, all the run's GPUs";

	/** Measurements, the first column their number (pages anchor rows on it). */
	static Table measurements(List<MeasuredThroughput> measured, Map<Long, String> modelNames,
			Map<Long, String> gpuNames) {
		List<List<Object>> rows = new ArrayList<>();
		for (MeasuredThroughput m : measured) {
			rows.add(Arrays.asList(m.id(), modelNames.get(m.modelId()), gpuNames.get(m.gpuId()), m.gpuCount(),
					m.engine() + ((m.engineVersion() != null) ? " " + m.engineVersion() : ""), m.quantisation(),
					orBlank(m.concurrency()), m.inputTokens(), m.outputTokens(), plain(m.outputTokensPerSecond()),
					plain(m.latencies().ttftP99Ms()), plain(m.latencies().itlP99Ms()),
					sourceWords(m.sourceKind()) + ": " + m.sourceRef(),
					(m.measuredOn() != null) ? m.measuredOn().toString() : ""));
		}
		return new Table("Throughput measurements",
				List.of("Measurement", "Model", "GPU", "GPUs", "Engine", "Precision", "Concurrency",
						"Input tokens per request", "Output tokens per request", OUTPUT_RATE, "TTFT p99 (ms)",
						"ITL p99 (ms)", "Source", "Measured"),
				rows, 1);
	}

	/** Where a measurement comes from, in the words every page uses for it. */
	private static String sourceWords(String sourceKind) {
		return MeasurementOrigins.words(sourceKind);
	}

	/**
	 * Scores on a bounded scale (a percentage: "out of 100") and relative ratings (Elo,
	 * Bradley-Terry: no maximum) in columns of their own, so that no rating is read as a
	 * percentage or the other way round.
	 */
	static Table quality(List<QualityScore> scores, Map<Long, String> modelNames) {
		List<List<Object>> rows = new ArrayList<>();
		for (QualityScore q : scores) {
			boolean bounded = q.scaleMax() != null;
			rows.add(Arrays.asList(modelNames.get(q.modelId()), q.benchmark(), bounded ? plain(q.score()) : "",
					plain(q.scaleMax()), bounded ? "" : rating(q.score()),
					bounded ? plain(q.lowerBound()) : rating(q.lowerBound()),
					bounded ? plain(q.upperBound()) : rating(q.upperBound()),
					(q.category() != null) ? q.category() : "", (q.asOf() != null) ? q.asOf().toString() : "",
					q.source()));
		}
		// 65 beside 66.3 reads as less precise: one decimal for each
		evenDecimals(rows, 2, 3);
		return new Table("Quality scores", List.of("Model", "Benchmark", "Score", "Out of", "Rating (Elo scale)",
				"95 % interval from", "to", "Category", "As of", "Source"), rows, 2);
	}

	/**
	 * The category of LMArena's overall board as the feed and the downloads write it; a
	 * page calls it "overall", as the recommendations' categories do.
	 */
	static final String FEED_OVERALL = "full";

	/**
	 * The quality table as the page shows it: a rating's 95 % interval in one cell
	 * ("1,480.4 – 1,492.8", no break inside a bound), and LMArena's overall board's
	 * category as "overall". The downloads keep both bounds and the feed's "full".
	 */
	static Table qualityForPage(Table quality) {
		int from = quality.header().indexOf("95 % interval from");
		int category = quality.header().indexOf("Category");
		List<String> header = new ArrayList<>(quality.header());
		header.set(from, "95 % interval");
		header.remove(from + 1);
		List<List<Object>> rows = new ArrayList<>();
		for (List<Object> row : quality.rows()) {
			List<Object> shown = new ArrayList<>(row);
			String lower = TableCells.format(row.get(from));
			String upper = TableCells.format(row.get(from + 1));
			shown.set(from, (lower.isBlank() || upper.isBlank()) ? "" : lower + "\u00a0– " + upper);
			shown.set(category, FEED_OVERALL.equals(row.get(category)) ? "overall" : row.get(category));
			shown.remove(from + 1);
			rows.add(shown);
		}
		return new Table(quality.title(), header, rows, quality.decimals());
	}

	/**
	 * A profile table as the page shows it: its name first (the row's link), then its
	 * code.
	 */
	static Table nameFirst(Table profiles) {
		List<String> header = new ArrayList<>(profiles.header());
		java.util.Collections.swap(header, 0, 1);
		List<List<Object>> rows = new ArrayList<>();
		for (List<Object> row : profiles.rows()) {
			List<Object> swapped = new ArrayList<>(row);
			java.util.Collections.swap(swapped, 0, 1);
			rows.add(swapped);
		}
		return new Table(profiles.title(), header, rows, profiles.decimals());
	}

	/** One column's cells as text. */
	static List<String> column(Table table, int column) {
		return table.rows().stream().map(row -> TableCells.format(row.get(column))).toList();
	}

	/**
	 * The GPU table as the page shows it: a device without a unit price says so, where
	 * the download leaves the cell empty.
	 */
	static Table unpriced(Table gpus) {
		int price = -1;
		for (int i = 0; i < gpus.header().size(); i++) {
			if (gpus.header().get(i).startsWith("Unit price")) {
				price = i;
			}
		}
		List<List<Object>> rows = new ArrayList<>();
		for (List<Object> row : gpus.rows()) {
			List<Object> shown = new ArrayList<>(row);
			if (price >= 0 && TableCells.format(row.get(price)).isBlank()) {
				shown.set(price, "no reliable price");
			}
			rows.add(shown);
		}
		return new Table(gpus.title(), gpus.header(), rows, gpus.decimals());
	}

	/**
	 * A price as people quote it: at least cents, more decimals only where the price has
	 * them (the database keeps nine).
	 */
	private static Object price(BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		BigDecimal plain = amount.stripTrailingZeros();
		return (plain.scale() < 2) ? plain.setScale(2) : plain;
	}

	/**
	 * An Elo-scale rating as its boards publish it, to one decimal: the feeds' four
	 * decimals (1486.6027 beside 1440.041) are false precision against intervals several
	 * points wide, and uneven in one column.
	 */
	private static Object rating(BigDecimal value) {
		return (value != null) ? value.setScale(1, RoundingMode.HALF_EVEN) : "";
	}

	/** A figure without the zeros the database pads it with. */
	private static Object plain(BigDecimal value) {
		if (value == null) {
			return "";
		}
		BigDecimal plain = value.stripTrailingZeros();
		return (plain.scale() < 0) ? plain.setScale(0) : plain;
	}

	/**
	 * Each amount of the columns from {@code first} to before {@code end} with as many
	 * decimals as the most precise of its column, so a column reads aligned (0.050 over
	 * 0.075, not 0.05 over 0.075).
	 */
	private static void evenDecimals(List<List<Object>> rows, int first, int end) {
		for (int column = first; column < end; column++) {
			int c = column;
			int scale = rows.stream()
				.map(row -> row.get(c))
				.filter(BigDecimal.class::isInstance)
				.mapToInt(value -> ((BigDecimal) value).scale())
				.max()
				.orElse(0);
			for (List<Object> row : rows) {
				if (row.get(c) instanceof BigDecimal amount) {
					row.set(c, amount.setScale(scale));
				}
			}
		}
	}

	/**
	 * The columns a page leaves out because its headings say them: the "Currency" column
	 * where every amount's heading names the one currency ("Unit price (USD)"). The
	 * downloads keep it.
	 */
	static List<Integer> namedInHeadings(Table table) {
		int column = table.header().indexOf("Currency");
		if (column < 0) {
			return List.of();
		}
		Set<String> stated = table.rows()
			.stream()
			.map(row -> row.get(column).toString())
			.filter(code -> !code.isBlank())
			.collect(Collectors.toSet());
		return (stated.size() == 1) ? List.of(column) : List.of();
	}

	/** The currencies of a table's rows (none stated left out), by code. */
	private static Set<String> currencies(Stream<Currency> currencies) {
		return currencies.filter(Objects::nonNull)
			.map(Currency::getCurrencyCode)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/** " (USD)" for a column of amounts in one currency; nothing where rows mix them. */
	private static String in(Set<String> currencies) {
		return (currencies.size() == 1) ? " (" + currencies.iterator().next() + ")" : "";
	}

	/**
	 * "(USD per Mtok)" for a rate in one currency; "per Mtok" where rows mix them (the
	 * currency column says which).
	 */
	private static String per(Set<String> currencies, String unit) {
		return (currencies.size() == 1) ? "(" + currencies.iterator().next() + " per " + unit + ")" : "per " + unit;
	}

	private static Object orBlank(Object value) {
		return (value != null) ? value : "";
	}

}
