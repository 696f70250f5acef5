package com.breakeven.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.breakeven.BreakevenApplication;
import com.breakeven.db.testing.TestDatabase;
import com.breakeven.ingestion.evaluation.EvaluationRepository;
import com.breakeven.ingestion.evaluation.EvaluationResult;
import com.breakeven.ingestion.evaluation.EvaluationRun;
import com.breakeven.pricing.QualityScore;
import com.breakeven.pricing.QualityScoreRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code evaluate} against an in-process fake OpenAI-compatible server (nothing reaches
 * the network) on the embedded database with the sample catalogue: three OpenAI models on
 * fifty tasks, priced at OpenAI's catalogue prices of the sample data (LiteLLM price map,
 * 2026-07-01).
 */
class EvaluateCommandTests {

	private static final int TASKS = 50;

	/** Every answer of the fake server counts 100 prompt and 10 completion tokens. */
	private static final int PROMPT_TOKENS = 100;

	private static final int COMPLETION_TOKENS = 10;

	private static final Pattern TASK_NUMBER = Pattern.compile("task (\\d+):");

	private static final Pattern MODEL = Pattern.compile("\"model\"\\s*:\\s*\"([^\"]+)\"");

	@TempDir
	Path directory;

	private String url;

	private HttpServer server;

	private ExecutorService serverThreads;

	private final AtomicInteger requests = new AtomicInteger();

	private final List<String> authorizations = new ArrayList<>();

	@BeforeEach
	void catalogueAndServer() throws IOException {
		this.url = "jdbc:h2:file:" + this.directory.resolve("breakeven") + ";" + TestDatabase.H2_POSTGRES_MODE;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BreakevenApplication.class).run(
				"--spring.main.web-application-type=none", "--spring.datasource.url=" + this.url,
				"--breakeven.pricing.refresh-cron=-")) {
			assertThat(context.isActive()).isTrue();
		}
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.serverThreads = Executors.newFixedThreadPool(8);
		this.server.setExecutor(this.serverThreads);
		this.server.createContext("/v1/chat/completions", this::answer);
		this.server.start();
	}

	@AfterEach
	void stopServer() {
		this.server.stop(0);
		this.serverThreads.shutdownNow();
	}

	/**
	 * Deterministic answers: gpt-4o is wrong on every fifth task (40 of 50 right),
	 * gpt-4o-mini on every odd one (25 of 50), gpt-4.1-mini right up to task 36 (36 of 48
	 * answered), failing task 49 with HTTP 500 and not answering task 50 within the
	 * timeout.
	 */
	private void answer(HttpExchange exchange) throws IOException {
		this.requests.incrementAndGet();
		synchronized (this.authorizations) {
			this.authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
		}
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		Matcher model = MODEL.matcher(body);
		Matcher task = TASK_NUMBER.matcher(body);
		if (!model.find() || !task.find()) {
			reply(exchange, 400, "{\"error\": {\"message\": \"no model or task\"}}");
			return;
		}
		int n = Integer.parseInt(task.group(1));
		boolean right = switch (model.group(1)) {
			case "gpt-4o" -> n % 5 != 0;
			case "gpt-4o-mini" -> n % 2 == 0;
			case "gpt-4.1-mini" -> {
				if (n == 49) {
					reply(exchange, 500, "{\"error\": {\"message\": \"overloaded\"}}");
					yield false;
				}
				if (n == 50) {
					sleep(3000);
				}
				yield n <= 36;
			}
			default -> false;
		};
		if (n == 49 && model.group(1).equals("gpt-4.1-mini")) {
			return;
		}
		String content = right ? "Answer: " + expected(n) : "Answer: none";
		reply(exchange, 200, """
				{"id": "chatcmpl-%d", "object": "chat.completion", "model": "%s",
				 "choices": [{"index": 0, "message": {"role": "assistant", "content": "%s"}, "finish_reason": "stop"}],
				 "usage": {"prompt_tokens": %d, "completion_tokens": %d, "total_tokens": %d}}
				""".formatted(n, model.group(1), content, PROMPT_TOKENS, COMPLETION_TOKENS,
				PROMPT_TOKENS + COMPLETION_TOKENS));
	}

	private static String expected(int n) {
		return "label-" + (n * 7 % 11);
	}

	private static void reply(HttpExchange exchange, int status, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		try {
			exchange.sendResponseHeaders(status, bytes.length);
			exchange.getResponseBody().write(bytes);
		}
		catch (IOException clientGone) {
			// the evaluator timed out and closed the connection
		}
		exchange.close();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private Path taskFile() throws IOException {
		StringBuilder lines = new StringBuilder();
		for (int n = 1; n <= TASKS; n++) {
			lines.append("{\"id\": \"t")
				.append(n)
				.append("\", \"prompt\": \"task ")
				.append(n)
				.append(": which label fits?\", \"expected\": \"")
				.append(expected(n))
				.append("\"}\n");
		}
		return Files.writeString(this.directory.resolve("support-triage.jsonl"), lines);
	}

	@Test
	void evaluate_threeModelsOnFiftyTasksStoresAccuracyIntervalAndCostPerCorrectAnswer() throws IOException {
		Result result = run("evaluate", "--tasks", taskFile().toString(), "--endpoint",
				"http://127.0.0.1:" + this.server.getAddress().getPort() + "/v1", "--model", "gpt-4o", "--model",
				"gpt-4o-mini", "--model", "gpt-4.1-mini", "--seller", "openai", "--scorer", "contains", "--concurrency",
				"4", "--timeout", "1s", "--prices-on", "2026-10-31");

		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.output()).contains("stored as quality benchmark 'tasks: support-triage'")
			.contains("task t49: HTTP 500")
			.contains("task t50: no answer within 1 s");
		assertThat(this.requests.get()).isEqualTo(3 * TASKS);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BreakevenApplication.class).run(
				"--spring.main.web-application-type=none", "--spring.datasource.url=" + this.url,
				"--breakeven.pricing.refresh-cron=-", "--breakeven.sample-data.enabled=false")) {
			EvaluationRun run = context.getBean(EvaluationRepository.class).runs().get(0);
			Map<String, EvaluationResult> byModel = run.results()
				.stream()
				.collect(Collectors.toMap(EvaluationResult::model, r -> r));
			assertThat(run.tasks()).isEqualTo(TASKS);
			assertThat(run.currency().getCurrencyCode()).isEqualTo("USD");

			// gpt-4o at 2.5 in, 10 out per million: 50 × 100 = 5,000 in, 500 out
			// cost = 5,000 × 2.5 ÷ 1e6 + 500 × 10 ÷ 1e6 = 0.0125 + 0.005 = 0.0175 USD
			// per correct answer: 0.0175 ÷ 40 = 0.0004375; Wilson 40 of 50:
			// 66.9629–88.7562
			EvaluationResult gpt4o = byModel.get("openai/gpt-4o");
			assertThat(gpt4o.answers().correct()).isEqualTo(40);
			assertThat(gpt4o.accuracyPercent()).isEqualByComparingTo("80");
			assertThat(gpt4o.lowerPercent()).isEqualByComparingTo("66.9629");
			assertThat(gpt4o.upperPercent()).isEqualByComparingTo("88.7562");
			assertThat(gpt4o.cost()).isEqualByComparingTo("0.0175");
			assertThat(gpt4o.costPerTask()).isEqualByComparingTo("0.00035");
			assertThat(gpt4o.costPerCorrect()).isEqualByComparingTo("0.0004375");

			// gpt-4o-mini at 0.15 in, 0.6 out: 0.00075 + 0.0003 = 0.00105 USD ÷ 25
			// correct = 0.000042; Wilson 25 of 50: 36.6445–63.3555
			EvaluationResult mini = byModel.get("openai/gpt-4o-mini");
			assertThat(mini.accuracyPercent()).isEqualByComparingTo("50");
			assertThat(mini.lowerPercent()).isEqualByComparingTo("36.6445");
			assertThat(mini.upperPercent()).isEqualByComparingTo("63.3555");
			assertThat(mini.costPerCorrect()).isEqualByComparingTo("0.000042");

			// gpt-4.1-mini at 0.4 in, 1.6 out: 48 answered, 1 failed, 1 timed out, never
			// scored; 4,800 × 0.4 ÷ 1e6 + 480 × 1.6 ÷ 1e6 = 0.00192 + 0.000768 = 0.002688
			// USD
			// ÷ 36 correct = 0.0000746667; Wilson 36 of 48: 61.2156–85.0794
			EvaluationResult gpt41 = byModel.get("openai/gpt-4.1-mini");
			assertThat(gpt41.answers().answered()).isEqualTo(48);
			assertThat(gpt41.answers().failed()).isEqualTo(1);
			assertThat(gpt41.answers().timedOut()).isEqualTo(1);
			assertThat(gpt41.answers().inputTokens()).isEqualTo(4_800);
			assertThat(gpt41.accuracyPercent()).isEqualByComparingTo("75");
			assertThat(gpt41.lowerPercent()).isEqualByComparingTo("61.2156");
			assertThat(gpt41.upperPercent()).isEqualByComparingTo("85.0794");
			assertThat(gpt41.cost()).isEqualByComparingTo("0.002688");
			assertThat(gpt41.costPerCorrect()).isEqualByComparingTo("0.000074666667");

			// the accuracies are quality scores of the named benchmark, as quotes read
			// them
			List<QualityScore> scores = context.getBean(QualityScoreRepository.class)
				.latest()
				.stream()
				.filter(s -> s.benchmark().equals("tasks: support-triage"))
				.toList();
			assertThat(scores).hasSize(3)
				.extracting(QualityScore::score)
				.usingElementComparator(BigDecimal::compareTo)
				.containsExactlyInAnyOrder(new BigDecimal("80"), new BigDecimal("50"), new BigDecimal("75"));
			assertThat(scores).allSatisfy(s -> assertThat(s.hasInterval()).isTrue());
		}
	}

	@Test
	void evaluate_aBadTaskLineIsRefusedInOneLineBeforeAnyRequest() throws IOException {
		Path file = Files.writeString(this.directory.resolve("tasks.jsonl"),
				"{\"prompt\": \"task 1: hi\", \"expected\": \"hello\"}\n{\"prompt\": \"task 2: no answer\"}\n");

		Result result = run("evaluate", "--tasks", file.toString(), "--endpoint",
				"http://127.0.0.1:" + this.server.getAddress().getPort() + "/v1", "--model", "gpt-4o");

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.output()).isEqualTo("breakeven: tasks.jsonl line 2, field expected: missing\n");
		assertThat(this.requests.get()).isZero();
	}

	@Test
	void evaluate_anUnknownModelIsRefusedBeforeAnyRequest() throws IOException {
		Result result = run("evaluate", "--tasks", taskFile().toString(), "--endpoint",
				"http://127.0.0.1:" + this.server.getAddress().getPort() + "/v1", "--model", "my-finetune");

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.output()).contains("--model my-finetune: no model of that name or alias in the catalogue")
			.hasLineCount(1);
		assertThat(this.requests.get()).isZero();
	}

	private record Result(int exitCode, String output) {

	}

	private Result run(String... words) {
		List<String> args = new ArrayList<>(List.of(words));
		args.add("--spring.datasource.url=" + this.url);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int code = CommandLine.run(BreakevenApplication.class, args.toArray(String[]::new),
				new PrintStream(bytes, true, StandardCharsets.UTF_8));
		return new Result(code, bytes.toString(StandardCharsets.UTF_8));
	}

}
