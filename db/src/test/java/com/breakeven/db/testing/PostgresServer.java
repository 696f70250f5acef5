package com.breakeven.db.testing;

import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;

import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The real PostgreSQL server the tests run against: {@code BREAKEVEN_TEST_PG_URL}
 * (default {@value #DEFAULT_URL}), user {@code BREAKEVEN_TEST_PG_USER} (default
 * {@code postgres}), password {@code BREAKEVEN_TEST_PG_PASSWORD} (default empty). A
 * missing test database is created.
 * <p>
 * When the server cannot be reached, PostgreSQL tests are skipped with a visible message
 * on a developer's machine and <em>fail</em> when {@code CI=true}: CI must prove the
 * schema on the production database.
 */
final class PostgresServer {

	static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/breakeven_test";

	private static PostgresServer instance;

	private static String unavailableReason;

	private final String url;

	private final String user;

	private final String password;

	private PostgresServer(String url, String user, String password) {
		this.url = url;
		this.user = user;
		this.password = password;
	}

	static synchronized PostgresServer require() {
		if (instance == null && unavailableReason == null) {
			connect();
		}
		if (instance != null) {
			return instance;
		}
		if (inCi()) {
			throw new IllegalStateException("PostgreSQL tests cannot be skipped in CI (CI=true): " + unavailableReason);
		}
		Assumptions.abort("PostgreSQL tests skipped: " + unavailableReason);
		throw new AssertionError("unreachable");
	}

	private static void connect() {
		String url = env("BREAKEVEN_TEST_PG_URL", DEFAULT_URL);
		String user = env("BREAKEVEN_TEST_PG_USER", "postgres");
		String password = env("BREAKEVEN_TEST_PG_PASSWORD", "");
		PostgresServer server = new PostgresServer(url, user, password);
		try {
			try {
				server.ping();
			}
			catch (SQLException ex) {
				if (!"3D000".equals(ex.getSQLState())) {
					throw ex;
				}
				server.createDatabase();
				server.ping();
			}
			instance = server;
		}
		catch (SQLException ex) {
			unavailableReason = "no PostgreSQL at " + url + " as user " + user + " (" + ex.getMessage()
					+ "); start it or set BREAKEVEN_TEST_PG_URL";
			System.err.println();
			System.err.println("*** " + unavailableReason + " ***");
			System.err.println(inCi() ? "*** CI=true: every PostgreSQL test FAILS ***"
					: "*** PostgreSQL tests are SKIPPED on this machine (they fail when CI=true) ***");
			System.err.println();
		}
	}

	private void ping() throws SQLException {
		try (Connection connection = dataSource(null).getConnection()) {
			connection.isValid(5);
		}
	}

	private void createDatabase() throws SQLException {
		URI uri = URI.create(this.url.substring("jdbc:".length()));
		String database = uri.getPath().substring(1);
		PGSimpleDataSource maintenance = new PGSimpleDataSource();
		maintenance.setURL("jdbc:postgresql://" + uri.getAuthority() + "/postgres");
		maintenance.setUser(this.user);
		maintenance.setPassword(this.password);
		try (Connection connection = maintenance.getConnection()) {
			connection.createStatement().execute("CREATE DATABASE \"" + database.replace("\"", "") + "\"");
		}
	}

	PGSimpleDataSource dataSource(String schema) {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setURL(this.url);
		dataSource.setUser(this.user);
		dataSource.setPassword(this.password);
		dataSource.setConnectTimeout(5);
		dataSource.setLoginTimeout(5);
		if (schema != null) {
			dataSource.setCurrentSchema(schema);
		}
		return dataSource;
	}

	String user() {
		return this.user;
	}

	String password() {
		return this.password;
	}

	private static boolean inCi() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
