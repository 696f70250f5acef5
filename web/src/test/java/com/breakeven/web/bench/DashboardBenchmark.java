package com.breakeven.web.bench;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.breakeven.web.security.ApiTokens;
import com.breakeven.web.security.Role;
import com.breakeven.web.security.UserAccounts;

import static com.breakeven.web.bench.Timings.processCpuNanos;
import static com.breakeven.web.bench.Timings.row;
import static com.breakeven.web.bench.Timings.time;

/**
 * Issue 22's dashboard row beside its reference in one run: one year of usage imported
 * through the product's own upload ({@code POST /api/v1/imports/usage}, the generic
 * format, as a user would), then {@code GET /dashboard} over HTTP as a signed-in viewer —
 * the default view (the whole year), one quarter, and the model and team breakdowns as
 * CSV — beside the SQL aggregates the page's figures amount to, timed in the same JVM.
 * Run by {@code ./bench-app dashboard}; results go to docs/benchmarks.md.
 * <p>
 * The year (365 days to 2026-10-31, the sample's last usage day; generated, fixed seed):
 * a gateway's usage export with estimated costs in USD (6 teams, 12 projects, each
 * project on 4 of 8 models: 17,520 lines), an invoice in EUR billed per day and project
 * for two Mistral models (2,190 lines; each day's amount converted at that day's ECB
 * rate), and OpenAI's billed costs in USD for gpt-4o from May 2026 (which then count
 * instead of the gateway's estimates for those months).
 * <p>
 * Arguments: the JDBC URL of an empty database (default: a fresh in-memory H2 database in
 * PostgreSQL mode), then its user and password.
 */
public final class DashboardBenchmark {

	private static final int WARM_UP = 10;

	private static final int TIMED = 30;

	static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 31);

	static final LocalDate FIRST_DAY = LAST_DAY.minusDays(364);

	private static final String PASSWORD = "bench-dashboard-password";

	/**
	 * Raw model name as the gateway logs it, its provider, and list USD per million
	 * input, cached input, output.
	 */
	private record GatewayModel(String name, String provider, double input, double cached, double output) {

	}

	private static final List<GatewayModel> MODELS = List.of(
			new GatewayModel("gpt-4o-2024-08-06", "openai", 2.50, 1.25, 10.00),
			new GatewayModel("gpt-4o-mini-2024-07-18", "openai", 0.15, 0.075, 0.60),
			new GatewayModel("gpt-4.1-2025-04-14", "openai", 2.00, 0.50, 8.00),
			new GatewayModel("claude-sonnet-4-5-20250929", "anthropic", 3.00, 0.30, 15.00),
			new GatewayModel("claude-haiku-4-5", "anthropic", 1.00, 0.10, 5.00),
			new GatewayModel("gemini-2.5-flash", "google-vertex-ai", 0.30, 0.075, 2.50),
			new GatewayModel("gemini-2.5-pro", "google-vertex-ai", 1.25, 0.31, 10.00),
			new GatewayModel("meta-llama/Llama-3.3-70B-Instruct-Turbo", "together-ai", 0.88, 0.88, 0.88));

	/** Team, project and application, two projects a team. */
	private static final List<String[]> PROJECTS = List.of(
			new String[] { "customer-support", "helpdesk", "support-bot" },
			new String[] { "customer-support", "returns", "returns-triage" },
			new String[] { "legal", "contracts", "clause-checker" },
			new String[] { "legal", "compliance", "policy-qa" },
			new String[] { "engineering", "dev-productivity", "ide-assistant" },
			new String[] { "engineering", "code-review", "review-bot" },
			new String[] { "operations", "back-office", "summariser" },
			new String[] { "operations", "invoices", "invoice-reader" },
			new String[] { "platform", "knowledge-base", "rag-search" },
			new String[] { "platform", "search", "query-rewriter" },
			new String[] { "data", "analytics", "nightly-classifier" },
			new String[] { "data", "forecasting", "demand-notes" });

	private static final int MODELS_PER_PROJECT = 4;

	private static final LocalDate OPENAI_BILLED_FROM = LocalDate.of(2026, 5, 1);

	private final HttpClient http = HttpClient.newHttpClient();

	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	private final String token;

	private final JsonMapper json;

	private final JdbcClient jdbc;

	private DashboardBenchmark(String base, String token, JsonMapper json, JdbcClient jdbc) {
		this.base = base;
		this.token = token;
		this.json = json;
		this.jdbc = jdbc;
	}

	public static void main(String[] args) throws Exception {
		try (ConfigurableApplicationContext app = Timings.start(args)) {
			String token = app.getBean(ApiTokens.class).create("bench", Set.of(Role.ANALYST), "bench", null).token();
			app.getBean(UserAccounts.class).create("bench-viewer", "Bench viewer", PASSWORD, Set.of(Role.VIEWER));
			DashboardBenchmark bench = new DashboardBenchmark(Timings.base(app), token, app.getBean(JsonMapper.class),
					app.getBean(JdbcClient.class));
			bench.run();
		}
	}

	private void run() throws Exception {
		String mapping = "date=Day,provider=Provider,model=Model,team=Team,project=Project,application=Application,"
				+ "input_tokens=Prompt,cached_input_tokens=Cached,output_tokens=Completion,requests=Requests,cost=Cost";
		importUsage("gateway-export.csv", gatewayExport(), mapping + ",currency=:USD,kind=:ESTIMATE,source=:gateway");
		importUsage("mistral-invoice.csv", mistralInvoice(),
				mapping + ",currency=:EUR,kind=:BILLED,source=:mistral-invoice");
		importUsage("openai-costs.csv", openAiBilled(), mapping + ",currency=:USD,kind=:BILLED,source=:openai-costs");
		long rows = this.jdbc.sql("SELECT COUNT(*) FROM usage_daily WHERE usage_date BETWEEN :from AND :to")
			.param("from", FIRST_DAY)
			.param("to", LAST_DAY)
			.query(Long.class)
			.single();
		System.out.printf(Locale.ROOT, "ledger: %,d daily rows from %s to %s%n", rows, FIRST_DAY, LAST_DAY);
		signIn();
		String page = get("/dashboard");
		Matcher total = Pattern.compile("id=\"total\">([^<]*)<").matcher(page);
		Matcher from = Pattern.compile("name=\"from\" value=\"([^\"]*)\"").matcher(page);
		if (!total.find() || !from.find()) {
			throw new IllegalStateException("the dashboard shows no total: " + page);
		}
		System.out.printf(Locale.ROOT, "default view from %s: total %s%n", from.group(1), total.group(1));
		String quarter = "/dashboard?from=2026-08-01&to=2026-10-31";
		for (String path : List.of("/dashboard", quarter, "/dashboard/spend.csv?by=model",
				"/dashboard/spend.csv?by=team")) {
			for (int i = 0; i < WARM_UP; i++) {
				get(path);
			}
			long cpuBefore = processCpuNanos();
			List<Double> millis = time(TIMED, () -> get(path));
			double cpu = (processCpuNanos() - cpuBefore) / 1e6 / TIMED;
			row(String.format(Locale.ROOT, "GET %s (%.0f ms of CPU each)", path, cpu), millis);
		}
		for (int i = 0; i < WARM_UP; i++) {
			aggregates();
		}
		row("the page's SQL aggregates (year by month, provider, model, team, project; two forecast windows by day)",
				time(TIMED, this::aggregates));
	}

	/**
	 * What the default view's figures amount to in SQL: the usage's first and last day,
	 * the year's spend by month, provider, model, team, project, currency and kind
	 * (billed or estimated), and the spend by day over the two forecast windows (the last
	 * 91 days, and the quarter to date).
	 */
	private void aggregates() {
		this.jdbc.sql("SELECT MIN(usage_date), MAX(usage_date) FROM usage_daily").query().singleRow();
		String byMonth = """
				SELECT EXTRACT(YEAR FROM u.usage_date), EXTRACT(MONTH FROM u.usage_date), u.raw_provider,
				       COALESCE(m.canonical_name, u.raw_model), u.team, u.project, u.currency, u.usage_kind,
				       SUM(u.billed_cost)
				FROM usage_daily u LEFT JOIN model m ON m.id = u.model_id
				WHERE u.usage_date BETWEEN :from AND :to AND u.billed_cost IS NOT NULL
				GROUP BY EXTRACT(YEAR FROM u.usage_date), EXTRACT(MONTH FROM u.usage_date), u.raw_provider,
				         COALESCE(m.canonical_name, u.raw_model), u.team, u.project, u.currency, u.usage_kind""";
		query(byMonth, FIRST_DAY, LAST_DAY);
		String byDay = """
				SELECT u.usage_date, COALESCE(m.canonical_name, u.raw_model), u.currency, u.usage_kind,
				       SUM(u.billed_cost)
				FROM usage_daily u LEFT JOIN model m ON m.id = u.model_id
				WHERE u.usage_date BETWEEN :from AND :to AND u.billed_cost IS NOT NULL
				GROUP BY u.usage_date, COALESCE(m.canonical_name, u.raw_model), u.currency, u.usage_kind""";
		query(byDay, LAST_DAY.minusDays(90), LAST_DAY);
		query(byDay, LocalDate.of(2026, 10, 1), LAST_DAY);
	}

	private void query(String sql, LocalDate from, LocalDate to) {
		if (this.jdbc.sql(sql).param("from", from).param("to", to).query().listOfRows().isEmpty()) {
			throw new IllegalStateException("no rows: " + sql);
		}
	}

	private static final String HEADER = "Day,Provider,Model,Team,Project,Application,Prompt,Cached,Completion,"
			+ "Requests,Cost\n";

	/**
	 * The gateway's export: per day, project and model, tokens growing through the year,
	 * weekends a third of a weekday, some noise; the cost at list price.
	 */
	private static String gatewayExport() {
		StringBuilder csv = new StringBuilder(HEADER);
		Random noise = new Random(22);
		for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
			for (int p = 0; p < PROJECTS.size(); p++) {
				for (int k = 0; k < MODELS_PER_PROJECT; k++) {
					GatewayModel model = MODELS.get((p + 3 * k) % MODELS.size());
					long input = volume(day, 40_000_000L * (1 + p % 5) / (1 + k), noise);
					long cached = input / (2 + k);
					long output = input / 6;
					line(csv, day, model.provider(), model.name(), PROJECTS.get(p), input, cached, output,
							cost(model.input(), model.cached(), model.output(), input, cached, output));
				}
			}
		}
		return csv.toString();
	}

	/** Mistral's invoice in EUR: per day, for three projects on two models. */
	private static String mistralInvoice() {
		StringBuilder csv = new StringBuilder(HEADER);
		Random noise = new Random(23);
		for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
			for (int p : new int[] { 2, 7, 11 }) {
				long large = volume(day, 12_000_000L, noise);
				line(csv, day, "mistral", "mistral-large-latest", PROJECTS.get(p), large, 0, large / 5,
						cost(2.00, 2.00, 6.00, large, 0, large / 5));
				long small = volume(day, 60_000_000L, noise);
				line(csv, day, "mistral", "mistral-small-latest", PROJECTS.get(p), small, 0, small / 5,
						cost(0.10, 0.10, 0.30, small, 0, small / 5));
			}
		}
		return csv.toString();
	}

	/**
	 * OpenAI's billed costs for gpt-4o from May 2026, per day and project, 3 % under the
	 * gateway's estimate at list price.
	 */
	private static String openAiBilled() {
		StringBuilder csv = new StringBuilder(HEADER);
		Random noise = new Random(24);
		GatewayModel gpt4o = MODELS.get(0);
		for (LocalDate day = OPENAI_BILLED_FROM; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
			for (int p = 0; p < PROJECTS.size(); p++) {
				for (int k = 0; k < MODELS_PER_PROJECT; k++) {
					if ((p + 3 * k) % MODELS.size() != 0) {
						continue;
					}
					long input = volume(day, 40_000_000L * (1 + p % 5) / (1 + k), noise);
					long cached = input / (2 + k);
					long output = input / 6;
					BigDecimal billed = cost(gpt4o.input(), gpt4o.cached(), gpt4o.output(), input, cached, output)
						.multiply(new BigDecimal("0.97"))
						.setScale(6, RoundingMode.HALF_UP);
					line(csv, day, "openai", gpt4o.name(), PROJECTS.get(p), input, cached, output, billed);
				}
			}
		}
		return csv.toString();
	}

	/**
	 * A day's tokens: the base, up to 80 % more by the year's end, weekends a third, ±10
	 * % noise.
	 */
	private static long volume(LocalDate day, long base, Random noise) {
		double growth = 1 + 0.8 * (day.toEpochDay() - FIRST_DAY.toEpochDay()) / 365.0;
		boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
		return Math.round(base * growth * (weekend ? 0.35 : 1.0) * (0.9 + 0.2 * noise.nextDouble()));
	}

	/** List price per million tokens times the tokens, to the micro-unit. */
	private static BigDecimal cost(double input, double cached, double output, long inputTokens, long cachedTokens,
			long outputTokens) {
		double amount = ((inputTokens - cachedTokens) * input + cachedTokens * cached + outputTokens * output) / 1e6;
		return BigDecimal.valueOf(amount).setScale(6, RoundingMode.HALF_UP);
	}

	private static void line(StringBuilder csv, LocalDate day, String provider, String model, String[] project,
			long input, long cached, long output, BigDecimal cost) {
		csv.append(day)
			.append(',')
			.append(provider)
			.append(',')
			.append(model)
			.append(',')
			.append(project[0])
			.append(',')
			.append(project[1])
			.append(',')
			.append(project[2])
			.append(',')
			.append(input)
			.append(',')
			.append(cached)
			.append(',')
			.append(output)
			.append(',')
			.append(Math.max(1, input / 1500))
			.append(',')
			.append(cost.toPlainString())
			.append('\n');
	}

	/**
	 * Uploads a generic usage export as the imports API takes it, and waits for its run.
	 */
	private void importUsage(String fileName, String content, String mapping) throws Exception {
		String boundary = "bench-" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (String[] field : List.of(new String[] { "format", "generic" }, new String[] { "mapping", mapping })) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
					+ field[1] + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> accepted = this.http
			.send(HttpRequest.newBuilder(URI.create(this.base + "/api/v1/imports/usage"))
				.header("Authorization", "Bearer " + this.token)
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (accepted.statusCode() != 202) {
			throw new IllegalStateException(
					fileName + ": upload answered " + accepted.statusCode() + ": " + accepted.body());
		}
		String ticket = this.json.readTree(accepted.body()).get("upload").asString();
		long start = System.nanoTime();
		while (true) {
			JsonNode upload = this.json.readTree(
					this.http
						.send(HttpRequest.newBuilder(URI.create(this.base + "/api/v1/imports/uploads/" + ticket))
							.header("Authorization", "Bearer " + this.token)
							.build(), HttpResponse.BodyHandlers.ofString())
						.body());
			String status = upload.get("status").asString();
			if ("COMPLETED".equals(status)) {
				JsonNode run = upload.get("run");
				System.out.printf(Locale.ROOT, "imported %s: %s lines read, %s refused, in %.1f s%n", fileName,
						run.get("rowsRead"), run.get("rowsRefused"), (System.nanoTime() - start) / 1e9);
				if (run.get("rowsRefused").asLong() != 0) {
					throw new IllegalStateException(fileName + ": rows refused: " + upload);
				}
				return;
			}
			if ("FAILED".equals(status)) {
				throw new IllegalStateException(fileName + ": import failed: " + upload);
			}
			Thread.sleep(200);
		}
	}

	/** Signs in on the login form as a viewer would; the session cookie is kept. */
	private void signIn() throws Exception {
		String login = this.browser
			.send(HttpRequest.newBuilder(URI.create(this.base + "/login")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"").matcher(login);
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on the login page");
		}
		String form = "username=bench-viewer&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = this.browser.send(HttpRequest.newBuilder(URI.create(this.base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = signedIn.headers().firstValue("Location").orElse("");
		if (signedIn.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("sign-in answered " + signedIn.statusCode() + " to " + location);
		}
	}

	/** A page or download as the signed-in viewer; anything but 200 stops the run. */
	private String get(String path) throws Exception {
		HttpResponse<String> response = this.browser.send(HttpRequest.newBuilder(URI.create(this.base + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(path + " answered " + response.statusCode());
		}
		return response.body();
	}

}
