package com.breakeven.ingestion.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
import com.breakeven.pricing.Model;
import com.breakeven.pricing.ModelRepository;
import com.breakeven.pricing.QualityScore;
import com.breakeven.pricing.QualityScoreRepository;

/**
 * Imports a model's own evaluation results as quality scores: lm-evaluation-harness
 * results JSON, or a CSV of {@code model,benchmark,score,scale_max,source}. Models
 * resolve through the catalogue's aliases; a score of an unknown model is refused by name
 * (a score must belong to a catalogued model to be compared). All of a file or nothing.
 */
@Service
public class QualityImports {

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
	 * @return the run: COMPLETED with the scores stored, or FAILED with the reason and
	 * nothing stored
	 */
	public ImportRun importFile(String format, Path file, String model, String triggeredBy) {
		String fileName = file.getFileName().toString();
		long runId = this.runs.start(ImportKind.QUALITY, format.toUpperCase(Locale.ROOT), file.toString(), null,
				triggeredBy);
		try {
			List<QualityScore> read = switch (format) {
				case "lm-eval" -> fromLmEval(file, fileName, model);
				case "csv" -> fromCsv(file, fileName);
				default -> throw new IllegalArgumentException("--format must be lm-eval or csv, was '" + format + "'");
			};
			this.transaction.executeWithoutResult(status -> read.forEach(this.scores::put));
			this.runs.complete(runId, new ImportCounts(read.size(), read.size(), 0, 0, 0),
					read.size() + " quality scores stored: " + describe(read));
		}
		catch (QualityFileException | IllegalArgumentException ex) {
			this.runs.fail(runId, new ImportCounts(0, 0, 0, 0, 0), ex.getMessage());
		}
		return this.runs.find(runId).orElseThrow();
	}

	private List<QualityScore> fromLmEval(Path file, String fileName, String model) {
		LmEvalResults.Read read;
		try (InputStream in = Files.newInputStream(file)) {
			read = LmEvalResults.read(in, fileName);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("cannot read " + file + ": " + ex.getMessage(), ex);
		}
		String name = (model != null) ? model : read.rawModel();
		if (name == null) {
			throw new QualityFileException(fileName + ": the file names no model: give --model", null);
		}
		long modelId = resolve(name, fileName + " (give --model with a catalogued name)");
		LocalDate day = (read.day() != null) ? read.day() : LocalDate.now(this.clock);
		List<QualityScore> scores = new ArrayList<>();
		for (EvaluationScore score : read.scores()) {
			scores.add(new QualityScore(null, modelId, score.benchmark(), score.score(), score.scaleMax(), day,
					score.source()));
		}
		return scores;
	}

	private List<QualityScore> fromCsv(Path file, String fileName) {
		List<QualityScore> scores = new ArrayList<>();
		LocalDate today = LocalDate.now(this.clock);
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
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
				long modelId = resolve(record.get("model"), where + ", field 'model'");
				BigDecimal score = decimal(record.get("score"), where + ", field 'score'");
				BigDecimal scaleMax = record.isMapped("scale_max") && !record.get("scale_max").isBlank()
						? decimal(record.get("scale_max"), where + ", field 'scale_max'") : null;
				try {
					scores.add(new QualityScore(null, modelId, record.get("benchmark"), score, scaleMax, today,
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
		return scores;
	}

	private long resolve(String name, String where) {
		return this.models.resolve(name)
			.map(Model::id)
			.orElseThrow(
					() -> new QualityFileException(where + ": model '" + name + "' is not in the catalogue", null));
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
