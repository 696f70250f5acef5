package com.breakeven.ingestion;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
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

	/**
	 * Stores one measurement.
	 * @return its id
	 */
	public long add(MeasuredThroughput measurement, Long importRunId) {
		MeasuredThroughput.Latencies latency = measurement.latencies();
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO throughput_measurement (model_id, raw_model, hardware_profile_id, gpu_id, gpu_count, engine,
				    engine_version, quantisation, phase, scenario, concurrency, input_tokens, output_tokens,
				    output_tokens_per_second, total_tokens_per_second, requests_per_second, ttft_p50_ms, ttft_p99_ms,
				    itl_p50_ms, itl_p99_ms, e2e_p50_ms, e2e_p99_ms, requests_completed, requests_failed, source_kind,
				    source_ref, measured_on, import_run_id, created_at)
				VALUES (:modelId, :rawModel, :profileId, :gpuId, :gpuCount, :engine, :engineVersion, :quantisation,
				    :phase, :scenario, :concurrency, :input, :output, :outputTps, :totalTps, :rps, :ttft50, :ttft99,
				    :itl50, :itl99, :e2e50, :e2e99, :completed, :failed, :kind, :ref, :measuredOn, :runId, :now)""")
			.param("modelId", measurement.modelId())
			.param("rawModel", measurement.rawModel())
			.param("profileId", measurement.hardwareProfileId())
			.param("gpuId", measurement.gpuId())
			.param("gpuCount", measurement.gpuCount())
			.param("engine", measurement.engine())
			.param("engineVersion", measurement.engineVersion())
			.param("quantisation", measurement.quantisation())
			.param("phase", measurement.phase())
			.param("scenario", measurement.scenario())
			.param("concurrency", measurement.concurrency())
			.param("input", measurement.inputTokens())
			.param("output", measurement.outputTokens())
			.param("outputTps", measurement.outputTokensPerSecond())
			.param("totalTps", measurement.totalTokensPerSecond())
			.param("rps", measurement.requestsPerSecond())
			.param("ttft50", latency.ttftP50Ms())
			.param("ttft99", latency.ttftP99Ms())
			.param("itl50", latency.itlP50Ms())
			.param("itl99", latency.itlP99Ms())
			.param("e2e50", latency.e2eP50Ms())
			.param("e2e99", latency.e2eP99Ms())
			.param("completed", measurement.requestsCompleted())
			.param("failed", measurement.requestsFailed())
			.param("kind", measurement.sourceKind())
			.param("ref", measurement.sourceRef())
			.param("measuredOn", measurement.measuredOn())
			.param("runId", importRunId)
			.param("now", Timestamps.utcNow(this.clock))
			.update(key, "id");
		return key.getKeyAs(Long.class);
	}

	/**
	 * Removes the measurements that earlier imports of the same file stored, so that
	 * importing it again (with corrected context) replaces them instead of adding twins.
	 * @return measurements removed
	 */
	public int removeImportedFrom(String sourceSha256) {
		return this.jdbc.sql("""
				DELETE FROM throughput_measurement WHERE import_run_id IN (
				    SELECT id FROM import_run WHERE kind = 'BENCHMARK' AND source_sha256 = :sha)""")
			.param("sha", sourceSha256)
			.update();
	}

	/**
	 * @return measurements of a model, fastest first
	 */
	public List<MeasuredThroughput> findByModel(long modelId) {
		return this.jdbc.sql("""
				SELECT * FROM throughput_measurement WHERE model_id = :modelId
				ORDER BY output_tokens_per_second DESC, id""")
			.param("modelId", modelId)
			.query(ThroughputRepository::map)
			.list();
	}

	/** The measurements an import run stored, in the order it stored them. */
	public List<MeasuredThroughput> findByImportRun(long importRunId) {
		return this.jdbc.sql("SELECT * FROM throughput_measurement WHERE import_run_id = :runId ORDER BY id")
			.param("runId", importRunId)
			.query(ThroughputRepository::map)
			.list();
	}

	public Optional<MeasuredThroughput> find(long id) {
		return this.jdbc.sql("SELECT * FROM throughput_measurement WHERE id = :id")
			.param("id", id)
			.query(ThroughputRepository::map)
			.optional();
	}

	public long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM throughput_measurement").query(Long.class).single();
	}

	private static MeasuredThroughput map(ResultSet rs, int row) throws SQLException {
		return new MeasuredThroughput(rs.getLong("id"), rs.getObject("model_id", Long.class), rs.getString("raw_model"),
				rs.getObject("hardware_profile_id", Long.class), rs.getLong("gpu_id"), rs.getInt("gpu_count"),
				rs.getString("engine"), rs.getString("engine_version"), rs.getString("quantisation"),
				rs.getString("phase"), rs.getString("scenario"), rs.getObject("concurrency", Integer.class),
				rs.getInt("input_tokens"), rs.getInt("output_tokens"), rs.getBigDecimal("output_tokens_per_second"),
				rs.getBigDecimal("total_tokens_per_second"), rs.getBigDecimal("requests_per_second"),
				new MeasuredThroughput.Latencies(rs.getBigDecimal("ttft_p50_ms"), rs.getBigDecimal("ttft_p99_ms"),
						rs.getBigDecimal("itl_p50_ms"), rs.getBigDecimal("itl_p99_ms"), rs.getBigDecimal("e2e_p50_ms"),
						rs.getBigDecimal("e2e_p99_ms")),
				rs.getObject("requests_completed", Long.class), rs.getObject("requests_failed", Long.class),
				rs.getString("source_kind"), rs.getString("source_ref"), rs.getObject("measured_on", LocalDate.class));
	}

}
