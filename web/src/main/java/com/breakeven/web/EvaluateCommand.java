package com.breakeven.web;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ConfigurableApplicationContext;

import com.breakeven.ingestion.evaluation.EvaluationResult;
import com.breakeven.ingestion.evaluation.EvaluationRun;
import com.breakeven.ingestion.evaluation.Scorer;
import com.breakeven.web.evaluation.EvaluationService;

/**
 * {@code evaluate}: the user's own tasks sent to several models through one
 * OpenAI-compatible endpoint, each model's accuracy (Wilson 95 % interval) and cost per
 * correct answer stored as a quality score of the benchmark {@code tasks: NAME}. <pre>
 * java -jar breakeven.jar evaluate --tasks tasks.jsonl --endpoint https://api.openai.com/v1 --model gpt-4o
 *     --model gpt-4o-mini [--seller openai] [--scorer exact|contains|regex|json-schema] [--concurrency 4]
 *     [--limit N] [--name NAME] [--timeout 60s] [--prices-on YYYY-MM-DD]
 * </pre> The API key, if the endpoint needs one, is read from the environment variable
 * {@value #API_KEY} (never from the command line, never stored or printed). Exit code 0
 * when the run was stored, 1 when it failed, 2 for a usage error.
 */
final class EvaluateCommand {

	static final String USAGE = "usage: java -jar breakeven.jar evaluate --tasks <file.jsonl> --endpoint <http(s)://host/v1>"
			+ " --model <name or served=catalogue-name> [--model ...] [--seller <provider>]"
			+ " [--scorer exact|contains|regex|json-schema] [--concurrency 4] [--limit <n>] [--name <benchmark name>]"
			+ " [--timeout 60s] [--prices-on YYYY-MM-DD] (an API key, if needed, in " + EvaluateCommand.API_KEY + ")";

	/**
	 * Read from the environment, never from the command line (shell history, process
	 * lists).
	 */
	static final String API_KEY = "BREAKEVEN_EVALUATE_API_KEY";

	private static final Set<String> OPTIONS = Set.of("--tasks", "--endpoint", "--seller", "--scorer", "--concurrency",
			"--limit", "--name", "--timeout", "--prices-on");

	private EvaluateCommand() {
	}

	static int run(Class<?> application, String[] args, PrintStream out) {
		Map<String, String> options = new HashMap<>();
		List<String> models = new ArrayList<>();
		List<String> springOptions = new ArrayList<>();
		boolean verbose = false;
		for (int i = 1; i < args.length; i++) {
			if (args[i].equals(CommandErrors.VERBOSE)) {
				verbose = true;
			}
			else if (args[i].equals("--model") && i + 1 < args.length) {
				models.add(args[++i]);
			}
			else if (OPTIONS.contains(args[i]) && i + 1 < args.length) {
				options.put(args[i], args[++i]);
			}
			else if (CommandLine.isApplicationProperty(args[i])) {
				springOptions.add(args[i]);
			}
			else {
				out.println("breakeven: unknown argument '" + args[i] + "'");
				out.println(USAGE);
				return 2;
			}
		}
		if (!options.containsKey("--tasks") || !options.containsKey("--endpoint") || models.isEmpty()) {
			out.println(USAGE);
			return 2;
		}
		String tasks = options.get("--tasks");
		String unreadable = CommandErrors.unreadableFile(tasks);
		if (unreadable != null) {
			out.println("breakeven: " + unreadable);
			return 2;
		}
		EvaluationService.Question question;
		try {
			question = question(options, models);
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			CommandErrors.report(null, ex, verbose, out);
			return 2;
		}
		try (ConfigurableApplicationContext context = CommandLine.start(application, springOptions, verbose)) {
			EvaluationRun run = context.getBean(EvaluationService.class).evaluate(question, out::println);
			out.println("evaluation run " + run.id() + " stored as quality benchmark '" + run.benchmark() + "'");
			for (EvaluationResult result : run.results()) {
				if (!result.answers().failureSamples().isEmpty()) {
					out.println("  " + result.model() + " failures: "
							+ String.join("; ", result.answers().failureSamples()));
				}
			}
			return 0;
		}
		catch (IllegalArgumentException ex) {
			CommandErrors.report(null, ex, verbose, out);
			return 2;
		}
		catch (RuntimeException ex) {
			CommandErrors.report(null, ex, verbose, out);
			return 1;
		}
	}

	private static EvaluationService.Question question(Map<String, String> o, List<String> models) {
		return new EvaluationService.Question(Path.of(o.get("--tasks")), o.get("--name"),
				CommandLine.endpoint(o.get("--endpoint")), System.getenv(API_KEY), o.get("--seller"),
				models.stream().map(EvaluationService.ModelUnderTest::parse).toList(),
				Scorer.named(o.getOrDefault("--scorer", "exact")),
				CommandLine.whole(Map.of("--concurrency", o.getOrDefault("--concurrency", "4")), "--concurrency"),
				CommandLine.whole(o, "--limit"), CommandLine.duration(o, "--timeout", "60s"),
				o.containsKey("--prices-on") ? LocalDate.parse(o.get("--prices-on")) : null);
	}

}
