package com.breakeven.ingestion.usage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import java.util.Properties;

/**
 * A Parquet export (AWS Data Exports' FOCUS 1.0, Azure Cost Management's FOCUS export,
 * LiteLLM's FOCUS export) read row by row through DuckDB's JDBC driver, mapped by the
 * same {@link TabularFormat.Table} as its CSV. DuckDB streams the rows in file order, a
 * row group at a time, outside the Java heap (memory_limit 512 MB, two threads); the heap
 * holds one row. Each value is handed to the format as text, as a CSV would hold it:
 * decimals exactly, timestamps as {@code 2024-09-18 22:00:00[+00]} (UTC), maps and
 * structs ({@code Tags}) as JSON, and floating-point numbers (AWS writes costs as
 * {@code DOUBLE}) to at most 12 decimals ({@link UsageValues#fromBinaryFloat}). A row's
 * "line" is its 1-based position in the file.
 */
public final class ParquetUsageLines implements UsageLines {

	private final String fileName;

	private final TabularFormat.Table table;

	private final Connection connection;

	private final PreparedStatement query;

	private final ResultSet rows;

	private final Map<String, Integer> columns = new HashMap<>();

	/** Per column: whether DuckDB hands it as a floating-point number. */
	private final boolean[] floating;

	private long row;

	private Boolean ahead;

	ParquetUsageLines(Path file, String fileName, TabularFormat.Table table) {
		this.fileName = fileName;
		this.table = table;
		String path = file.toAbsolutePath().toString();
		if (readAsPattern(path)) {
			throw new UsageFileException(fileName + ": a Parquet file's path must not contain *, ? or [ (" + path
					+ "); rename the file or its folder", null);
		}
		try {
			this.connection = DriverManager.getConnection("jdbc:duckdb:", settings());
			try (Statement setup = this.connection.createStatement()) {
				setup.execute("SET TimeZone = 'UTC'");
				setup.execute("SET memory_limit = '512MB'");
				setup.execute("SET threads = 2");
			}
			List<String> names = new ArrayList<>();
			List<String> types = new ArrayList<>();
			try (PreparedStatement describe = this.connection
				.prepareStatement("DESCRIBE SELECT * FROM read_parquet(?)")) {
				describe.setString(1, path);
				try (ResultSet described = describe.executeQuery()) {
					while (described.next()) {
						names.add(described.getString("column_name"));
						types.add(described.getString("column_type"));
					}
				}
			}
			for (String column : table.required()) {
				if (!names.contains(column)) {
					throw new UsageFileException(fileName + ": required " + table.formatName() + " column '" + column
							+ "' is missing from the Parquet file's columns", null);
				}
			}
			this.floating = new boolean[names.size()];
			List<String> selected = new ArrayList<>();
			for (int i = 0; i < names.size(); i++) {
				this.columns.putIfAbsent(names.get(i), i);
				this.floating[i] = types.get(i).equals("DOUBLE") || types.get(i).equals("FLOAT");
				selected.add(asText(names.get(i), types.get(i)));
			}
			this.query = this.connection
				.prepareStatement("SELECT " + String.join(", ", selected) + " FROM read_parquet(?)");
			this.query.setString(1, path);
			this.rows = this.query.executeQuery();
		}
		catch (SQLException ex) {
			close();
			throw new UsageFileException(fileName + " cannot be read as Parquet: " + firstLine(ex), ex);
		}
		catch (RuntimeException ex) {
			close();
			throw ex;
		}
	}

	/**
	 * The rows a Parquet file holds, from its footer's row-group metadata (nothing of the
	 * data is read), for the import's per cent done and time left.
	 * @return the rows, or empty when the file cannot be read as Parquet (the import then
	 * says why)
	 */
	public static OptionalLong rowCount(Path file) {
		String path = file.toAbsolutePath().toString();
		if (readAsPattern(path)) {
			return OptionalLong.empty();
		}
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:", settings());
				PreparedStatement count = connection
					.prepareStatement("SELECT SUM(num_rows) FROM parquet_file_metadata(?)")) {
			count.setString(1, path);
			try (ResultSet result = count.executeQuery()) {
				return (result.next() && result.getObject(1) != null) ? OptionalLong.of(result.getLong(1))
						: OptionalLong.empty();
			}
		}
		catch (SQLException ex) {
			return OptionalLong.empty();
		}
	}

	/** DuckDB reads a path with *, ? or [ as a pattern of several files. */
	private static boolean readAsPattern(String path) {
		return path.contains("*") || path.contains("?") || path.contains("[");
	}

	private static Properties settings() {
		Properties settings = new Properties();
		// rows as they are read, never the whole result in memory
		settings.setProperty("jdbc_stream_results", "true");
		// the reader is built in; nothing is ever fetched from the network
		settings.setProperty("autoinstall_known_extensions", "false");
		settings.setProperty("autoload_known_extensions", "false");
		return settings;
	}

	/** The column as the text a CSV would hold; floating-point numbers as numbers. */
	private static String asText(String name, String type) {
		String column = "\"" + name.replace("\"", "\"\"") + "\"";
		if (type.equals("DOUBLE") || type.equals("FLOAT")) {
			return column;
		}
		boolean nested = type.startsWith("MAP(") || type.startsWith("STRUCT(") || type.startsWith("UNION(")
				|| type.endsWith("]");
		return nested ? "CAST(to_json(" + column + ") AS VARCHAR)" : "CAST(" + column + " AS VARCHAR)";
	}

	private static String firstLine(SQLException ex) {
		String message = String.valueOf(ex.getMessage());
		int end = message.indexOf('\n');
		return ((end < 0) ? message : message.substring(0, end)).trim();
	}

	@Override
	public boolean hasNext() {
		if (this.ahead == null) {
			try {
				this.ahead = this.rows.next();
			}
			catch (SQLException ex) {
				throw new UsageFileException(
						this.fileName + " cannot be read as Parquet after row " + this.row + ": " + firstLine(ex), ex);
			}
		}
		return this.ahead;
	}

	@Override
	public UsageLine next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		this.ahead = null;
		this.row++;
		String[] values = new String[this.floating.length];
		try {
			for (int i = 0; i < values.length; i++) {
				if (this.floating[i]) {
					double number = this.rows.getDouble(i + 1);
					values[i] = this.rows.wasNull() ? null : UsageValues.fromBinaryFloat(number).toPlainString();
				}
				else {
					values[i] = this.rows.getString(i + 1);
				}
			}
		}
		catch (SQLException ex) {
			throw new UsageFileException(
					this.fileName + " cannot be read as Parquet at row " + this.row + ": " + firstLine(ex), ex);
		}
		return this.table.line(column -> {
			Integer index = this.columns.get(column);
			return (index != null) ? ExportRow.present(values[index]) : null;
		}, this.row, this.fileName);
	}

	@Override
	public void close() {
		// closing the connection frees DuckDB's native memory
		try {
			if (this.connection != null) {
				this.connection.close();
			}
		}
		catch (SQLException ex) {
			// nothing is written through it: nothing is lost
		}
	}

}
