package com.breakeven.web.throughput;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.breakeven.ingestion.MeasuredThroughput;
import com.breakeven.tco.ThroughputMeasurement;

/**
 * Turns stored measurements into what the TCO engine sizes nodes from: rates and
 * concurrency per node (a run on fewer GPUs than the node holds counts once per replica
 * that fits, and keeps its GPU count so that memory is checked per replica), latencies as
 * measured, and a source line naming the stored measurement, so that a scenario says
 * which measurement and concurrency it rests on.
 */
public final class EngineMeasurements {

	private EngineMeasurements() {
	}

	/**
	 * @param stored measurements of one model
	 * @param gpusPerNode GPUs in the node being sized
	 * @return those that can size the node: serving or generation runs at a known
	 * concurrency, or published full-load figures (concurrency 0, offline), on no more
	 * GPUs than the node has
	 */
	public static List<ThroughputMeasurement> forNode(List<MeasuredThroughput> stored, String modelName,
			int gpusPerNode) {
		List<ThroughputMeasurement> usable = new ArrayList<>();
		for (MeasuredThroughput m : stored) {
			forNode(m, modelName, gpusPerNode).ifPresent(usable::add);
		}
		return usable;
	}

	static Optional<ThroughputMeasurement> forNode(MeasuredThroughput m, String modelName, int gpusPerNode) {
		boolean published = MeasurementOrigins.published(m.sourceKind());
		boolean servesRequests = MeasuredThroughput.SERVING.equals(m.phase()) || "generation".equals(m.phase());
		// A run paced by a request rate says what that rate cost, not what the node can
		// serve: only closed-loop runs and published full-load figures size capacity.
		if (!servesRequests || m.gpuCount() > gpusPerNode || (m.concurrency() == null && !published)) {
			return Optional.empty();
		}
		int replicas = gpusPerNode / m.gpuCount();
		int concurrency = (m.concurrency() != null) ? m.concurrency() * replicas : 0;
		String engine = m.engine() + ((m.engineVersion() != null) ? " " + m.engineVersion() : "");
		return Optional.of(new ThroughputMeasurement(modelName, m.quantisation(), engine, concurrency, m.inputTokens(),
				m.outputTokens(), m.outputTokensPerSecond().doubleValue() * replicas,
				perNode(m.totalTokensPerSecond(), replicas), ms(m.latencies().ttftP50Ms()),
				ms(m.latencies().ttftP99Ms()), ms(m.latencies().itlP50Ms()), ms(m.latencies().itlP99Ms()),
				source(m, replicas), m.gpuCount()));
	}

	private static String source(MeasuredThroughput m, int replicas) {
		// "measurement #N:" leads: the scenario page links the measurement by that number
		StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "measurement #%d: %s, %s, %s on %d GPU%s",
				m.id(), MeasurementOrigins.words(m.sourceKind()), m.sourceRef(), m.scenario(), m.gpuCount(),
				(m.gpuCount() == 1) ? "" : "s"));
		if (m.measuredOn() != null) {
			text.append(", measured ").append(m.measuredOn());
		}
		if (replicas > 1) {
			text.append(String.format(Locale.ROOT, "; × %d replicas per node", replicas));
		}
		return text.toString();
	}

	private static Double perNode(BigDecimal rate, int replicas) {
		return (rate != null) ? rate.doubleValue() * replicas : null;
	}

	private static Double ms(BigDecimal value) {
		return (value != null) ? value.doubleValue() : null;
	}

}
