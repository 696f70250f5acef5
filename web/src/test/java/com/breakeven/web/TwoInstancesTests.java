package com.breakeven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.breakeven.BreakevenApplication;
import com.breakeven.db.Migrations;
import com.breakeven.db.testing.TestDatabase;
import com.breakeven.web.security.ApiTokens;
import com.breakeven.web.security.Role;
import com.breakeven.web.security.UserAccounts;

/**
 * Two instances of the application (two Spring contexts, each with its own web server on
 * a random port) on one fresh PostgreSQL database, as behind a load balancer: a report
 * and both price feeds are due on both, every two seconds, yet each is generated or
 * imported once; a user who signs in on one continues on the other with the same cookie,
 * and signing out on the other ends the session on both. A usage import killed with its
 * instance (followed meanwhile by its ticket on the other) and uploaded again on the
 * other ends with the totals of an uninterrupted one.
 * <p>
 * The jobs' locks are held ten minutes here
 * ({@code breakeven.scheduling.lock-at-least-for}) so that every tick of either instance
 * during the test finds the first run's lock; in production they are held 20 s, longer
 * than two instances' ticks drift apart.
 */
class TwoInstancesTests {

	private static final String PASSWORD = "two-instances-password";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@TempDir
	Path directory;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@Test
	void twoInstancesOnOneDatabase_runEachDueJobOnceAndShareSignIns() throws Exception {
		Path litellm = copy("sample-data/feeds/litellm_model_prices_and_context_window.json");
		Path openrouter = copy("sample-data/feeds/openrouter_api_v1_models_output_modalities_all.json");
		try (TestDatabase database = TestDatabase.postgres()) {
			Migrations.configure(database.dataSource()).load().migrate();
			JdbcClient jdbc = JdbcClient.create(database.dataSource());
			// due on every tick: the last complete week's report, first run a minute
			// after
			// the week ends
			jdbc.sql("""
					INSERT INTO report_definition (name, scope_kind, period, currency, formats, cron, enabled,
					    created_at, updated_at)
					VALUES ('Weekly AI spend', 'ALL', 'WEEK', 'USD', 'CSV', '0 * * * * *', TRUE,
					    CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""").update();
			try (ConfigurableApplicationContext first = start(database, litellm, openrouter);
					ConfigurableApplicationContext second = start(database, litellm, openrouter)) {
				// both instances tick every 2 s: wait until both jobs ran and the second
				// instance has ticked several times since
				await(() -> count(jdbc, "SELECT COUNT(*) FROM generated_report") >= 1 && count(jdbc,
						"SELECT COUNT(*) FROM import_run WHERE triggered_by = 'schedule'"
								+ " AND status <> 'RUNNING'") >= 2,
						() -> rows(jdbc, "SELECT format, status, message FROM import_run") + "; reports "
								+ rows(jdbc, "SELECT status FROM generated_report") + "; locks "
								+ rows(jdbc, "SELECT name, locked_by FROM shedlock"));
				Thread.sleep(6_000);

				assertThat(count(jdbc, "SELECT COUNT(*) FROM generated_report")).as("reports generated").isOne();
				assertThat(jdbc
					.sql("SELECT format, COUNT(*) FROM import_run WHERE triggered_by = 'schedule' GROUP BY format")
					.query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2)))
					.list()).as("scheduled price imports per feed")
					.containsExactlyInAnyOrder(Map.entry("LITELLM", 1L), Map.entry("OPENROUTER", 1L));
				assertThat(jdbc.sql("SELECT name FROM shedlock").query(String.class).list()).contains("report-runs",
						"price-feed-refresh");

				first.getBean(UserAccounts.class).create("analyst", "Ana Lyst", PASSWORD, Set.of(Role.ANALYST));
				String cookie = signIn(port(first));
				HttpResponse<String> continued = get(port(second), "/", cookie);
				assertThat(continued.statusCode()).as("signed in on the second instance").isEqualTo(200);
				assertThat(continued.body()).contains("id=\"signed-in-as\">Ana Lyst<");
				assertThat(get(port(second), "/", null).statusCode()).as("without the cookie").isEqualTo(302);

				HttpResponse<String> signedOut = post(port(second), "/logout", cookie,
						Map.of("_csrf", csrf(continued.body())));
				assertThat(signedOut.statusCode()).isEqualTo(302);
				HttpResponse<String> afterwards = get(port(first), "/", cookie);
				assertThat(afterwards.statusCode()).as("signed out on the first instance too").isEqualTo(302);
				assertThat(afterwards.headers().firstValue("Location"))
					.hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
			}
		}
	}

	@Test
	void usageImportKilledOnOneInstance_uploadedAgainOnTheOther_endsWithTheTotalsOfACleanRun() throws Exception {
		Path file = this.directory.resolve("focus-large.csv");
		long expectedInputTokens = UsageImportKillAndRestartTests.writeExport(file);
		try (TestDatabase database = TestDatabase.postgres();
				ConfigurableApplicationContext survivor = new SpringApplicationBuilder(BreakevenApplication.class).run(
						"--server.port=0", "--spring.datasource.url=" + database.jdbcUrl(),
						"--spring.datasource.username=" + database.user(),
						"--spring.datasource.password=" + database.password(),
						"--breakeven.sample-data.enabled=false")) {
			String token = survivor.getBean(ApiTokens.class)
				.create("uploader", Set.of(Role.ANALYST), null, null)
				.token();
			JdbcClient jdbc = JdbcClient.create(database.dataSource());
			// the other instance: a server JVM of its own, killed with SIGKILL mid-import
			int port = ServerKilledDuringUploadTests.freePort();
			Process doomed = new ProcessBuilder(ServerKilledDuringUploadTests.serverCommand(database, port))
				.redirectErrorStream(true)
				.redirectOutput(this.directory.resolve("doomed.log").toFile())
				.start();
			try {
				ServerKilledDuringUploadTests.awaitUp(port, doomed);
				HttpResponse<String> accepted = ServerKilledDuringUploadTests.upload(port, token, file);
				assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
				long staged = ServerKilledDuringUploadTests.awaitStaged(jdbc, 2_000, doomed);
				// the other instance follows the upload by its ticket, as a client behind
				// the
				// load balancer would
				String ticket = accepted.headers().firstValue("Location").orElseThrow();
				HttpResponse<String> followed = this.http
					.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port(survivor) + ticket))
						.header("Authorization", "Bearer " + token)
						.build(), HttpResponse.BodyHandlers.ofString());
				assertThat(followed.statusCode()).as(followed.body()).isEqualTo(200);
				assertThat(followed.body()).contains("\"status\":\"RUNNING\"");
				doomed.destroyForcibly();
				assertThat(doomed.waitFor(30, TimeUnit.SECONDS)).isTrue();
				assertThat(staged).as("killed half-way").isBetween(2_000L, UsageImportKillAndRestartTests.AI_ROWS - 1L);
			}
			finally {
				doomed.destroyForcibly();
			}

			HttpResponse<String> again = ServerKilledDuringUploadTests.upload(port(survivor), token, file);
			assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
			await(() -> count(jdbc,
					"SELECT COUNT(*) FROM import_run WHERE kind = 'USAGE' AND status <> 'RUNNING'") >= 1,
					() -> rows(jdbc, "SELECT kind, status, message FROM import_run"));

			assertThat(jdbc.sql("SELECT status FROM import_run WHERE kind = 'USAGE' AND status <> 'RUNNING'")
				.query(String.class)
				.list()).containsExactly("COMPLETED");
			// what an uninterrupted import stores (UsageImportKillAndRestartTests): 28
			// days x
			// 17 subscriptions of daily rows holding every AI line and token of the file
			// once
			assertThat(count(jdbc, "SELECT COUNT(*) FROM usage_daily")).isEqualTo(28 * 17);
			assertThat(count(jdbc, "SELECT SUM(source_rows) FROM usage_daily"))
				.isEqualTo(UsageImportKillAndRestartTests.AI_ROWS);
			assertThat(count(jdbc, "SELECT SUM(input_tokens) FROM usage_daily")).isEqualTo(expectedInputTokens);
		}
	}

	private ConfigurableApplicationContext start(TestDatabase database, Path litellm, Path openrouter) {
		return new SpringApplicationBuilder(BreakevenApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=" + database.user(),
				"--spring.datasource.password=" + database.password(), "--breakeven.sample-data.enabled=false",
				"--breakeven.pricing.refresh-cron=*/2 * * * * *", "--breakeven.pricing.litellm-url=" + litellm,
				"--breakeven.pricing.openrouter-url=" + openrouter, "--breakeven.reports.check-cron=*/2 * * * * *",
				"--breakeven.alerts.check-cron=-", "--breakeven.fx.refresh-cron=-",
				"--breakeven.scheduling.lock-at-least-for=PT10M");
	}

	private Path copy(String resource) throws IOException {
		Path file = this.directory.resolve(Path.of(resource).getFileName());
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
			Files.copy(in, file);
		}
		return file;
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private static long count(JdbcClient jdbc, String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	/** Every row the query answers, its columns joined, for a failure to show. */
	private static String rows(JdbcClient jdbc, String sql) {
		return jdbc.sql(sql).query((rs, row) -> {
			StringBuilder columns = new StringBuilder();
			for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
				columns.append((column > 1) ? " | " : "").append(rs.getString(column));
			}
			return columns.toString();
		}).list().toString();
	}

	private static void await(BooleanSupplier condition, Supplier<String> state) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("not done within 180 s: " + state.get());
			}
			Thread.sleep(250);
		}
	}

	/** Signs in through the login form; @return the session cookie it ends with */
	private String signIn(int port) throws IOException, InterruptedException {
		HttpResponse<String> form = get(port, "/login", null);
		String cookie = sessionCookie(form).orElseThrow();
		HttpResponse<String> signedIn = post(port, "/login", cookie,
				Map.of("username", "analyst", "password", PASSWORD, "_csrf", csrf(form.body())));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
		// a new session on sign-in (fixation protection)
		return sessionCookie(signedIn).orElse(cookie);
	}

	private static Optional<String> sessionCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(header -> header.startsWith("JSESSIONID="))
			.map(header -> header.substring(0, header.indexOf(';')))
			.findFirst();
	}

	private static String csrf(String page) {
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).as("a CSRF token on the page").isTrue();
		return token.group(1);
	}

	private HttpResponse<String> get(int port, String path, String cookie) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(60));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(int port, String path, String cookie, Map<String, String> fields)
			throws IOException, InterruptedException {
		String body = fields.entrySet()
			.stream()
			.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(60))
			.header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
