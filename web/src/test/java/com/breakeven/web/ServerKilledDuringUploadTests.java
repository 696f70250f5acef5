package com.breakeven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.breakeven.BreakevenApplication;
import com.breakeven.db.testing.TestDatabase;
import com.breakeven.web.security.ApiTokens;
import com.breakeven.web.security.Role;

/**
 * A real server (a separate JVM) killed with SIGKILL while it imports an upload: the next
 * start finds the run it left RUNNING, marks it failed with a reason the imports page
 * shows, empties its staged rows and deletes the uploaded file and its directory.
 */
class ServerKilledDuringUploadTests {

	@TempDir
	Path directory;

	@Test
	void nextStart_failsTheRunOfAServerKilledMidUploadEmptiesStagingAndDeletesTheFile() throws Exception {
		Path file = this.directory.resolve("focus-large.csv");
		UsageImportKillAndRestartTests.writeExport(file);
		try (TestDatabase database = TestDatabase.postgres()) {
			String token;
			try (ConfigurableApplicationContext context = start(database)) {
				token = context.getBean(ApiTokens.class).create("uploader", Set.of(Role.ANALYST), null, null).token();
			}
			JdbcClient jdbc = JdbcClient.create(database.dataSource());
			int port = freePort();
			Process server = new ProcessBuilder(serverCommand(database, port)).redirectErrorStream(true)
				.redirectOutput(this.directory.resolve("server.log").toFile())
				.start();
			try {
				awaitUp(port, server);
				HttpResponse<String> accepted = upload(port, token, file);
				assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
				long staged = awaitStaged(jdbc, 2_000, server);
				server.destroyForcibly();
				assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
				assertThat(staged).as("killed half-way").isGreaterThanOrEqualTo(2_000);
			}
			finally {
				server.destroyForcibly();
			}
			String source = jdbc.sql("SELECT source FROM import_run WHERE kind = 'USAGE'").query(String.class).single();
			assertThat(Path.of(source)).as("the upload waits in its temporary directory").exists();

			start(database).close();

			assertThat(jdbc.sql("SELECT status, message FROM import_run WHERE kind = 'USAGE'")
				.query((rs, row) -> rs.getString(1) + ": " + rs.getString(2))
				.single()).isEqualTo("FAILED: the server stopped during this import; upload the file again");
			assertThat(jdbc.sql("SELECT COUNT(*) FROM usage_staging").query(Long.class).single()).isZero();
			assertThat(jdbc.sql("SELECT COUNT(*) FROM usage_daily").query(Long.class).single()).isZero();
			assertThat(Path.of(source)).doesNotExist();
			assertThat(Path.of(source).getParent()).doesNotExist();
		}
	}

	private static ConfigurableApplicationContext start(TestDatabase database) {
		return new SpringApplicationBuilder(BreakevenApplication.class).run("--spring.main.web-application-type=none",
				"--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=" + database.user(),
				"--spring.datasource.password=" + database.password(), "--breakeven.pricing.refresh-cron=-",
				"--breakeven.sample-data.enabled=false");
	}

	static List<String> serverCommand(TestDatabase database, int port) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(BreakevenApplication.class.getName());
		command.addAll(List.of("--server.port=" + port, "--spring.datasource.url=" + database.jdbcUrl(),
				"--spring.datasource.username=" + database.user(),
				"--spring.datasource.password=" + database.password(), "--breakeven.pricing.refresh-cron=-",
				"--breakeven.sample-data.enabled=false", "--breakeven.usage.chunk-size=500"));
		return command;
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	static void awaitUp(int port, Process server) throws InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (System.nanoTime() < deadline && server.isAlive()) {
			try {
				HttpResponse<String> health = http.send(
						HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// the server is still starting
			}
			Thread.sleep(250);
		}
		throw new AssertionError("the server did not start (alive: " + server.isAlive() + ")");
	}

	static HttpResponse<String> upload(int port, String token, Path file) throws IOException, InterruptedException {
		String boundary = "----breakeven" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\nfocus\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"focus-large.csv\""
				+ "\r\nContent-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(Files.readAllBytes(file));
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/imports/usage"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** Waits until the upload's run has staged at least some lines; @return how many */
	static long awaitStaged(JdbcClient jdbc, long atLeast, Process server) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (System.nanoTime() < deadline && server.isAlive()) {
			long staged = jdbc.sql("SELECT COALESCE(SUM(source_rows), 0) FROM usage_staging")
				.query(Long.class)
				.single();
			if (staged >= atLeast) {
				return staged;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("the upload was never staged (server alive: " + server.isAlive() + ")");
	}

}
