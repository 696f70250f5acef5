package com.breakeven.web;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import com.breakeven.ingestion.FxRates;
import com.breakeven.ingestion.ImportRun;
import com.breakeven.ingestion.ImportStatus;
import com.breakeven.ingestion.PriceFeedImports;
import com.breakeven.ingestion.UsageImports;
import com.breakeven.ingestion.probe.ProbeSettings;
import com.breakeven.ingestion.quality.QualityImports;
import com.breakeven.ingestion.probe.ThroughputProbes;
import com.breakeven.ingestion.throughput.BenchmarkContext;
import com.breakeven.ingestion.throughput.BenchmarkTool;
import com.breakeven.ingestion.throughput.ThroughputImports;
import com.breakeven.pricing.HardwareRepository;
import com.breakeven.tco.Precision;
import com.breakeven.web.throughput.BenchmarkChecks;

/**
 * The command-line jobs of the application jar: <pre>
 * java -jar breakeven.jar import usage --format focus FILE [--spring.datasource.url=…]
 * java -jar breakeven.jar import prices --feed litellm|openrouter|manual FILE_OR_URL [--as-of YYYY-MM-DD]
 * java -jar breakeven.jar import fx FILE_OR_URL          (ECB euro reference rates: eurofxref XML, CSV or zip)
 * java -jar breakeven.jar import throughput --tool vllm|llama-bench|genai-perf FILE --gpu-count N --precision P
 *     (--hardware PROFILE | --gpu GPU) [--model NAME] [--engine NAME] [--engine-version V] [--concurrency N]
 * java -jar breakeven.jar import quality --format lm-eval|lmarena|csv FILE [--model NAME] [--as-of YYYY-MM-DD]
 * java -jar breakeven.jar evaluate --tasks tasks.jsonl --endpoint URL --model A --model B [--seller S]
 *     [--scorer exact|contains|regex|json-schema] [--concurrency N] [--limit N]   (see {@link EvaluateCommand})
 * java -jar breakeven.jar probe --endpoint http://HOST:PORT/v1 --model NAME --engine vLLM --engine-version V
 *     --gpu-count N --precision P (--hardware PROFILE | --gpu GPU) [--concurrency 1,8,32] [--input-tokens 1000]
 *     [--output-tokens 200] [--duration 60s] [--timeout 120s]      (API key, if any, in BREAKEVEN_PROBE_API_KEY)
 * </pre> Exit code 0 when the import run completed, 1 when it failed (the reason is
 * printed on one line, its causes too with {@code --verbose}), 2 for a usage error (a
 * directory or missing file, an unknown option value).
 */
public final class CommandLine {

	private static final String USAGE = "usage: java -jar breakeven.jar import usage --format <focus|openai-usage|openai-costs|anthropic-usage|anthropic-costs|litellm-spend|generic>"
			+ " <file> [--map date=Day,model=Model,input_tokens=Prompt,...] [--source <name of a generic export>]\n"
			+ "       java -jar breakeven.jar import prices --feed <litellm|openrouter|manual> <file or url>"
			+ " [--as-of YYYY-MM-DD]\n"
			+ "       java -jar breakeven.jar import fx <ECB eurofxref XML, CSV or zip file or url>\n"
			+ "       java -jar breakeven.jar import throughput --tool <vllm|llama-bench|genai-perf> <result file>"
			+ " --gpu-count <n> --precision <FP8|BF16|Q4_K_M|...> (--hardware <profile> | --gpu <gpu>)"
			+ " [--model <name>] [--engine <name>] [--engine-version <version>] [--concurrency <n>]\n"
			+ "       java -jar breakeven.jar import quality --format <lm-eval|lmarena|csv> <file> [--model <name>]"
			+ " [--as-of YYYY-MM-DD]\n"
			+ "       java -jar breakeven.jar probe --endpoint <http://host:port/v1> --model <name> --engine <name>"
			+ " --engine-version <version> --gpu-count <n> --precision <precision> (--hardware <profile> | --gpu <gpu>)"
			+ " [--concurrency 1,8,32] [--input-tokens 1000] [--output-tokens 200] [--duration 60s] [--timeout 120s]"
			+ " [--no-ignore-eos]" + " (an API key, if the server needs one, in BREAKEVEN_PROBE_API_KEY)\n       "
			+ AdviseCommand.USAGE.substring(7) + "\n       " + EvaluateCommand.USAGE.substring(7) + "\n"
			+ "       (any --spring.* or --breakeven.* option, e.g. --spring.datasource.url=..., is passed on;"
			+ " --verbose prints the causes of a failure)";

	private static final Set<String> BENCHMARK_OPTIONS = Set.of("--tool", "--model", "--hardware", "--gpu",
			"--gpu-count", "--precision", "--engine", "--engine-version", "--concurrency", "--endpoint",
			"--input-tokens", "--output-tokens", "--duration", "--timeout");

	/**
	 * Read from the environment, never from the command line (shell history, process
	 * lists).
	 */
	private static final String PROBE_API_KEY = "BREAKEVEN_PROBE_API_KEY";

	private CommandLine() {
	}

	/**
	 * @return whether the arguments ask for a command rather than the web application
	 */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && (args[0].equals("import") || args[0].equals("probe") || args[0].equals("advise")
				|| args[0].equals("evaluate"));
	}

	/**
	 * @param args the command line
	 * @return the process exit code
	 */
	public static int run(Class<?> application, String[] args, PrintStream out) {
		if (args.length > 0 && args[0].equals("advise")) {
			return AdviseCommand.run(application, args, out);
		}
		if (args.length > 0 && args[0].equals("evaluate")) {
			return EvaluateCommand.run(application, args, out);
		}
		List<String> words = new ArrayList<>();
		List<String> springOptions = new ArrayList<>();
		String format = null;
		String asOf = null;
		String mapping = null;
		String namedSource = null;
		Map<String, String> benchmark = new HashMap<>();
		boolean verbose = false;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals(CommandErrors.VERBOSE)) {
				verbose = true;
			}
			else if (arg.equals("--no-ignore-eos")) {
				benchmark.put(arg, "true");
			}
			else if (BENCHMARK_OPTIONS.contains(arg) && i + 1 < args.length) {
				benchmark.put(arg, args[++i]);
			}
			else if ((arg.equals("--format") || arg.equals("--feed")) && i + 1 < args.length) {
				format = args[++i];
			}
			else if (arg.equals("--map") && i + 1 < args.length) {
				mapping = args[++i];
			}
			else if (arg.equals("--source") && i + 1 < args.length) {
				namedSource = args[++i];
			}
			else if (arg.equals("--as-of") && i + 1 < args.length) {
				asOf = args[++i];
			}
			else if (isApplicationProperty(arg)) {
				springOptions.add(arg);
			}
			else {
				words.add(arg);
			}
		}
		boolean probe = !words.isEmpty() && words.get(0).equals("probe");
		String kind = probe ? "probe" : (words.size() > 1) ? words.get(1) : "";
		boolean known = switch (kind) {
			case "usage", "prices", "quality" -> format != null;
			case "throughput" -> benchmark.containsKey("--tool");
			case "probe" -> benchmark.containsKey("--endpoint") && benchmark.containsKey("--model");
			default -> kind.equals("fx");
		};
		if (words.size() != (probe ? 1 : 3) || !known) {
			out.println(USAGE);
			return 2;
		}
		LocalDate day;
		try {
			day = (asOf != null) ? LocalDate.parse(asOf) : null;
		}
		catch (DateTimeParseException ex) {
			out.println("breakeven: --as-of must be a date as YYYY-MM-DD, was '" + asOf + "'");
			return 2;
		}
		String source = probe ? null : words.get(2);
		boolean fileOnly = !probe && !kind.equals("prices") && !kind.equals("fx");
		String unreadable = (fileOnly || (source != null && !source.contains("://")))
				? CommandErrors.unreadableFile(source) : null;
		if (unreadable != null) {
			out.println("breakeven: " + unreadable);
			return 2;
		}
		try (ConfigurableApplicationContext context = start(application, springOptions, verbose)) {
			ImportRun run = switch (kind) {
				case "usage" -> importUsage(context, format,
						UsageImports.mappingWithSource(format, mapping, namedSource), Path.of(words.get(2)), out);
				case "prices" -> context.getBean(PriceFeedImports.class).run(format, words.get(2), day, "cli");
				case "throughput" -> importThroughput(context, benchmark, Path.of(words.get(2)));
				case "probe" -> probe(context, benchmark, out);
				case "quality" -> context.getBean(QualityImports.class)
					.importFile(format, Path.of(words.get(2)), benchmark.get("--model"), day, "cli");
				default -> context.getBean(FxRates.class).importEcb(words.get(2), Duration.ofSeconds(30));
			};
			boolean completed = run.status() == ImportStatus.COMPLETED;
			String message = (run.message() == null || completed || verbose) ? run.message()
					: CommandErrors.firstLine(run.message());
			out.printf(Locale.ROOT, "import run %d %s: %s%n", run.id(), run.status(), message);
			return completed ? 0 : 1;
		}
		catch (IllegalArgumentException ex) {
			CommandErrors.report(source, ex, verbose, out);
			return 2;
		}
		catch (RuntimeException ex) {
			CommandErrors.report(source, ex, verbose, out);
			return 1;
		}
	}

	/**
	 * The application without its web server, sample data or scheduled refresh, quiet on
	 * the console: what every command runs in.
	 */
	static ConfigurableApplicationContext start(Class<?> application, List<String> springOptions, boolean verbose) {
		SpringApplication spring = new SpringApplication(application);
		spring.setWebApplicationType(WebApplicationType.NONE);
		spring.addListeners(new StartupPreflight());
		List<String> options = new ArrayList<>(
				List.of("--breakeven.sample-data.enabled=false", "--breakeven.pricing.refresh-cron=-",
						"--breakeven.fx.refresh-cron=-", "--spring.main.banner-mode=off", "--logging.level.root=WARN"));
		if (!verbose) {
			options.addAll(CommandErrors.QUIET_LOGGERS);
		}
		options.addAll(springOptions);
		return spring.run(options.toArray(String[]::new));
	}

	private static ImportRun importUsage(ConfigurableApplicationContext context, String format, String mapping,
			Path file, PrintStream out) {
		// a mapping that cannot work is a usage error (exit 2), named before any run
		UsageImports.check(format, mapping);
		UsageImports imports = context.getBean(UsageImports.class);
		Runnable progress = () -> imports.latestProgress().ifPresent(running -> out.println("  " + running.describe()));
		ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "import-progress");
			thread.setDaemon(true);
			return thread;
		});
		ticker.scheduleAtFixedRate(progress, 2, 2, TimeUnit.SECONDS);
		try {
			return imports.run(format, mapping, file, "cli");
		}
		finally {
			ticker.shutdownNow();
		}
	}

	private static ImportRun importThroughput(ConfigurableApplicationContext context, Map<String, String> options,
			Path file) {
		BenchmarkTool tool = BenchmarkTool.file(options.get("--tool"))
			.orElseThrow(() -> new IllegalArgumentException(
					"--tool must be " + BenchmarkTool.fileCodes() + ", was '" + options.get("--tool") + "'"));
		// a --model typed on the command line is meant, even where the file names another
		// (the run's message records both)
		BenchmarkContext given = new BenchmarkContext(options.get("--model"), options.get("--hardware"),
				options.get("--gpu"), whole(options, "--gpu-count"), options.get("--precision"),
				options.get("--engine"), options.get("--engine-version"), whole(options, "--concurrency"), true);
		checkBenchmark(context, given);
		return context.getBean(ThroughputImports.class).importFile(tool, file, given, "cli");
	}

	/**
	 * Refuses a precision {@link Precision#parse} does not read and more GPUs than the
	 * node has, before anything is stored or probed.
	 */
	private static void checkBenchmark(ConfigurableApplicationContext context, BenchmarkContext given) {
		if (given.precision() != null) {
			Precision.parse(given.precision());
		}
		if (given.hardwareProfile() != null && given.gpuCount() != null) {
			context.getBean(HardwareRepository.class)
				.findHardwareProfile(given.hardwareProfile())
				.flatMap(node -> BenchmarkChecks.gpuCount(given.gpuCount(), node))
				.ifPresent(reason -> {
					throw new IllegalArgumentException("--gpu-count " + reason);
				});
		}
	}

	private static ImportRun probe(ConfigurableApplicationContext context, Map<String, String> options,
			PrintStream out) {
		List<Integer> levels = new ArrayList<>();
		for (String level : options.getOrDefault("--concurrency", "1,8,32").split(",")) {
			levels.add(whole(Map.of("--concurrency", level.strip()), "--concurrency"));
		}
		ProbeSettings settings = new ProbeSettings(endpoint(options.get("--endpoint")), options.get("--model"),
				System.getenv(PROBE_API_KEY), levels, orDefault(whole(options, "--input-tokens"), 1000),
				orDefault(whole(options, "--output-tokens"), 200), duration(options, "--duration", "60s"),
				duration(options, "--timeout", "120s"), !options.containsKey("--no-ignore-eos"));
		BenchmarkContext given = new BenchmarkContext(settings.model(), options.get("--hardware"), options.get("--gpu"),
				whole(options, "--gpu-count"), options.get("--precision"), options.get("--engine"),
				options.get("--engine-version"), null, true);
		checkBenchmark(context, given);
		return context.getBean(ThroughputProbes.class).run(settings, given, out::println, "cli");
	}

	static URI endpoint(String value) {
		try {
			URI uri = new URI(value);
			if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
				throw new URISyntaxException(value, "not http or https");
			}
			return uri;
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException(
					"--endpoint must be an http(s) URL such as http://gpu-host:8000/v1, was '" + value + "'");
		}
	}

	/** "90s", "2m" or plain seconds. */
	static Duration duration(Map<String, String> options, String name, String fallback) {
		String value = options.getOrDefault(name, fallback).strip().toLowerCase(Locale.ROOT);
		try {
			if (value.endsWith("m")) {
				return Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1)));
			}
			return Duration
				.ofSeconds(Long.parseLong(value.endsWith("s") ? value.substring(0, value.length() - 1) : value));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(name + " must be seconds (90s) or minutes (2m), was '" + value + "'");
		}
	}

	private static int orDefault(Integer value, int fallback) {
		return (value != null) ? value : fallback;
	}

	static Integer whole(Map<String, String> options, String name) {
		String value = options.get(name);
		if (value == null) {
			return null;
		}
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(name + " must be a whole number, was '" + value + "'");
		}
	}

	/**
	 * An option that sets one of the application's properties ({@code --spring.…},
	 * {@code --breakeven.…}, {@code --logging.…}), passed on to Spring by every command.
	 */
	static boolean isApplicationProperty(String arg) {
		return arg.startsWith("--spring.") || arg.startsWith("--breakeven.") || arg.startsWith("--logging.");
	}

}
