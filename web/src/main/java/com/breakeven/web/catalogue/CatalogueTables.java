package com.breakeven.web.catalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.breakeven.ingestion.MeasuredThroughput;
import com.breakeven.pricing.Gpu;
import com.breakeven.pricing.HardwareProfile;
import com.breakeven.pricing.HostingProfile;
import com.breakeven.pricing.Price;
import com.breakeven.pricing.QualityScore;
import com.breakeven.web.export.Table;
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
		List<String> header = new ArrayList<>(List.of("Seller", "Region", "Above prompt tokens", "Input per Mtok",
				"Cached input per Mtok", "Output per Mtok"));
		if (audio) {
			header.add("Audio input per Mtok");
			header.add("Audio output per Mtok");
		}
		header.addAll(List.of("Currency", "From", "Until", "Source"));
		return new Table("Prices of " + modelName, header, rows, 4);
	}

	static Table gpus(List<Gpu> gpus) {
		List<List<Object>> rows = new ArrayList<>();
		for (Gpu g : gpus) {
			rows.add(Arrays.asList(g.displayName(), g.kind().words(), plain(g.memoryGb()), g.kind().memoryUnit(),
					g.tdpWatts(), g.idleWatts(), plain(g.unitPrice()),
					(g.currency() != null) ? g.currency().getCurrencyCode() : "", g.source()));
		}
		return new Table("GPUs and other devices", List.of("Device", "Kind", "Memory", "Memory unit", "TDP (W)",
				"Idle (W)", "Unit price", "Currency", "Source"), rows, 0);
	}

	static Table hardwareProfiles(List<HardwareProfile> profiles, Map<Long, Gpu> gpus) {
		List<List<Object>> rows = new ArrayList<>();
		for (HardwareProfile p : profiles) {
			Gpu gpu = gpus.get(p.gpuId());
			rows.add(Arrays.asList(p.code(), p.displayName(), (gpu != null) ? gpu.displayName() : "", p.gpusPerNode(),
					plain(p.serverCapex()), plain(p.networkingCapex()), plain(p.installationCapex()),
					p.currency().getCurrencyCode(), p.nodeOverheadWatts(), p.source()));
		}
		return new Table("Hardware profiles", List.of("Code", "Name", "GPU", "GPUs per node", "Server capex",
				"Networking capex", "Installation capex", "Currency", "Node overhead (W)", "Source"), rows, 2);
	}

	static Table hostingProfiles(List<HostingProfile> profiles) {
		List<List<Object>> rows = new ArrayList<>();
		for (HostingProfile p : profiles) {
			rows.add(Arrays.asList(p.code(), p.displayName(), p.currency().getCurrencyCode(),
					plain(p.energyPricePerKwh()), plain(p.pue()), p.colocationBasis().words(),
					plain(p.colocationPrice()), plain(p.rackPowerKw()), plain(p.staffFtePerNode()),
					plain(p.staffLoadedCostPerYear()), plain(p.supportFractionOfCapexPerYear()),
					plain(p.softwarePerNodePerYear()), p.source()));
		}
		return new Table("Hosting profiles",
				List.of("Code", "Name", "Currency", "Energy price per kWh", "PUE", "Colocation basis",
						"Colocation price", "Rack power (kW)", "Staff FTE per node", "Staff loaded cost a year",
						"Support, fraction of capex a year", "Software per node a year", "Source"),
				rows, 4);
	}

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
				List.of("#", "Model", "GPU", "GPUs", "Engine", "Precision", "Concurrency", "Input tokens per request",
						"Output tokens per request", "Output tokens/s", "TTFT p99 (ms)", "ITL p99 (ms)", "Source",
						"Measured"),
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
		return new Table("Quality scores", List.of("Model", "Benchmark", "Score", "Out of", "Rating (Elo scale)",
				"95 % interval from", "to", "Category", "As of", "Source"), rows, 2);
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

	private static Object orBlank(Object value) {
		return (value != null) ? value : "";
	}

}
