package com.breakeven.tco.capacity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

import com.breakeven.tco.LatencySlo;
import com.breakeven.tco.Precision;
import com.breakeven.tco.ThroughputMeasurement;

/**
 * Picks the measurement to size capacity on: the highest concurrency whose p99 latencies
 * meet the SLO, since higher concurrency means more tokens per node. An offline run
 * (concurrency 0) counts as the highest concurrency but has no latencies, so it qualifies
 * only when there is no SLO. Ties go to the higher throughput.
 */
public final class ThroughputSelection {

	private ThroughputSelection() {
	}

	/**
	 * @param measurements candidates for the same model and node
	 * @param slo the workload's latency limits
	 * @return the chosen measurement, or empty when none meets the SLO
	 */
	public static Optional<ThroughputMeasurement> highestConcurrencyMeeting(List<ThroughputMeasurement> measurements,
			LatencySlo slo) {
		ThroughputMeasurement best = null;
		for (ThroughputMeasurement candidate : measurements) {
			if (meets(candidate, slo) && (best == null || isBetter(candidate, best))) {
				best = candidate;
			}
		}
		return Optional.ofNullable(best);
	}

	/**
	 * @param measurement a candidate
	 * @param slo the limits
	 * @return whether its recorded p99 latencies are within the limits (a missing
	 * percentile meets no finite limit)
	 */
	public static boolean meets(ThroughputMeasurement measurement, LatencySlo slo) {
		return within(measurement.ttftP99Ms(), slo.maxTtftP99Ms()) && within(measurement.itlP99Ms(), slo.maxItlP99Ms());
	}

	/**
	 * The measurements run at a precision: a run at FP8 says nothing about the same
	 * model's throughput at BF16 (half the bytes to move per token), so it never sizes a
	 * BF16 deployment. Quantisations are read with {@link Precision#tryParse}; one that
	 * names no precision matches none.
	 * @param measurements candidates for the same model and node
	 * @param precision the precision the scenario runs at
	 * @return those measured at that precision, in their order
	 */
	public static List<ThroughputMeasurement> atPrecision(List<ThroughputMeasurement> measurements,
			Precision precision) {
		return measurements.stream()
			.filter(m -> Precision.tryParse(m.quantisation()).filter(precision::equals).isPresent())
			.toList();
	}

	/**
	 * @param measurements every measurement of the model on the node, none at
	 * {@code precision}
	 * @param precision the precision asked for
	 * @param modelName the model, as named to the user
	 * @return why nothing can size the scenario, naming the precisions that were measured
	 */
	public static String whyNoneAtPrecision(List<ThroughputMeasurement> measurements, Precision precision,
			String modelName) {
		if (measurements.isEmpty()) {
			return whyNoneMeets(measurements, LatencySlo.NONE);
		}
		TreeSet<String> measuredAt = new TreeSet<>();
		measurements.forEach(m -> measuredAt.add(m.quantisation()));
		return "no throughput measured at " + precision + " for " + modelName + " on this node (measured at "
				+ String.join(", ", measuredAt) + "): import one or run the probe";
	}

	/**
	 * @return why no measurement qualifies, in words
	 */
	public static String whyNoneMeets(List<ThroughputMeasurement> measurements, LatencySlo slo) {
		if (measurements.isEmpty()) {
			return "no throughput measurement for this model on this hardware: import one or run the probe";
		}
		return String.format(Locale.ROOT,
				"none of the %d throughput measurements meets the latency SLO (p99 TTFT <= %s ms, p99 ITL <= %s ms)"
						+ " or records the percentiles to prove it",
				measurements.size(), limit(slo.maxTtftP99Ms()), limit(slo.maxItlP99Ms()));
	}

	private static boolean isBetter(ThroughputMeasurement candidate, ThroughputMeasurement best) {
		int byConcurrency = Integer.compare(rank(candidate.concurrency()), rank(best.concurrency()));
		return (byConcurrency != 0) ? byConcurrency > 0
				: candidate.outputTokensPerSecond() > best.outputTokensPerSecond();
	}

	private static int rank(int concurrency) {
		return (concurrency == 0) ? Integer.MAX_VALUE : concurrency;
	}

	private static boolean within(Double measured, double limit) {
		if (Double.isInfinite(limit)) {
			return true;
		}
		return measured != null && measured <= limit;
	}

	private static String limit(double value) {
		return Double.isInfinite(value) ? "any" : String.format(Locale.ROOT, "%.0f", value);
	}

}
