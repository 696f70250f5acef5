package com.breakeven.ingestion.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * One evaluation: a task file sent to several models through one endpoint, each model's
 * answers counted, scored and costed.
 *
 * @param id stored id, {@code null} before storing
 * @param benchmark the quality benchmark the accuracies are stored under ("tasks:
 * support-triage")
 * @param taskFile the task file's name
 * @param taskFileSha256 its bytes' SHA-256, hexadecimal: the identity of the benchmark
 * @param tasks tasks in the file
 * @param scorer how answers were scored
 * @param endpoint the API base, without user, password or query
 * @param seller the seller the endpoint represents (provider code), or {@code null} when
 * priced at the buying price
 * @param concurrency requests under way at once
 * @param currency currency of every cost
 * @param pricesOn the day prices were taken on
 * @param startedAt when the first request was sent
 * @param finishedAt when the last answer came back
 * @param results one per model, in the order asked
 */
public record EvaluationRun(Long id, String benchmark, String taskFile, String taskFileSha256, int tasks, Scorer scorer,
		String endpoint, String seller, int concurrency, Currency currency, LocalDate pricesOn, Instant startedAt,
		Instant finishedAt, List<EvaluationResult> results) {

	public EvaluationRun {
		Objects.requireNonNull(benchmark, "benchmark must not be null");
		Objects.requireNonNull(scorer, "scorer must not be null");
		Objects.requireNonNull(currency, "currency must not be null");
		results = List.copyOf(results);
	}

}
