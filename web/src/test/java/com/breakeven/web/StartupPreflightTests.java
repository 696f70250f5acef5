package com.breakeven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

import com.breakeven.BreakevenApplication;

/**
 * A taken port or an unreachable database stops the start with one line that says what to
 * do.
 */
class StartupPreflightTests {

	@Test
	void portProblem_whenAnotherProcessListensOnThePort() throws IOException {
		try (ServerSocket taken = new ServerSocket(0)) {
			MockEnvironment environment = new MockEnvironment().withProperty("server.port",
					String.valueOf(taken.getLocalPort()));

			assertThat(StartupPreflight.portProblem(environment)).contains("port " + taken.getLocalPort()
					+ " is already in use (is Breakeven already running?); stop the other process or start with"
					+ " --server.port=<free port>");
		}
	}

	@Test
	void portProblem_noneForAFreePortOrARandomPortOrNoWebServer() throws IOException {
		int free = freePort();

		assertThat(StartupPreflight.portProblem(new MockEnvironment().withProperty("server.port", "" + free)))
			.isEmpty();
		assertThat(StartupPreflight.portProblem(new MockEnvironment().withProperty("server.port", "0"))).isEmpty();
		assertThat(StartupPreflight.portProblem(new MockEnvironment().withProperty("server.port", "" + free)
			.withProperty("spring.main.web-application-type", "none"))).isEmpty();
	}

	@Test
	void databaseProblem_namesTheUnreachableDatabaseAndWhatToSet() throws IOException {
		String url = "jdbc:postgresql://127.0.0.1:" + freePort() + "/breakeven?password=secret";
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", url)
			.withProperty("spring.datasource.username", "postgres");

		assertThat(StartupPreflight.databaseProblem(environment)).hasValueSatisfying(
				message -> assertThat(message).startsWith("cannot open the database jdbc:postgresql://127.0.0.1:")
					.contains("/breakeven as user 'postgres': ")
					.contains("refused")
					.endsWith("; start the database or set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and"
							+ " SPRING_DATASOURCE_PASSWORD")
					.doesNotContain("secret")
					.doesNotContain("\n"));
	}

	@Test
	void databaseProblem_noneForAReachableDatabase() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:h2:mem:preflight;MODE=PostgreSQL");

		assertThat(StartupPreflight.databaseProblem(environment)).isEmpty();
	}

	@Test
	void secondInstanceOnTheSamePort_exitsWithOneLineOnStandardError(@TempDir Path workDir) throws Exception {
		try (ServerSocket firstInstance = new ServerSocket(0, 50, InetAddress.getByName("0.0.0.0"))) {
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			Process second = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
					BreakevenApplication.class.getName(), "--server.port=" + firstInstance.getLocalPort())
				.directory(workDir.toFile())
				.redirectOutput(workDir.resolve("stdout.txt").toFile())
				.start();

			assertThat(second.waitFor(60, TimeUnit.SECONDS)).as("second instance exits").isTrue();
			List<String> errorLines = new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).lines()
				.toList();
			assertThat(second.exitValue()).isEqualTo(StartupPreflight.EXIT_CODE);
			assertThat(errorLines).containsExactly("breakeven: port " + firstInstance.getLocalPort()
					+ " is already in use (is Breakeven already running?); stop the other process or start with"
					+ " --server.port=<free port>");
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
