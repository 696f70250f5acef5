package com.breakeven.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Checks, before the application context starts, the two things that most often stop
 * Breakeven from starting: the HTTP port is taken (another instance is running) or the
 * database cannot be reached. Either ends the process with exit code {@value #EXIT_CODE}
 * and one line on standard error that says what to do.
 */
public class StartupPreflight implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	/** Process exit code when a preflight check fails. */
	public static final int EXIT_CODE = 2;

	private static final int DATABASE_TIMEOUT_SECONDS = 5;

	/**
	 * H2's {@code DATABASE_ALREADY_OPEN_1}: the file is locked by another process that
	 * did not open it in mixed mode ({@code AUTO_SERVER}).
	 */
	private static final int H2_DATABASE_IN_USE = 90020;

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		// a command (import, probe) starts no web server: the port may be the running
		// server's
		boolean webServer = event.getSpringApplication().getWebApplicationType() != WebApplicationType.NONE;
		Optional<String> problem = webServer ? problem(event.getEnvironment())
				: databaseProblem(event.getEnvironment());
		problem.ifPresent(message -> {
			System.err.println("breakeven: " + message);
			System.exit(EXIT_CODE);
		});
	}

	/**
	 * @param environment the resolved configuration
	 * @return what prevents a start, in one line, or empty when the port is free and the
	 * database answers
	 */
	public static Optional<String> problem(Environment environment) {
		Optional<String> port = portProblem(environment);
		return port.isPresent() ? port : databaseProblem(environment);
	}

	static Optional<String> portProblem(Environment environment) {
		if ("none".equalsIgnoreCase(environment.getProperty("spring.main.web-application-type", ""))) {
			return Optional.empty();
		}
		int port = environment.getProperty("server.port", Integer.class, 8080);
		if (port <= 0) {
			return Optional.empty();
		}
		String address = environment.getProperty("server.address");
		try (ServerSocket socket = new ServerSocket()) {
			InetSocketAddress endpoint = (address != null) ? new InetSocketAddress(InetAddress.getByName(address), port)
					: new InetSocketAddress(port);
			socket.bind(endpoint);
			return Optional.empty();
		}
		catch (IOException ex) {
			return Optional.of("port " + port + " is already in use (is Breakeven already running?); stop the other "
					+ "process or start with --server.port=<free port>");
		}
	}

	static Optional<String> databaseProblem(Environment environment) {
		String url = environment.getProperty("spring.datasource.url");
		if (url == null || url.isBlank()) {
			return Optional.empty();
		}
		String user = environment.getProperty("spring.datasource.username", "");
		String password = environment.getProperty("spring.datasource.password", "");
		DriverManager.setLoginTimeout(DATABASE_TIMEOUT_SECONDS);
		try (Connection connection = DriverManager.getConnection(url, user, password)) {
			connection.isValid(DATABASE_TIMEOUT_SECONDS);
			return Optional.empty();
		}
		catch (SQLException ex) {
			if (ex.getErrorCode() == H2_DATABASE_IN_USE) {
				return Optional.of("the H2 database " + withoutSecrets(url) + " is open in another process (a running"
						+ " Breakeven server?); add ;AUTO_SERVER=TRUE to spring.datasource.url of both (the default URL"
						+ " has it), or stop the other process");
			}
			return Optional.of("cannot open the database " + withoutSecrets(url) + " as user '" + user + "': "
					+ firstLine(rootMessage(ex)) + "; start the database or set SPRING_DATASOURCE_URL, "
					+ "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD");
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
	}

	private static String firstLine(String text) {
		int newline = text.indexOf('\n');
		return ((newline >= 0) ? text.substring(0, newline) : text).trim();
	}

	/**
	 * Drops URL parameters, where drivers accept passwords, before the URL is printed.
	 */
	static String withoutSecrets(String url) {
		int query = url.indexOf('?');
		String base = (query >= 0) ? url.substring(0, query) : url;
		int h2Options = base.indexOf(';');
		return (h2Options >= 0) ? base.substring(0, h2Options) : base;
	}

}
