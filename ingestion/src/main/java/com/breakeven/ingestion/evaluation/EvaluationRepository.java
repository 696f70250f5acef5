package com.breakeven.ingestion.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Evaluation runs, in tables {@code evaluation_run} and {@code evaluation_result}. */
@Repository
public class EvaluationRepository {

	private static final String SAMPLE_SEPARATOR = "\n";

	private static final int SAMPLES_LENGTH = 2000;

	private final JdbcClient jdbc;

	public EvaluationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a run with its results (the caller's transaction keeps them together).
	 * @return the run's id
	 */
	public long add(EvaluationRun run) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO evaluation_run (benchmark, task_file, task_file_sha256, tasks, scorer, endpoint, seller,
				    concurrency, currency, prices_on, started_at, finished_at)
				VALUES (:benchmark, :file, :sha, :tasks, :scorer, :endpoint, :seller, :concurrency, :currency,
				    :pricesOn, :started, :finished)""")
			.param("benchmark", run.benchmark())
			.param("file", run.taskFile())
			.param("sha", run.taskFileSha256())
			.param("tasks", run.tasks())
			.param("scorer", run.scorer().name())
			.param("endpoint", run.endpoint())
			.param("seller", run.seller())
			.param("concurrency", run.concurrency())
			.param("currency", run.currency().getCurrencyCode())
			.param("pricesOn", run.pricesOn())
			.param("started", run.startedAt().atOffset(ZoneOffset.UTC))
			.param("finished", run.finishedAt().atOffset(ZoneOffset.UTC))
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		for (EvaluationResult result : run.results()) {
			ModelAnswers a = result.answers();
			String samples = String.join(SAMPLE_SEPARATOR, a.failureSamples());
			this.jdbc.sql("""
					INSERT INTO evaluation_result (run_id, model_id, model_as_sent, tasks, answered, correct, failed,
					    timed_out, input_tokens, output_tokens, without_usage, latency_p50_ms, latency_p99_ms,
					    accuracy_percent, accuracy_lower_percent, accuracy_upper_percent, cost, cost_per_task,
					    cost_per_correct, price, failure_samples)
					VALUES (:run, :model, :sent, :tasks, :answered, :correct, :failed, :timedOut, :input, :output,
					    :withoutUsage, :p50, :p99, :accuracy, :lower, :upper, :cost, :perTask, :perCorrect, :price,
					    :samples)""")
				.param("run", id)
				.param("model", result.modelId())
				.param("sent", result.modelAsSent())
				.param("tasks", a.tasks())
				.param("answered", a.answered())
				.param("correct", a.correct())
				.param("failed", a.failed())
				.param("timedOut", a.timedOut())
				.param("input", a.inputTokens())
				.param("output", a.outputTokens())
				.param("withoutUsage", a.withoutUsage())
				.param("p50", Double.isNaN(a.latencyP50Ms()) ? null : a.latencyP50Ms())
				.param("p99", Double.isNaN(a.latencyP99Ms()) ? null : a.latencyP99Ms())
				.param("accuracy", result.accuracyPercent())
				.param("lower", result.lowerPercent())
				.param("upper", result.upperPercent())
				.param("cost", result.cost())
				.param("perTask", result.costPerTask())
				.param("perCorrect", result.costPerCorrect())
				.param("price", cut(result.price(), 1000))
				.param("samples", samples.isEmpty() ? null : cut(samples, SAMPLES_LENGTH))
				.update();
		}
		return id;
	}

	/** Every run, newest first, with its results. */
	public List<EvaluationRun> runs() {
		Map<Long, List<EvaluationResult>> results = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT r.*, m.canonical_name FROM evaluation_result r JOIN model m ON m.id = r.model_id
				ORDER BY r.run_id, r.id""").query(rs -> {
			results.computeIfAbsent(rs.getLong("run_id"), id -> new ArrayList<>()).add(result(rs));
		});
		return this.jdbc.sql("SELECT * FROM evaluation_run ORDER BY started_at DESC, id DESC")
			.query((rs, row) -> new EvaluationRun(rs.getLong("id"), rs.getString("benchmark"),
					rs.getString("task_file"), rs.getString("task_file_sha256"), rs.getInt("tasks"),
					Scorer.valueOf(rs.getString("scorer")), rs.getString("endpoint"), rs.getString("seller"),
					rs.getInt("concurrency"), Currency.getInstance(rs.getString("currency").strip()),
					rs.getObject("prices_on", java.time.LocalDate.class),
					rs.getObject("started_at", OffsetDateTime.class).toInstant(),
					rs.getObject("finished_at", OffsetDateTime.class).toInstant(),
					results.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	private static EvaluationResult result(ResultSet rs) throws SQLException {
		String samples = rs.getString("failure_samples");
		ModelAnswers answers = new ModelAnswers(rs.getInt("tasks"), rs.getInt("answered"), rs.getInt("correct"),
				rs.getInt("failed"), rs.getInt("timed_out"), rs.getLong("input_tokens"), rs.getLong("output_tokens"),
				rs.getInt("without_usage"), number(rs, "latency_p50_ms"), number(rs, "latency_p99_ms"),
				(samples != null) ? Arrays.asList(samples.split(SAMPLE_SEPARATOR)) : List.of());
		return new EvaluationResult(rs.getLong("model_id"), rs.getString("canonical_name"),
				rs.getString("model_as_sent"), answers, rs.getBigDecimal("accuracy_percent"),
				rs.getBigDecimal("accuracy_lower_percent"), rs.getBigDecimal("accuracy_upper_percent"),
				rs.getBigDecimal("cost"), rs.getBigDecimal("cost_per_task"), rs.getBigDecimal("cost_per_correct"),
				rs.getString("price"));
	}

	private static double number(ResultSet rs, String column) throws SQLException {
		java.math.BigDecimal value = rs.getBigDecimal(column);
		return (value != null) ? value.doubleValue() : Double.NaN;
	}

	private static String cut(String text, int length) {
		return (text == null || text.length() <= length) ? text : text.substring(0, length - 1) + "…";
	}

}
