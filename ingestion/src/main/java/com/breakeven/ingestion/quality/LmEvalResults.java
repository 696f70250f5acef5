package com.breakeven.ingestion.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.breakeven.ingestion.RowFailure;

/**
 * EleutherAI lm-evaluation-harness results, of every version seen:
 * <ul>
 * <li>0.4 ({@code results_*.json}): per task, metrics keyed {@code "metric,filter"}
 * ({@code "acc,none": 0.683}) beside {@code "..._stderr,filter"}; shots per task in
 * {@code n-shot} (or the task's {@code configs.num_fewshot}); the model in
 * {@code model_name} or {@code config.model_args};</li>
 * <li>0.3 and its forks: metrics keyed by name alone ({@code "acc"}, {@code "acc_norm"},
 * {@code "acc_stderr"}), one {@code config.num_fewshot} for every task, the model only in
 * {@code config.model_args} ({@code pretrained=org/name,…}, or an object).</li>
 * </ul>
 * Every metric becomes a score named after its task, metric, filter and shots
 * ({@code mmlu (lm-eval acc, 5-shot)}); fractions of one (accuracy, exact match) are
 * stored as percentages, other metrics (perplexity, ROUGE) as written. A metric that
 * cannot be stored is refused with its line and reason; the others are kept.
 */
public final class LmEvalResults {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Metrics lm-eval reports as a fraction of one. */
	private static final Set<String> FRACTIONS = Set.of("acc", "acc_norm", "exact_match", "mc1", "mc2", "f1", "em",
			"pass@1", "prompt_level_strict_acc", "prompt_level_loose_acc", "inst_level_strict_acc",
			"inst_level_loose_acc", "contains");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** The table keeps four decimals: 0.5908256880733945 is stored as 59.0826 %. */
	private static final int DECIMALS = 4;

	private LmEvalResults() {
	}

	/**
	 * @param json the results file
	 * @param fileName its name, for messages and as the scores' source
	 * @return the file's model (or {@code null}), its date, its scores, the metrics
	 * refused and notes for the run report
	 * @throws QualityFileException naming the file and field when it is not lm-eval's
	 * results
	 */
	public static Read read(byte[] json, String fileName) {
		JsonNode root;
		try {
			root = JSON.readTree(json);
		}
		catch (JacksonException ex) {
			throw new QualityFileException(fileName + ": not JSON (" + ex.getOriginalMessage() + ")", ex);
		}
		JsonNode results = (root != null) ? root.path("results") : null;
		if (results == null || !results.isObject() || results.isEmpty()) {
			throw new QualityFileException(fileName + ", field 'results': missing or empty: not lm-eval results", null);
		}
		JsonLines lines = JsonLines.of(json, 3);
		String model = model(root);
		LocalDate day = root.path("date").isNumber() ? LocalDate
			.ofInstant(Instant.ofEpochMilli((long) (root.path("date").doubleValue() * 1000)), ZoneOffset.UTC) : null;
		String version = root.path("lm_eval_version").asString(null);
		String source = "lm-evaluation-harness " + ((version != null) ? version + " " : "") + fileName;
		List<String> notes = new ArrayList<>();
		JsonNode sharedShots = root.path("config").path("num_fewshot");
		if (sharedShots.isArray()) {
			notes.add("config.num_fewshot is a list " + sharedShots
					+ " that names no task: the benchmark names keep no shots");
		}
		// 0.4 writes "metric,filter" and beside them names that are no metric ("alias",
		// "samples"); 0.3 writes the metric's name alone
		boolean filtered = false;
		for (JsonNode task : results) {
			filtered |= task.propertyNames().stream().anyMatch(name -> name.contains(","));
		}
		List<EvaluationScore> scores = new ArrayList<>();
		List<RowFailure> refused = new ArrayList<>();
		for (Map.Entry<String, JsonNode> task : results.properties()) {
			Integer shots = shots(root, task.getKey());
			for (Map.Entry<String, JsonNode> metric : task.getValue().properties()) {
				String key = metric.getKey();
				int comma = key.indexOf(',');
				if (filtered && comma < 0) {
					continue;
				}
				String name = filtered ? key.substring(0, comma) : key;
				String filter = filtered ? key.substring(comma + 1) : "none";
				JsonNode value = metric.getValue();
				if (name.endsWith("_stderr") || value.asString("").equals("N/A")) {
					continue;
				}
				long line = lines.line("results", task.getKey(), key);
				String field = "results." + task.getKey() + "." + key;
				if (!value.isNumber()) {
					refused.add(new RowFailure(fileName, line, field, value.toString(), "not a number"));
					continue;
				}
				BigDecimal number = value.decimalValue();
				boolean fraction = FRACTIONS.contains(name);
				if (fraction && (number.signum() < 0 || number.compareTo(BigDecimal.ONE) > 0)) {
					refused.add(new RowFailure(fileName, line, field, number.toPlainString(),
							"lm-eval writes " + name
									+ " as a fraction of one, and this is none (a percentage, as some tasks write it?):"
									+ " not stored, since rescaling it would be a guess"));
					continue;
				}
				String benchmark = task.getKey() + " (lm-eval " + name + (filter.equals("none") ? "" : ", " + filter)
						+ ((shots != null) ? ", " + shots + "-shot" : "") + ")";
				BigDecimal score = (fraction ? number.multiply(HUNDRED) : number).setScale(DECIMALS,
						RoundingMode.HALF_UP);
				scores.add(new EvaluationScore(model, benchmark, score.stripTrailingZeros(), fraction ? HUNDRED : null,
						source));
			}
		}
		return new Read(model, day, scores, refused, notes);
	}

	/**
	 * The shots a task ran with, where the file ties them to it: {@code n-shot} (0.4),
	 * the task's config, or the one {@code config.num_fewshot} of 0.3.
	 */
	private static Integer shots(JsonNode root, String task) {
		for (JsonNode shots : List.of(root.path("n-shot").path(task),
				root.path("configs").path(task).path("num_fewshot"), root.path("config").path("num_fewshot"))) {
			if (shots.isIntegralNumber()) {
				return shots.intValue();
			}
			if (shots.isString() && shots.asString().matches("\\d{1,3}")) {
				return Integer.valueOf(shots.asString());
			}
		}
		return null;
	}

	private static String model(JsonNode root) {
		String name = root.path("model_name").asString(null);
		if (name != null && !name.isBlank()) {
			return name;
		}
		JsonNode args = root.path("config").path("model_args");
		if (args.isObject()) {
			for (String field : List.of("pretrained", "model")) {
				if (args.path(field).isString()) {
					return args.path(field).asString();
				}
			}
			return null;
		}
		for (String arg : args.asString("").split(",")) {
			if (arg.startsWith("pretrained=") || arg.startsWith("model=")) {
				return arg.substring(arg.indexOf('=') + 1);
			}
		}
		return null;
	}

	/**
	 * @param rawModel the model the file names, or {@code null}
	 * @param day the day of the evaluation, or {@code null}
	 * @param scores every metric of every task that could be stored
	 * @param refused the metrics that could not, each with its line and reason
	 * @param notes what the run report should say about the file
	 */
	public record Read(String rawModel, LocalDate day, List<EvaluationScore> scores, List<RowFailure> refused,
			List<String> notes) {

		public Read {
			scores = List.copyOf(scores);
			refused = List.copyOf(refused);
			notes = List.copyOf(notes);
		}

	}

}
