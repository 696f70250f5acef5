package com.breakeven.ingestion;

import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.breakeven.db.Timestamps;

/** Throughput measurements, stored in table {@code throughput_measurement}. */
@Repository
public class ThroughputRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	public ThroughputRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Stores one measurement. */
	public void add(MeasuredThroughput measurement, Long importRunId) {
		this.jdbc.sql("""
				INSERT INTO throughput_measurement (model_id, raw_model, hardware_profile_id, gpu_id, gpu_count, engine,
				    engine_version, quantisation, scenario, concurrency, input_tokens, output_tokens,
				    output_tokens_per_second, total_tokens_per_second, ttft_p99_ms, itl_p99_ms, source_kind, source_ref,
				    measured_on, import_run_id, created_at)
				VALUES (:modelId, :rawModel, :profileId, :gpuId, :gpuCount, :engine, :engineVersion, :quantisation,
				    :scenario, :concurrency, :input, :output, :outputTps, :totalTps, :ttft, :itl, :kind, :ref,
				    :measuredOn, :runId, :now)""")
			.param("modelId", measurement.modelId())
			.param("rawModel", measurement.rawModel())
			.param("profileId", measurement.hardwareProfileId())
			.param("gpuId", measurement.gpuId())
			.param("gpuCount", measurement.gpuCount())
			.param("engine", measurement.engine())
			.param("engineVersion", measurement.engineVersion())
			.param("quantisation", measurement.quantisation())
			.param("scenario", measurement.scenario())
			.param("concurrency", measurement.concurrency())
			.param("input", measurement.inputTokens())
			.param("output", measurement.outputTokens())
			.param("outputTps", measurement.outputTokensPerSecond())
			.param("totalTps", measurement.totalTokensPerSecond())
			.param("ttft", measurement.ttftP99Ms())
			.param("itl", measurement.itlP99Ms())
			.param("kind", measurement.sourceKind())
			.param("ref", measurement.sourceRef())
			.param("measuredOn", measurement.measuredOn())
			.param("runId", importRunId)
			.param("now", Timestamps.utcNow(this.clock))
			.update();
	}

	/**
	 * @return measurements of a model, fastest first
	 */
	public List<MeasuredThroughput> findByModel(long modelId) {
		return this.jdbc.sql("""
				SELECT * FROM throughput_measurement WHERE model_id = :modelId
				ORDER BY output_tokens_per_second DESC""")
			.param("modelId", modelId)
			.query((rs, row) -> new MeasuredThroughput(rs.getObject("model_id", Long.class), rs.getString("raw_model"),
					rs.getObject("hardware_profile_id", Long.class), rs.getLong("gpu_id"), rs.getInt("gpu_count"),
					rs.getString("engine"), rs.getString("engine_version"), rs.getString("quantisation"),
					rs.getString("scenario"), rs.getObject("concurrency", Integer.class), rs.getInt("input_tokens"),
					rs.getInt("output_tokens"), rs.getBigDecimal("output_tokens_per_second"),
					rs.getBigDecimal("total_tokens_per_second"), rs.getBigDecimal("ttft_p99_ms"),
					rs.getBigDecimal("itl_p99_ms"), rs.getString("source_kind"), rs.getString("source_ref"),
					rs.getObject("measured_on", java.time.LocalDate.class)))
			.list();
	}

	public long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM throughput_measurement").query(Long.class).single();
	}

}
