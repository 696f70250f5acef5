package com.breakeven.web.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.breakeven.ingestion.WorkloadVolume;
import com.breakeven.web.report.ReportPeriod;
import com.breakeven.web.scenario.ScenarioDefaults;
import com.breakeven.web.scenario.ScenarioForm;
import com.breakeven.web.security.ApiTokens;
import com.breakeven.web.security.Role;

import static com.breakeven.web.bench.Timings.loadAverage;
import static com.breakeven.web.bench.Timings.processCpuNanos;
import static com.breakeven.web.bench.Timings.row;
import static com.breakeven.web.bench.Timings.time;

/**
 * Issue 22's two application figures, each beside its reference in one run: a saved
 * scenario evaluated over REST with 10,000 Monte Carlo trials (a new seed per call, so
 * every call runs its trials), and the quarterly report (PDF, HTML and CSV) generated
 * with 1 and with 64 saved scenarios, beside the six SQL aggregates the report's spend
 * figures amount to. Starts the whole application (web server on a free port, sample data
 * on an empty database), talks to it over HTTP with an API token. Run by
 * {@code ./bench-app}; results go to docs/benchmarks.md.
 * <p>
 * Arguments: the JDBC URL of an empty database (default: a fresh in-memory H2 database in
 * PostgreSQL mode), then its user and password.
 */
public final class ScenarioAndReportBenchmark {

	private static final int REST_WARM_UP = 15;

	private static final int REST_TIMED = 30;

	private static final int REPORT_WARM_UP = 3;

	private static final int REPORT_TIMED = 10;

	private static final int SAVED_SCENARIOS = 64;

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	private final String token;

	private final JsonMapper json;

	private final JdbcClient jdbc;

	private long seeds = 1;

	private ScenarioAndReportBenchmark(String base, String token, JsonMapper json, JdbcClient jdbc) {
		this.base = base;
		this.token = token;
		this.json = json;
		this.jdbc = jdbc;
	}

	public static void main(String[] args) throws Exception {
		try (ConfigurableApplicationContext app = Timings.start(args,
				// the bench calls evaluate back to back: lift the per-user rate limit
				"--breakeven.security.limits.expensive-per-user.attempts=100000")) {
			String token = app.getBean(ApiTokens.class).create("bench", Set.of(Role.ANALYST), "bench", null).token();
			ScenarioAndReportBenchmark bench = new ScenarioAndReportBenchmark(Timings.base(app), token,
					app.getBean(JsonMapper.class), app.getBean(JdbcClient.class));
			bench.run(app.getBean(ScenarioDefaults.class));
		}
	}

	private void run(ScenarioDefaults defaults) throws Exception {
		List<WorkloadVolume> workloads = defaults.workloads();
		ScenarioForm largest = defaults.forWorkload(null);
		long first = save(largest.named("bench 1", null));
		rest(first);
		long report = post("/api/v1/reports",
				Map.of("name", "bench quarterly", "scope", "ALL", "period", "QUARTER", "currency", "USD", "formats",
						List.of("PDF", "HTML", "CSV"), "cron", "0 0 6 1 * *", "recipients", "", "budget", "", "enabled",
						false),
				201)
			.get("id")
			.asLong();
		report(report, 1);
		for (int n = 2; n <= SAVED_SCENARIOS; n++) {
			// each workload in turn, each scenario its own seed: no two are one run
			ScenarioForm form = defaults.forWorkload(workloads.get(n % workloads.size()).name());
			save(form.named("bench " + n, null).simulated(true, null, (long) n));
		}
		report(report, SAVED_SCENARIOS);
	}

	/** The REST row: evaluate with a new seed per call, then without the Monte Carlo. */
	private void rest(long scenario) throws Exception {
		for (int i = 0; i < REST_WARM_UP; i++) {
			post("/api/v1/scenarios/" + scenario + "/evaluate?seed=" + (1_000_000 + i), null, 200);
		}
		long cpuBefore = processCpuNanos();
		List<Double> withTrials = time(REST_TIMED,
				() -> post("/api/v1/scenarios/" + scenario + "/evaluate?seed=" + nextSeed(), null, 200));
		double cpuWith = (processCpuNanos() - cpuBefore) / 1e6 / REST_TIMED;
		cpuBefore = processCpuNanos();
		List<Double> without = time(REST_TIMED,
				() -> post("/api/v1/scenarios/" + scenario + "/evaluate?monteCarlo=false", null, 200));
		double cpuWithout = (processCpuNanos() - cpuBefore) / 1e6 / REST_TIMED;
		JsonNode one = post("/api/v1/scenarios/" + scenario + "/evaluate?seed=" + nextSeed(), null, 200);
		row(String.format(Locale.ROOT,
				"REST evaluate, %d trials x %d months, %d strategies, a new seed each call (%.0f ms of CPU each)",
				one.get("trials").asInt(), one.get("horizonMonths").asInt(), one.get("strategies").size(), cpuWith),
				withTrials);
		row(String.format(Locale.ROOT, "REST evaluate, same scenario without the Monte Carlo (%.0f ms of CPU each)",
				cpuWithout), without);
		numpyReference();
	}

	/**
	 * The Monte Carlo row's reference, in the same run: the NumPy model of
	 * MonteCarloBenchmark (run from the repository's root).
	 */
	private static void numpyReference() throws Exception {
		Path script = Path.of("simulator/src/test/python/montecarlo_numpy.py");
		if (!Files.exists(script)) {
			System.out.println("(no NumPy reference: run from the repository's root)");
			return;
		}
		Process numpy = new ProcessBuilder("python3", script.toString(), "20").redirectErrorStream(true).start();
		String first = new String(numpy.getInputStream().readAllBytes()).lines().findFirst().orElse("");
		System.out.printf(Locale.ROOT, "| reference: %s | load %s |%n", (numpy.waitFor() == 0) ? first : "failed",
				loadAverage());
	}

	private long nextSeed() {
		return this.seeds++;
	}

	/** The report row: quarterly report generated now, beside the six SQL aggregates. */
	private void report(long report, int savedScenarios) throws Exception {
		for (int i = 0; i < REPORT_WARM_UP; i++) {
			runReport(report);
		}
		long cpuBefore = processCpuNanos();
		List<Double> generated = time(REPORT_TIMED, () -> runReport(report));
		double cpuPerReport = (processCpuNanos() - cpuBefore) / 1e6 / REPORT_TIMED;
		ReportPeriod period = ReportPeriod.lastComplete(ReportPeriod.Kind.QUARTER, LocalDate.now());
		List<Double> aggregates = time(REPORT_TIMED, () -> sixAggregates(period));
		row(String.format(Locale.ROOT, "quarterly report PDF+HTML+CSV, %d saved scenario(s) (%.0f ms of CPU each)",
				savedScenarios, cpuPerReport), generated);
		row("the six SQL aggregates of the same period", aggregates);
	}

	private void runReport(long report) throws Exception {
		JsonNode generated = post("/api/v1/reports/" + report + "/run", null, 200);
		if (!"SUCCEEDED".equals(generated.get("status").asString())) {
			throw new IllegalStateException("report failed: " + generated.get("failureReason"));
		}
	}

	/**
	 * What the report's spend figures amount to in SQL: spend by provider, by model and
	 * by team in the period, spend by month over the six months to its end, the previous
	 * period's total, tokens by model in the period and the one before.
	 */
	private void sixAggregates(ReportPeriod period) {
		ReportPeriod previous = period.previous(ReportPeriod.Kind.QUARTER);
		LocalDate trendFrom = period.lastDay().withDayOfMonth(1).minusMonths(5);
		String spend = "SELECT %s, SUM(u.billed_cost) FROM usage_daily u LEFT JOIN model m ON m.id = u.model_id"
				+ " WHERE u.usage_date BETWEEN :from AND :to AND u.billed_cost IS NOT NULL GROUP BY %s";
		for (String by : List.of("u.raw_provider", "COALESCE(m.canonical_name, u.raw_model)", "u.team")) {
			query(String.format(Locale.ROOT, spend, by, by), period.start(), period.lastDay());
		}
		query("SELECT EXTRACT(YEAR FROM u.usage_date), EXTRACT(MONTH FROM u.usage_date), SUM(u.billed_cost)"
				+ " FROM usage_daily u WHERE u.usage_date BETWEEN :from AND :to AND u.billed_cost IS NOT NULL"
				+ " GROUP BY EXTRACT(YEAR FROM u.usage_date), EXTRACT(MONTH FROM u.usage_date)", trendFrom,
				period.lastDay());
		query("SELECT SUM(u.billed_cost) FROM usage_daily u WHERE u.usage_date BETWEEN :from AND :to"
				+ " AND u.billed_cost IS NOT NULL", previous.start(), previous.lastDay());
		// months of both periods apart, so unit costs of each can be read
		query("SELECT EXTRACT(YEAR FROM u.usage_date), EXTRACT(MONTH FROM u.usage_date),"
				+ " COALESCE(m.canonical_name, u.raw_model), SUM(COALESCE(u.input_tokens, 0)"
				+ " + COALESCE(u.cached_input_tokens, 0) + COALESCE(u.output_tokens, 0))"
				+ " FROM usage_daily u LEFT JOIN model m ON m.id = u.model_id"
				+ " WHERE u.usage_date BETWEEN :from AND :to AND u.usage_kind <> 'BILLED'"
				+ " GROUP BY EXTRACT(YEAR FROM u.usage_date), EXTRACT(MONTH FROM u.usage_date),"
				+ " COALESCE(m.canonical_name, u.raw_model)", previous.start(), period.lastDay());
	}

	private void query(String sql, LocalDate from, LocalDate to) {
		if (this.jdbc.sql(sql).param("from", from).param("to", to).query().listOfRows().isEmpty()) {
			throw new IllegalStateException("no rows: " + sql);
		}
	}

	private long save(ScenarioForm form) throws Exception {
		return post("/api/v1/scenarios", form, 201).get("id").asLong();
	}

	private JsonNode post(String path, Object body, int expected) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Authorization", "Bearer " + this.token);
		if (body != null) {
			request.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body)));
		}
		else {
			request.POST(HttpRequest.BodyPublishers.noBody());
		}
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != expected) {
			throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
		}
		return this.json.readTree(response.body());
	}

}
