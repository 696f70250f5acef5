package com.breakeven.db.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import com.breakeven.db.Migrations;

/**
 * A fresh, fully migrated database for one test: an in-memory H2 database in PostgreSQL
 * mode, or a new schema on the real PostgreSQL server named by
 * {@code BREAKEVEN_TEST_PG_URL}. Closing it throws the data away.
 */
public final class TestDatabase implements AutoCloseable {

	/** H2 settings shared with the embedded default (application.properties). */
	public static final String H2_POSTGRES_MODE = "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

	/** The two databases Breakeven runs on. */
	public enum Kind {

		H2, POSTGRESQL;

		/**
		 * Opens a fresh migrated database of this kind; aborts (locally) or fails (CI)
		 * when PostgreSQL is missing.
		 * @return the database, to be closed after the test
		 */
		public TestDatabase open() {
			return (this == H2) ? h2() : postgres();
		}

		@Override
		public String toString() {
			return (this == H2) ? "H2" : "PostgreSQL";
		}

	}

	private final Kind kind;

	private final String jdbcUrl;

	private final String user;

	private final String password;

	private final DataSource dataSource;

	private final String schema;

	private TestDatabase(Kind kind, String jdbcUrl, String user, String password, DataSource dataSource,
			String schema) {
		this.kind = kind;
		this.jdbcUrl = jdbcUrl;
		this.user = user;
		this.password = password;
		this.dataSource = dataSource;
		this.schema = schema;
	}

	/**
	 * @return a fresh in-memory H2 database with the schema migrated
	 */
	public static TestDatabase h2() {
		String url = "jdbc:h2:mem:t" + UUID.randomUUID().toString().replace("-", "") + ";" + H2_POSTGRES_MODE
				+ ";DB_CLOSE_DELAY=-1";
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL(url);
		dataSource.setUser("sa");
		dataSource.setPassword("");
		Migrations.migrate(dataSource);
		return new TestDatabase(Kind.H2, url, "sa", "", dataSource, null);
	}

	/**
	 * @return a fresh schema on the test PostgreSQL server with the schema migrated
	 */
	public static TestDatabase postgres() {
		PostgresServer server = PostgresServer.require();
		String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		execute(server.dataSource(null), "CREATE SCHEMA " + schema);
		PGSimpleDataSource dataSource = server.dataSource(schema);
		Migrations.migrate(dataSource);
		return new TestDatabase(Kind.POSTGRESQL, dataSource.getURL(), server.user(), server.password(), dataSource,
				schema);
	}

	public Kind kind() {
		return this.kind;
	}

	public DataSource dataSource() {
		return this.dataSource;
	}

	/**
	 * @return a JDBC URL that reaches exactly this database (for Spring Boot tests)
	 */
	public String jdbcUrl() {
		return this.jdbcUrl;
	}

	public String user() {
		return this.user;
	}

	public String password() {
		return this.password;
	}

	@Override
	public void close() {
		if (this.kind == Kind.H2) {
			execute(this.dataSource, "SHUTDOWN");
		}
		else {
			execute(PostgresServer.require().dataSource(null), "DROP SCHEMA " + this.schema + " CASCADE");
		}
	}

	@Override
	public String toString() {
		return this.kind.toString().toLowerCase(Locale.ROOT);
	}

	static void execute(DataSource dataSource, String sql) {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Test database statement failed: " + sql, ex);
		}
	}

}
