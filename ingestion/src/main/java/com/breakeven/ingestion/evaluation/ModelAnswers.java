package com.breakeven.ingestion.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.breakeven.ingestion.throughput.Percentiles;

/**
 * One model's answers to a task file, counted: every task is answered, failed or timed
 * out; answered tasks are scored. Latency percentiles are over answered requests, by the
 * probe's and the imports' percentile ({@link Percentiles#linear}).
 *
 * @param tasks tasks sent
 * @param answered tasks answered and scored
 * @param correct answers scored correct
 * @param failed requests that failed (HTTP error, refused connection, no answer in the
 * response)
 * @param timedOut requests without an answer within the timeout
 * @param inputTokens prompt tokens of the answered tasks, as the server counted them
 * @param outputTokens completion tokens of the answered tasks
 * @param withoutUsage answered tasks whose response carried no token counts
 * @param latencyP50Ms median latency of answered requests, {@code NaN} without any
 * @param latencyP99Ms 99th percentile latency of answered requests
 * @param failureSamples the first few failures, in words
 */
public record ModelAnswers(int tasks, int answered, int correct, int failed, int timedOut, long inputTokens,
		long outputTokens, int withoutUsage, double latencyP50Ms, double latencyP99Ms, List<String> failureSamples) {

	private static final int FAILURE_SAMPLES = 3;

	public ModelAnswers {
		failureSamples = List.copyOf(failureSamples);
	}

	/**
	 * @param tasks the tasks asked
	 * @param answers one per task
	 * @param scorer how answers are scored
	 */
	public static ModelAnswers count(List<EvaluationTask> tasks, List<ChatAnswer> answers, Scorer scorer) {
		Map<String, EvaluationTask> byId = tasks.stream()
			.collect(Collectors.toMap(EvaluationTask::id, Function.identity()));
		int answered = 0;
		int correct = 0;
		int failed = 0;
		int timedOut = 0;
		long input = 0;
		long output = 0;
		int withoutUsage = 0;
		List<Double> latencies = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		for (ChatAnswer answer : answers) {
			switch (answer.outcome()) {
				case FAILED -> failed++;
				case TIMED_OUT -> timedOut++;
				case ANSWERED -> {
					answered++;
					latencies.add(answer.latencyMs());
					if (scorer.score(answer.content(), byId.get(answer.taskId()))) {
						correct++;
					}
					if (answer.hasUsage()) {
						input += answer.promptTokens();
						output += answer.completionTokens();
					}
					else {
						withoutUsage++;
					}
				}
			}
			if (answer.outcome() != ChatAnswer.Outcome.ANSWERED && failures.size() < FAILURE_SAMPLES) {
				failures.add("task " + answer.taskId() + ": " + answer.detail());
			}
		}
		return new ModelAnswers(answers.size(), answered, correct, failed, timedOut, input, output, withoutUsage,
				Percentiles.linear(latencies, 50), Percentiles.linear(latencies, 99), failures);
	}

}
