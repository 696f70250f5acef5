package com.breakeven.ingestion.quality;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.breakeven.ingestion.ImportCounts;
import com.breakeven.ingestion.ImportKind;
import com.breakeven.ingestion.ImportRun;
import com.breakeven.ingestion.ImportRunRepository;
import com.breakeven.ingestion.RowFailure;
import com.breakeven.ingestion.SourceDocument;
import com.breakeven.pricing.Model;
import com.breakeven.pricing.ModelRepository;
import com.breakeven.pricing.Names;
import com.breakeven.pricing.QualityScore;
import com.breakeven.pricing.QualityScoreRepository;
import com.breakeven.pricing.feed.ModelIdentity;
import com.breakeven.pricing.feed.ModelNames;

/**
 * Imports quality scores: a model's own evaluation results (lm-evaluation-harness results
 * JSON, or a CSV of {@code model,benchmark,score,scale_max,source}) and LMArena's
 * leaderboard (ratings with their 95 % interval, per category). Models resolve through
 * the catalogue's aliases and the spelling rules of {@link ModelMatcher}, never by a
 * guess: an lm-eval or CSV model that names no one catalogued model fails the run by
 * name; an LMArena key that does is stored, and every key that does not is a quarantined
 * row with its reason. What is stored is stored in one transaction; a run that stores no
 * score fails with the reason.
 */
@Service
public class QualityImports {

	/** The formats a quality file can be read as. */
	public static final List<String> FORMATS = List.of("lm-eval", "lmarena", "csv");

	private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

	/** How many unmapped keys the run's message names; every one is a quarantined row. */
	private static final int KEYS_NAMED = 150;

	private final ImportRunRepository runs;

	private final QualityScoreRepository scores;

	private final ModelRepository models;

	private final TransactionTemplate transaction;

	private final Clock clock;

	public QualityImports(ImportRunRepository runs, QualityScoreRepository scores, ModelRepository models,
			PlatformTransactionManager transactions, Clock clock) {
		this.runs = runs;
		this.scores = scores;
		this.models = models;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * @param format {@code lm-eval} or {@code csv}
	 * @param file the results
	 * @param model the model evaluated, when the file does not name it (or names a local
	 * path)
	 * @return the run: COMPLETED with the scores stored, or FAILED with the reason
	 */
	public ImportRun importFile(String format, Path file, String model, String triggeredBy) {
		return importSource(format, file.toString(), model, null, triggeredBy);
	}

	/**
	 * @param format one of {@link #FORMATS}
	 * @param file the file
	 * @param model lm-eval only: the model evaluated, when the file does not name it
	 * @param asOf the day the scores were recorded, when the file does not say: LMArena's
	 * leaderboard carries no date; {@code null} for the day of the import
	 * @return the run: COMPLETED with the scores stored, or FAILED with the reason
	 */
	public ImportRun importFile(String format, Path file, String model, LocalDate asOf, String triggeredBy) {
		return importSource(format, file.toString(), model, asOf, triggeredBy);
	}

	/**
	 * As {@link #importFile}, from a file path or a document shipped in the application
	 * ({@code classpath:sample-data/quality/…}).
	 */
	public ImportRun importSource(String format, String location, String model, LocalDate asOf, String triggeredBy) {
		String fileName = Path.of(location.replaceFirst("^" + SourceDocument.CLASSPATH, "")).getFileName().toString();
		long runId = this.runs.start(ImportKind.QUALITY, format.toUpperCase(Locale.ROOT), location, null, triggeredBy);
		try {
			if (!FORMATS.contains(format)) {
				throw new IllegalArgumentException(
						"--format must be one of " + String.join(", ", FORMATS) + ", was '" + format + "'");
			}
			byte[] content = SourceDocument.read(location, READ_TIMEOUT).content();
			Outcome outcome = switch (format) {
				case "lm-eval" -> fromLmEval(content, fileName, model, asOf);
				case "lmarena" -> fromLmArena(content, fileName, asOf);
				default -> fromCsv(content, fileName, asOf);
			};
			ImportCounts counts = new ImportCounts(outcome.read(), outcome.added(), 0, 0, outcome.refused().size());
			this.transaction.executeWithoutResult(status -> {
				outcome.stored().forEach(this.scores::put);
				outcome.refused().forEach(failure -> this.runs.quarantine(runId, failure));
			});
			if (outcome.stored().isEmpty()) {
				this.runs.fail(runId, counts, "no quality score stored: " + outcome.message());
			}
			else {
				this.runs.complete(runId, counts, outcome.message());
			}
		}
		catch (QualityFileException | IllegalArgumentException ex) {
			this.runs.fail(runId, new ImportCounts(0, 0, 0, 0, 0), ex.getMessage());
		}
		catch (SourceDocument.UnreadableSource ex) {
			this.runs.fail(runId, new ImportCounts(0, 0, 0, 0, 0), ex.getMessage());
		}
		return this.runs.find(runId).orElseThrow();
	}

	/**
	 * What a file gave.
	 *
	 * @param read rows (metrics, keys, lines) read
	 * @param added rows stored (an LMArena key stores a rating per category)
	 * @param stored the scores to store
	 * @param refused what could not be stored, with where and why
	 * @param message the run's report: what was stored, or why nothing was
	 */
	private record Outcome(long read, long added, List<QualityScore> stored, List<RowFailure> refused, String message) {

	}

	private Outcome fromLmEval(byte[] content, String fileName, String model, LocalDate asOf) {
		LmEvalResults.Read read = LmEvalResults.read(content, fileName);
		String name = (model != null) ? model : read.rawModel();
		if (name == null) {
			throw new QualityFileException(fileName + ": the file names no model: give --model", null);
		}
		long modelId = resolve(matcher(), name, fileName + " (give --model with a catalogued name)");
		LocalDate day = (asOf != null) ? asOf : (read.day() != null) ? read.day() : LocalDate.now(this.clock);
		List<QualityScore> stored = new ArrayList<>();
		for (EvaluationScore score : read.scores()) {
			stored.add(new QualityScore(null, modelId, score.benchmark(), score.score(), score.scaleMax(), day,
					score.source()));
		}
		List<String> parts = new ArrayList<>();
		if (stored.isEmpty()) {
			parts.add(read.refused().isEmpty() ? "the results hold no metric"
					: "every metric was refused, each a quarantined row with its reason");
		}
		else {
			parts.add(stored.size() + " quality scores stored: " + describe(stored));
		}
		if (!read.refused().isEmpty() && !stored.isEmpty()) {
			parts.add(read.refused().size() + " metrics refused, each a quarantined row with its reason");
		}
		parts.addAll(read.notes());
		return new Outcome(stored.size() + read.refused().size(), stored.size(), stored, read.refused(),
				String.join("; ", parts));
	}

	private Outcome fromCsv(byte[] content, String fileName, LocalDate asOf) {
		List<QualityScore> stored = new ArrayList<>();
		LocalDate day = (asOf != null) ? asOf : LocalDate.now(this.clock);
		ModelMatcher matcher = matcher();
		try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.RFC4180.builder()
					.setHeader()
					.setSkipHeaderRecord(true)
					.setIgnoreSurroundingSpaces(true)
					.get()
					.parse(reader)) {
			for (String column : List.of("model", "benchmark", "score", "source")) {
				if (!parser.getHeaderMap().containsKey(column)) {
					throw new QualityFileException(fileName + ": column '" + column + "' is missing", null);
				}
			}
			for (CSVRecord record : parser) {
				String where = fileName + ", line " + (record.getRecordNumber() + 1);
				long modelId = resolve(matcher, record.get("model"), where + ", field 'model'");
				BigDecimal score = decimal(record.get("score"), where + ", field 'score'");
				BigDecimal scaleMax = record.isMapped("scale_max") && !record.get("scale_max").isBlank()
						? decimal(record.get("scale_max"), where + ", field 'scale_max'") : null;
				try {
					stored.add(new QualityScore(null, modelId, record.get("benchmark"), score, scaleMax, day,
							record.get("source")));
				}
				catch (IllegalArgumentException ex) {
					throw new QualityFileException(where + ": " + ex.getMessage(), ex);
				}
			}
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			throw new QualityFileException(fileName + ": not a readable CSV (" + ex.getMessage() + ")", ex);
		}
		String message = stored.isEmpty() ? fileName + " has a header and no rows"
				: stored.size() + " quality scores stored: " + describe(stored);
		return new Outcome(stored.size(), stored.size(), stored, List.of(), message);
	}

	/**
	 * A key mapped to a catalogued model, in a setting.
	 *
	 * @param entry the key and its ratings
	 * @param modelId the model
	 * @param setting the setting, or {@code null}
	 * @param rule how the key was mapped
	 * @param identity the key's identity, to choose among keys of one model
	 */
	private record Mapped(LmArenaLeaderboard.Entry entry, long modelId, String setting, ModelMatcher.Rule rule,
			ModelIdentity identity) {

	}

	private Outcome fromLmArena(byte[] content, String fileName, LocalDate asOf) {
		List<LmArenaLeaderboard.Entry> entries = LmArenaLeaderboard.read(content, fileName);
		LocalDate day = (asOf != null) ? asOf : LocalDate.now(this.clock);
		Map<Long, String> names = modelNames();
		ModelMatcher matcher = new ModelMatcher(this.models.aliasIndex(), names::get);
		Map<String, String> aliasFile = LmArenaKeys.aliases();
		List<RowFailure> refused = new ArrayList<>();
		Map<String, List<Mapped>> byModel = new LinkedHashMap<>();
		for (LmArenaLeaderboard.Entry entry : entries) {
			LmArenaKeys.Key key = LmArenaKeys.read(entry.key());
			String setting = null;
			ModelMatcher.Match match;
			String listed = aliasFile.get(Names.normalise(entry.key()));
			if (listed != null) {
				match = matcher.alias(listed);
			}
			else {
				match = matcher.match(entry.key());
				if (!match.found() && key.setting() != null) {
					ModelMatcher.Match model = matcher.match(key.model());
					match = model.found() ? model
							: ModelMatcher.Match.none(model.reason() + " (read as " + key.setting() + ")");
					setting = key.setting();
				}
			}
			if (!match.found()) {
				refused
					.add(new RowFailure(fileName, entry.line(), "key", entry.key(), "not stored: " + match.reason()));
				continue;
			}
			String model = (setting != null) ? key.model() : entry.key();
			Mapped mapped = new Mapped(entry, match.modelId(), setting, match.rule(),
					ModelNames.identify(model, Set.of(), "lmarena"));
			byModel.computeIfAbsent(match.modelId() + "|" + setting, ignored -> new ArrayList<>()).add(mapped);
		}
		List<Mapped> kept = new ArrayList<>();
		for (List<Mapped> rivals : byModel.values()) {
			rivals.sort(Comparator.comparing(Mapped::identity, ModelIdentity.PREFERENCE));
			Mapped first = rivals.get(0);
			if (rivals.size() > 1
					&& ModelIdentity.PREFERENCE.compare(first.identity(), rivals.get(1).identity()) == 0) {
				for (Mapped rival : rivals) {
					refused.add(new RowFailure(fileName, rival.entry().line(), "key", rival.entry().key(),
							"not stored: " + keys(rivals) + " all rate " + names.get(first.modelId()) + setting(first)
									+ ", and none is its own name or a later snapshot"));
				}
				continue;
			}
			kept.add(first);
			for (Mapped rival : rivals.subList(1, rivals.size())) {
				refused.add(new RowFailure(fileName, rival.entry().line(), "key", rival.entry().key(),
						"not stored: '" + first.entry().key() + "' rates " + names.get(first.modelId()) + setting(first)
								+ " too, and is " + (first.identity().variant() == 0 ? "the model's own name"
										: "the later snapshot (" + first.identity().snapshotDate() + ")")));
			}
		}
		refused.sort(Comparator.comparingLong(RowFailure::line));
		List<QualityScore> stored = new ArrayList<>();
		Set<String> categories = new TreeSet<>();
		for (Mapped mapped : kept) {
			for (LmArenaLeaderboard.Rating rating : mapped.entry().ratings()) {
				stored.add(new QualityScore(null, mapped.modelId(),
						LmArenaKeys.benchmark(rating.category(), mapped.setting()), rating.category(), rating.rating(),
						null, rating.lower(), rating.upper(), day,
						"LMArena " + fileName + ", key " + mapped.entry().key()));
				categories.add(rating.category());
			}
		}
		return new Outcome(entries.size(), kept.size(), stored, refused,
				lmArenaReport(entries.size(), kept, stored, categories, refused, day, asOf == null));
	}

	private static String lmArenaReport(int keys, List<Mapped> kept, List<QualityScore> stored, Set<String> categories,
			List<RowFailure> refused, LocalDate day, boolean undated) {
		Map<ModelMatcher.Rule, Integer> byRule = new HashMap<>();
		kept.forEach(mapped -> byRule.merge(mapped.rule(), 1, Integer::sum));
		long withSetting = kept.stream().filter(mapped -> mapped.setting() != null).count();
		long models = kept.stream().map(Mapped::modelId).distinct().count();
		StringBuilder report = new StringBuilder();
		if (!stored.isEmpty()) {
			report.append(String.format(Locale.ROOT, "%,d", stored.size()))
				.append(" LMArena ratings with their 95 % interval stored for ")
				.append(String.format(Locale.ROOT, "%,d", models))
				.append(" catalogued models, in ")
				.append(categories.size())
				.append(" categories (benchmark '")
				.append(LmArenaKeys.BENCHMARK)
				.append("' for the overall board, '")
				.append(LmArenaKeys.BENCHMARK)
				.append(": coding' and so on), as of ")
				.append(day);
			if (undated) {
				report
					.append(" (the file carries no date: the day of the import; give --as-of the leaderboard's date)");
			}
			report.append("; ")
				.append(kept.size())
				.append(" of ")
				.append(keys)
				.append(" keys mapped: ")
				.append(byRule.getOrDefault(ModelMatcher.Rule.ALIAS, 0))
				.append(" as catalogue aliases, ")
				.append(byRule.getOrDefault(ModelMatcher.Rule.SPELLING, 0))
				.append(" by spelling rules, ")
				.append(byRule.getOrDefault(ModelMatcher.Rule.ALIAS_FILE, 0))
				.append(" by the alias file; ")
				.append(withSetting)
				.append(" of them rated in a setting (thinking, reasoning effort, precision)");
		}
		else {
			report.append("none of the ").append(keys).append(" LMArena keys names a catalogued model");
		}
		if (!refused.isEmpty()) {
			Set<String> named = new LinkedHashSet<>();
			refused.stream().limit(KEYS_NAMED).forEach(failure -> named.add(failure.rawValue()));
			report.append("; ")
				.append(refused.size())
				.append(" keys not stored, each a quarantined row with its reason: ")
				.append(String.join(", ", named))
				.append((refused.size() > KEYS_NAMED) ? ", …" : "");
		}
		return report.toString();
	}

	private static String keys(List<Mapped> rivals) {
		return String.join(" and ", rivals.stream().map(rival -> "'" + rival.entry().key() + "'").toList());
	}

	private static String setting(Mapped mapped) {
		return (mapped.setting() != null) ? " (" + mapped.setting() + ")" : "";
	}

	private ModelMatcher matcher() {
		Map<Long, String> names = modelNames();
		return new ModelMatcher(this.models.aliasIndex(), names::get);
	}

	private Map<Long, String> modelNames() {
		Map<Long, String> names = new HashMap<>();
		for (Model model : this.models.findAll()) {
			names.put(model.id(), model.canonicalName());
		}
		return names;
	}

	private static long resolve(ModelMatcher matcher, String name, String where) {
		ModelMatcher.Match match = matcher.match(name);
		if (!match.found()) {
			throw new QualityFileException(where + ": model " + match.reason(), null);
		}
		return match.modelId();
	}

	private static BigDecimal decimal(String value, String where) {
		try {
			return new BigDecimal(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new QualityFileException(where + ": not a number ('" + value + "')", ex);
		}
	}

	private static String describe(List<QualityScore> scores) {
		List<String> parts = new ArrayList<>();
		for (QualityScore score : scores) {
			parts.add(score.benchmark() + " " + score.score().stripTrailingZeros().toPlainString());
		}
		return String.join("; ", parts);
	}

}
