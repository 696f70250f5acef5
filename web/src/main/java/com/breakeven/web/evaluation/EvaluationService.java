package com.breakeven.web.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.breakeven.ingestion.evaluation.ChatAnswer;
import com.breakeven.ingestion.evaluation.ChatCompletions;
import com.breakeven.ingestion.evaluation.EvaluationRepository;
import com.breakeven.ingestion.evaluation.EvaluationResult;
import com.breakeven.ingestion.evaluation.EvaluationRun;
import com.breakeven.ingestion.evaluation.EvaluationTask;
import com.breakeven.ingestion.evaluation.ModelAnswers;
import com.breakeven.ingestion.evaluation.Scorer;
import com.breakeven.ingestion.evaluation.TaskFile;
import com.breakeven.pricing.Model;
import com.breakeven.pricing.PriceCatalogue;
import com.breakeven.pricing.QualityScore;
import com.breakeven.pricing.QualityScoreRepository;
import com.breakeven.simulator.evaluation.Accuracy;
import com.breakeven.simulator.evaluation.TaskCost;
import com.breakeven.simulator.planning.Planner;
import com.breakeven.simulator.planning.PriceResolution;
import com.breakeven.simulator.planning.ResolvedPrice;
import com.breakeven.tco.Demand;
import com.breakeven.web.planning.PlanningSettings;

/**
 * Evaluates models on a user's task file: each task sent to each model through one
 * OpenAI-compatible endpoint, each answer scored, each model's accuracy (with its Wilson
 * interval) and cost (at the seller's price by the one price rule) stored with the run
 * and as a quality score of the run's benchmark, which quotes and recommendations read
 * like any other. Models and seller are checked against the catalogue before any request
 * is sent.
 */
@Service
public class EvaluationService {

	/** Benchmark names of evaluations start with this. */
	public static final String BENCHMARK_PREFIX = "tasks: ";

	private static final int PERCENT_SCALE = 4;

	private static final int MONEY_SCALE = 12;

	private final PriceCatalogue catalogue;

	private final Planner planner;

	private final EvaluationRepository runs;

	private final QualityScoreRepository quality;

	private final PlanningSettings settings;

	private final Clock clock;

	private final TransactionTemplate transaction;

	EvaluationService(PriceCatalogue catalogue, Planner planner, EvaluationRepository runs,
			QualityScoreRepository quality, PlanningSettings settings, Clock clock,
			PlatformTransactionManager transactions) {
		this.catalogue = catalogue;
		this.planner = planner;
		this.runs = runs;
		this.quality = quality;
		this.settings = settings;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * A model as the endpoint serves it and as the catalogue knows it.
	 *
	 * @param asSent the name sent in each request
	 * @param catalogueName a name or alias of the catalogue model it is
	 */
	public record ModelUnderTest(String asSent, String catalogueName) {

		/** {@code NAME} (the same name both ways) or {@code SERVED=CATALOGUE}. */
		public static ModelUnderTest parse(String option) {
			int equals = option.indexOf('=');
			if (equals <= 0 || equals == option.length() - 1) {
				return new ModelUnderTest(option.strip(), option.strip());
			}
			return new ModelUnderTest(option.substring(0, equals).strip(), option.substring(equals + 1).strip());
		}

	}

	/**
	 * What to evaluate.
	 *
	 * @param tasks the task file (JSON Lines)
	 * @param name the benchmark's name, or {@code null} for the file's name without its
	 * extension
	 * @param endpoint the API base, e.g. {@code https://api.openai.com/v1}
	 * @param apiKey a bearer token, or {@code null}; used for the requests only, never
	 * stored or printed
	 * @param seller the provider code the endpoint sells as, or {@code null} for the
	 * buying price (the creator's, else the cheapest seller's)
	 * @param models the models, at least one
	 * @param scorer how answers are scored
	 * @param concurrency requests under way at once
	 * @param limit the first so many tasks only, or {@code null} for all
	 * @param timeout longest a request may take
	 * @param pricesOn the day prices are taken on, or {@code null} for today
	 */
	public record Question(Path tasks, String name, URI endpoint, String apiKey, String seller,
			List<ModelUnderTest> models, Scorer scorer, int concurrency, Integer limit, Duration timeout,
			LocalDate pricesOn) {

		public Question {
			Objects.requireNonNull(tasks, "tasks must not be null");
			Objects.requireNonNull(endpoint, "endpoint must not be null");
			Objects.requireNonNull(scorer, "scorer must not be null");
			models = List.copyOf(models);
			if (models.isEmpty()) {
				throw new IllegalArgumentException("give at least one --model");
			}
			if (concurrency < 1) {
				throw new IllegalArgumentException("--concurrency must be >= 1, was " + concurrency);
			}
			if (limit != null && limit < 1) {
				throw new IllegalArgumentException("--limit must be >= 1, was " + limit);
			}
		}

	}

	/**
	 * Runs the evaluation and stores it.
	 * @param progress told when each model starts and ends
	 * @return the stored run
	 * @throws IllegalArgumentException for a bad task file, an unknown model or seller,
	 * before any request is sent
	 */
	public EvaluationRun evaluate(Question q, Consumer<String> progress) {
		List<EvaluationTask> tasks = TaskFile.read(q.tasks(), q.scorer());
		if (q.limit() != null && q.limit() < tasks.size()) {
			tasks = tasks.subList(0, q.limit());
		}
		if (q.seller() != null && this.catalogue.provider(q.seller()).isEmpty()) {
			throw new IllegalArgumentException("--seller: no provider '" + q.seller() + "' in the catalogue");
		}
		List<Model> models = new ArrayList<>();
		for (ModelUnderTest model : q.models()) {
			models.add(this.catalogue.model(model.catalogueName())
				.orElseThrow(() -> new IllegalArgumentException("--model " + model.catalogueName()
						+ ": no model of that name or alias in the catalogue (give SERVED=CATALOGUE-NAME)")));
		}
		LocalDate day = (q.pricesOn() != null) ? q.pricesOn() : LocalDate.now(this.clock);
		String fileName = q.tasks().getFileName().toString();
		String benchmark = BENCHMARK_PREFIX + ((q.name() != null && !q.name().isBlank()) ? q.name().strip()
				: fileName.replaceFirst("\\.[^.]*$", ""));
		if (benchmark.length() > QualityScore.BENCHMARK_LENGTH) {
			throw new IllegalArgumentException(
					"--name is at most " + (QualityScore.BENCHMARK_LENGTH - BENCHMARK_PREFIX.length()) + " characters");
		}
		progress.accept(String.format(Locale.ROOT, "evaluating %d models on %d tasks of %s at %s", models.size(),
				tasks.size(), fileName, withoutCredentials(q.endpoint())));
		Instant started = this.clock.instant();
		List<EvaluationResult> results = new ArrayList<>();
		try (ChatCompletions client = new ChatCompletions(q.endpoint(), q.apiKey(), q.concurrency(), q.timeout())) {
			for (int i = 0; i < models.size(); i++) {
				ModelUnderTest asked = q.models().get(i);
				List<ChatAnswer> answers = client.ask(asked.asSent(), tasks);
				EvaluationResult result = result(models.get(i), asked.asSent(),
						ModelAnswers.count(tasks, answers, q.scorer()), q.seller(), day);
				progress.accept("  " + describe(result));
				results.add(result);
			}
		}
		EvaluationRun run = new EvaluationRun(null, benchmark, fileName, sha256(q.tasks()), tasks.size(), q.scorer(),
				withoutCredentials(q.endpoint()), q.seller(), q.concurrency(), this.settings.reportingCurrency(), day,
				started, this.clock.instant(), results);
		long id = Objects.requireNonNull(this.transaction.execute(status -> store(run, day)));
		return this.runs.runs().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
	}

	/** Every stored run, newest first. */
	public List<EvaluationRun> runs() {
		return this.runs.runs();
	}

	private long store(EvaluationRun run, LocalDate day) {
		long id = this.runs.add(run);
		for (EvaluationResult result : run.results()) {
			if (result.accuracyPercent() != null) {
				this.quality
					.put(new QualityScore(null, result.modelId(), run.benchmark(), null, result.accuracyPercent(),
							BigDecimal.valueOf(100), result.lowerPercent(), result.upperPercent(), day,
							"evaluation run " + id + " of " + run.taskFile() + " (" + run.tasks() + " tasks, "
									+ run.scorer().optionName() + ") at " + run.endpoint() + ", model '"
									+ result.modelAsSent() + "'"));
			}
		}
		return id;
	}

	/** One model's answers scored and costed. */
	private EvaluationResult result(Model model, String asSent, ModelAnswers answers, String seller, LocalDate day) {
		if (answers.answered() == 0) {
			return new EvaluationResult(model.id(), model.canonicalName(), asSent, answers, null, null, null, null,
					null, null, "no task was answered: nothing to score or cost");
		}
		Accuracy accuracy = Accuracy.wilson(answers.correct(), answers.answered());
		PriceResolution price = this.planner.currentPrice(model.canonicalName(), seller, null, day,
				this.settings.reportingCurrency(), new Demand(answers.inputTokens(), 0, answers.outputTokens(), 1), 0);
		BigDecimal cost = null;
		BigDecimal perTask = null;
		BigDecimal perCorrect = null;
		String priceWords;
		if (price instanceof PriceResolution.Unpriced unpriced) {
			priceWords = unpriced.reason();
		}
		else if (answers.withoutUsage() > 0) {
			priceWords = answers.withoutUsage() + " answers came without token counts (usage): no cost";
		}
		else {
			ResolvedPrice resolved = price.orThrow();
			TaskCost taskCost = TaskCost.of(resolved.pricing(), answers.inputTokens(), answers.outputTokens(),
					answers.answered(), answers.correct());
			cost = money(taskCost.total());
			perTask = money(taskCost.perTask());
			perCorrect = taskCost.hasPerCorrect() ? money(taskCost.perCorrect()) : null;
			priceWords = resolved.describe();
		}
		return new EvaluationResult(model.id(), model.canonicalName(), asSent, answers, percent(accuracy.percent()),
				percent(accuracy.lowerPercent()), percent(accuracy.upperPercent()), cost, perTask, perCorrect,
				priceWords);
	}

	/**
	 * "openai/gpt-4o: 40 of 50 correct (80 %, 95 % 67.0–88.8 %), 0 failed, 0 timed out".
	 */
	static String describe(EvaluationResult r) {
		ModelAnswers a = r.answers();
		String accuracy = (r.accuracyPercent() != null)
				? String.format(Locale.ROOT, " (%s %%, 95 %% interval %s–%s %%)", plain(r.accuracyPercent(), 1),
						plain(r.lowerPercent(), 1), plain(r.upperPercent(), 1))
				: "";
		String cost = (r.costPerCorrect() != null) ? ", cost per correct answer " + plain(r.costPerCorrect(), 6)
				: (r.costPerTask() != null) ? ", no correct answer" : ", no cost: " + r.price();
		return String.format(Locale.ROOT, "%s: %d of %d answered correct%s, %d failed, %d timed out%s", r.model(),
				a.correct(), a.answered(), accuracy, a.failed(), a.timedOut(), cost);
	}

	private static String plain(BigDecimal value, int scale) {
		return value.setScale(scale, RoundingMode.HALF_UP).toPlainString();
	}

	private static BigDecimal percent(double value) {
		return BigDecimal.valueOf(value).setScale(PERCENT_SCALE, RoundingMode.HALF_UP);
	}

	private static BigDecimal money(double value) {
		return BigDecimal.valueOf(value).setScale(MONEY_SCALE, RoundingMode.HALF_UP);
	}

	/** The endpoint as stored: no user, password, query or fragment. */
	static String withoutCredentials(URI endpoint) {
		return endpoint.getScheme() + "://" + endpoint.getHost()
				+ ((endpoint.getPort() >= 0) ? ":" + endpoint.getPort() : "")
				+ ((endpoint.getPath() != null) ? endpoint.getPath() : "");
	}

	private static String sha256(Path file) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(file.getFileName() + ": cannot be read", ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

}
