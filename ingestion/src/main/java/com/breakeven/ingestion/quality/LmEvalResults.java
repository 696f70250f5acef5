package com.breakeven.ingestion.quality;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
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

/**
 * EleutherAI lm-evaluation-harness results ({@code results_*.json}): per task, metrics
 * keyed {@code "metric,filter"} ({@code "acc,none": 0.683}) beside their
 * {@code "..._stderr,filter"}; the model in {@code model_name} or in
 * {@code config.model_args} ({@code pretrained=org/name,...}). Every metric becomes a
 * score named after its task, metric and filter; fractions of one (accuracy, exact match)
 * are stored as percentages, other metrics (perplexity) as written.
 */
public final class LmEvalResults {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Metrics lm-eval reports as a fraction of one. */
	private static final Set<String> FRACTIONS = Set.of("acc", "acc_norm", "exact_match", "mc1", "mc2", "f1", "em",
			"pass@1", "prompt_level_strict_acc", "prompt_level_loose_acc", "inst_level_strict_acc",
			"inst_level_loose_acc", "contains");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private LmEvalResults() {
	}

	/**
	 * @param in the results file
	 * @param fileName its name, for messages and as the scores' source
	 * @return the file's model (or {@code null}), its date and scores
	 * @throws QualityFileException naming the file and field when it is not lm-eval's
	 * results
	 */
	public static Read read(InputStream in, String fileName) {
		JsonNode root;
		try (in) {
			root = JSON.readTree(in);
		}
		catch (JacksonException | IOException ex) {
			throw new QualityFileException(fileName + ": not JSON (" + ex.getMessage() + ")", ex);
		}
		JsonNode results = root.path("results");
		if (!results.isObject() || results.isEmpty()) {
			throw new QualityFileException(fileName + ", field 'results': missing or empty: not lm-eval results", null);
		}
		String model = model(root);
		LocalDate day = root.path("date").isNumber() ? LocalDate
			.ofInstant(Instant.ofEpochMilli((long) (root.path("date").doubleValue() * 1000)), ZoneOffset.UTC) : null;
		String version = root.path("lm_eval_version").asString(null);
		String source = "lm-evaluation-harness " + ((version != null) ? version + " " : "") + fileName;
		List<EvaluationScore> scores = new ArrayList<>();
		for (Map.Entry<String, JsonNode> task : results.properties()) {
			for (Map.Entry<String, JsonNode> metric : task.getValue().properties()) {
				String key = metric.getKey();
				int comma = key.indexOf(',');
				if (comma < 0 || key.substring(0, comma).endsWith("_stderr")) {
					continue;
				}
				if (!metric.getValue().isNumber()) {
					if (!metric.getValue().asString("").equals("N/A")) {
						throw new QualityFileException(fileName + ", task '" + task.getKey() + "', field '" + key
								+ "': not a number (" + metric.getValue() + ")", null);
					}
					continue;
				}
				String name = key.substring(0, comma);
				String filter = key.substring(comma + 1);
				BigDecimal value = metric.getValue().decimalValue();
				boolean fraction = FRACTIONS.contains(name);
				String benchmark = task.getKey() + " (lm-eval " + name + (filter.equals("none") ? "" : ", " + filter)
						+ ")";
				scores.add(new EvaluationScore(model, benchmark, fraction ? value.multiply(HUNDRED) : value,
						fraction ? HUNDRED : null, source));
			}
		}
		return new Read(model, day, scores);
	}

	private static String model(JsonNode root) {
		String name = root.path("model_name").asString(null);
		if (name != null && !name.isBlank()) {
			return name;
		}
		for (String arg : root.path("config").path("model_args").asString("").split(",")) {
			if (arg.startsWith("pretrained=") || arg.startsWith("model=")) {
				return arg.substring(arg.indexOf('=') + 1);
			}
		}
		return null;
	}

	/**
	 * @param rawModel the model the file names, or {@code null}
	 * @param day the day of the evaluation, or {@code null}
	 * @param scores every metric of every task
	 */
	public record Read(String rawModel, LocalDate day, List<EvaluationScore> scores) {

		public Read {
			scores = List.copyOf(scores);
		}

	}

}
