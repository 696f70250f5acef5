package com.breakeven.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The one place that knows how the migrations in {@value #LOCATION} differ between the
 * two supported databases.
 * <p>
 * The same SQL files run on PostgreSQL and on H2 in PostgreSQL mode; the only difference
 * is the type of large binary columns, which PostgreSQL calls {@code BYTEA} and H2
 * {@code BINARY LARGE OBJECT} (H2's {@code BYTEA} stops at 1 MB).
 */
public final class Migrations {

	/** Where the migration scripts live on the classpath. */
	public static final String LOCATION = "classpath:db/migration";

	/** Placeholder used in the scripts for a large binary column type. */
	public static final String BINARY_TYPE = "binary_type";

	private Migrations() {
	}

	/**
	 * Placeholders for the database behind a data source.
	 * @param dataSource the target database
	 * @return placeholder name to SQL text
	 */
	public static Map<String, String> placeholdersFor(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return placeholdersFor(connection.getMetaData().getDatabaseProductName());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read the database product name to choose migration placeholders",
					ex);
		}
	}

	/**
	 * Placeholders for a database product as JDBC names it ({@code PostgreSQL},
	 * {@code H2}).
	 * @param databaseProductName
	 * {@link java.sql.DatabaseMetaData#getDatabaseProductName()}
	 * @return placeholder name to SQL text
	 */
	public static Map<String, String> placeholdersFor(String databaseProductName) {
		String product = databaseProductName.toLowerCase(Locale.ROOT);
		if (product.contains("postgres")) {
			return Map.of(BINARY_TYPE, "BYTEA");
		}
		if (product.equals("h2")) {
			return Map.of(BINARY_TYPE, "BINARY LARGE OBJECT");
		}
		throw new IllegalArgumentException(
				"Breakeven supports PostgreSQL and H2; the configured database is " + databaseProductName);
	}

	/**
	 * A Flyway configuration for Breakeven's migrations on the given database.
	 * @param dataSource the target database
	 * @return a configuration ready to {@code load()}
	 */
	public static FluentConfiguration configure(DataSource dataSource) {
		return Flyway.configure()
			.dataSource(dataSource)
			.locations(LOCATION)
			.placeholders(placeholdersFor(dataSource))
			.failOnMissingLocations(true);
	}

	/**
	 * Brings the database to the latest schema version.
	 * @param dataSource the target database
	 * @return what Flyway did
	 */
	public static MigrateResult migrate(DataSource dataSource) {
		return configure(dataSource).load().migrate();
	}

}
