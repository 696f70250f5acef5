package com.breakeven.pricing;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Quality scores of models, in table {@code quality_score}. */
@Repository
public class QualityScoreRepository {

	private final JdbcClient jdbc;

	public QualityScoreRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a score, replacing the one of the same model, benchmark and day (a corrected
	 * import).
	 */
	public void put(QualityScore score) {
		this.jdbc.sql("DELETE FROM quality_score WHERE model_id = :model AND benchmark = :benchmark AND as_of = :asOf")
			.param("model", score.modelId())
			.param("benchmark", score.benchmark())
			.param("asOf", score.asOf())
			.update();
		this.jdbc.sql("""
				INSERT INTO quality_score (model_id, benchmark, category, score, scale_max, lower_bound, upper_bound,
				    as_of, source)
				VALUES (:model, :benchmark, :category, :score, :scaleMax, :lower, :upper, :asOf, :source)""")
			.param("model", score.modelId())
			.param("benchmark", score.benchmark())
			.param("category", score.category())
			.param("score", score.score())
			.param("scaleMax", score.scaleMax())
			.param("lower", score.lowerBound())
			.param("upper", score.upperBound())
			.param("asOf", score.asOf())
			.param("source", score.source())
			.update();
	}

	/** The latest score of every model on every benchmark. */
	public List<QualityScore> latest() {
		return this.jdbc.sql("""
				SELECT * FROM quality_score q WHERE as_of = (SELECT MAX(as_of) FROM quality_score l
				    WHERE l.model_id = q.model_id AND l.benchmark = q.benchmark)
				ORDER BY benchmark, score DESC""")
			.query((rs, row) -> new QualityScore(rs.getLong("id"), rs.getLong("model_id"), rs.getString("benchmark"),
					rs.getString("category"), rs.getBigDecimal("score"), rs.getBigDecimal("scale_max"),
					rs.getBigDecimal("lower_bound"), rs.getBigDecimal("upper_bound"),
					rs.getObject("as_of", LocalDate.class), rs.getString("source")))
			.list();
	}

	/**
	 * The benchmark on a bounded scale (percentages) the most models have a latest score
	 * on (alphabetically first on a tie): the default that compares the most options;
	 * empty without such scores. Relative ratings (LMArena's, no maximum) are left out: a
	 * floor typed as a number means a percentage, and a floor on a rating is a gap within
	 * its interval, a rule of its own.
	 */
	public java.util.Optional<String> mostScoredBenchmark() {
		return latest().stream()
			.filter(score -> score.scaleMax() != null)
			.collect(java.util.stream.Collectors.groupingBy(QualityScore::benchmark, java.util.TreeMap::new,
					java.util.stream.Collectors.counting()))
			.entrySet()
			.stream()
			.max(java.util.Map.Entry.comparingByValue())
			.map(java.util.Map.Entry::getKey);
	}

	/**
	 * The latest score of each model on a benchmark in a workload's category, by model id
	 * (see {@link QualityCategories#benchmarkIn}).
	 */
	public java.util.Map<Long, QualityScore> latestIn(String benchmark, String category) {
		String stored = QualityCategories.benchmarkIn(benchmark, category);
		java.util.Map<Long, QualityScore> scores = new java.util.HashMap<>();
		latest().stream().filter(q -> q.benchmark().equals(stored)).forEach(q -> scores.put(q.modelId(), q));
		return scores;
	}

	/**
	 * The benchmark a question is judged on when it names none: LMArena's text board when
	 * scores on it are stored (ratings with their 95 % interval, in categories), else the
	 * most-scored bounded benchmark.
	 */
	public java.util.Optional<String> defaultBenchmark() {
		boolean arena = this.jdbc.sql("SELECT COUNT(*) FROM quality_score WHERE benchmark = :b")
			.param("b", ARENA)
			.query(Long.class)
			.single() > 0;
		return arena ? java.util.Optional.of(ARENA) : mostScoredBenchmark();
	}

	/** The benchmark LMArena's overall text board is stored under. */
	public static final String ARENA = "LMArena text";

	public long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM quality_score").query(Long.class).single();
	}

}
