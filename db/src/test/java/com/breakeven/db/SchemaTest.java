package com.breakeven.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;

import com.breakeven.db.testing.BothDatabasesTest;

/**
 * The migrations build the same schema on H2 and PostgreSQL, and every kind of column
 * round-trips exactly.
 */
class SchemaTest extends BothDatabasesTest {

	private static final OffsetDateTime CREATED = OffsetDateTime.of(2026, 11, 23, 9, 30, 15, 0, ZoneOffset.UTC);

	@Test
	void migrate_appliesEveryScriptSuccessfully() {
		MigrationInfo[] applied = Migrations.configure(this.database.dataSource()).load().info().applied();

		assertThat(applied).extracting(MigrationInfo::getState).containsOnly(MigrationState.SUCCESS);
		assertThat(applied).extracting(info -> info.getVersion().getVersion())
			.containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "19", "20",
					"21", "22");
	}

	@Test
	void migrate_createsEveryTableTheProductNeeds() throws SQLException {
		List<String> tables = new ArrayList<>();
		try (Connection connection = this.database.dataSource().getConnection();
				ResultSet rs = connection.getMetaData()
					.getTables(null, connection.getSchema(), "%", new String[] { "TABLE" })) {
			while (rs.next()) {
				tables.add(rs.getString("TABLE_NAME").toLowerCase());
			}
		}

		assertThat(tables).contains("provider", "model", "model_alias", "price", "price_override", "fx_rate",
				"usage_daily", "import_run", "quarantined_row", "gpu", "hardware_profile", "hosting_profile",
				"gpu_rental_offer", "throughput_measurement", "quality_score", "workload", "scenario",
				"scenario_result", "report_definition", "generated_report", "generated_report_file", "app_user",
				"app_user_role", "api_token", "price_review", "model_modality_claim", "import_file", "usage_staging",
				"evaluation_run", "evaluation_result", "budget", "alert", "alert_mute", "alert_delivery", "alert_check",
				"batch_job_instance", "batch_job_execution", "batch_job_execution_params", "batch_step_execution",
				"batch_step_execution_context", "batch_job_execution_context", "shedlock", "spring_session",
				"spring_session_attributes", "upload_ticket");
	}

	@Test
	void price_roundTripsTwelvePlaceDecimalsAndDates() throws SQLException {
		long provider = insertProvider("openai");
		long model = insertModel("openai/gpt-4o", provider);
		// $0.0000025 per token, as LiteLLM publishes it, is $2.5 per million;
		// OpenRouter's
		// "0.0000000833333333333333" per token is 0.0833… per million: kept to 12 places
		// (1e-18 per token) since V9
		BigDecimal input = new BigDecimal("2.500000000000");
		BigDecimal cached = new BigDecimal("0.083333333333");
		long price = insert(
				"INSERT INTO price (model_id, provider_id, currency, input_per_mtok, cached_input_per_mtok,"
						+ " effective_from, source, created_at) VALUES (?, ?, 'USD', ?, ?, ?, 'manual', ?)",
				model, provider, input, cached, LocalDate.of(2024, 8, 6), CREATED);

		try (Connection connection = this.database.dataSource().getConnection();
				PreparedStatement ps = connection.prepareStatement(
						"SELECT input_per_mtok, cached_input_per_mtok, effective_from, effective_to, region,"
								+ " context_above_tokens, created_at FROM price WHERE id = ?")) {
			ps.setLong(1, price);
			try (ResultSet rs = ps.executeQuery()) {
				assertThat(rs.next()).isTrue();
				assertThat(rs.getBigDecimal(1)).isEqualTo(input);
				assertThat(rs.getBigDecimal(2)).isEqualTo(cached);
				assertThat(rs.getObject(3, LocalDate.class)).isEqualTo(LocalDate.of(2024, 8, 6));
				assertThat(rs.getObject(4, LocalDate.class)).isNull();
				assertThat(rs.getString(5)).isEqualTo("global");
				assertThat(rs.getInt(6)).isZero();
				assertThat(rs.getObject(7, OffsetDateTime.class).toInstant()).isEqualTo(CREATED.toInstant());
			}
		}
	}

	@Test
	void price_rejectsNegativePricesAndInvertedDates() throws SQLException {
		long provider = insertProvider("openai");
		long model = insertModel("openai/gpt-4o", provider);

		assertThatThrownBy(() -> insert(
				"INSERT INTO price (model_id, provider_id, currency, input_per_mtok,"
						+ " effective_from, source, created_at) VALUES (?, ?, 'USD', -1, ?, 'manual', ?)",
				model, provider, LocalDate.of(2024, 1, 1), CREATED))
			.isInstanceOf(SQLException.class);
		assertThatThrownBy(() -> insert("INSERT INTO price (model_id, provider_id, currency, input_per_mtok,"
				+ " effective_from, effective_to, source, created_at) VALUES (?, ?, 'USD', 1, ?, ?, 'manual', ?)",
				model, provider, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1), CREATED))
			.isInstanceOf(SQLException.class);
	}

	@Test
	void modelModalityClaim_keepsOneRowPerStatementOfAFeedAboutAModel() throws SQLException {
		String sql = "INSERT INTO model_modality_claim (model_name, source, input_modalities, output_modalities,"
				+ " evidence, created_at) VALUES (?, 'litellm', 'text', ?, 'mode chat', ?)";
		insert(sql, "openai/gpt-4o", "text", CREATED);
		// the same feed saying something else about the same model is a second row
		insert(sql, "openai/gpt-4o", "image", CREATED);

		assertThatThrownBy(() -> insert(sql, "openai/gpt-4o", "text", CREATED)).isInstanceOf(SQLException.class);
		assertThatThrownBy(() -> insert(sql, "OpenAI/GPT-4o", "text", CREATED)).isInstanceOf(SQLException.class);
	}

	@Test
	void model_rejectsCanonicalNamesThatAreNotNormalised() throws SQLException {
		long provider = insertProvider("openai");

		assertThatThrownBy(() -> insertModel("OpenAI/GPT-4o", provider)).isInstanceOf(SQLException.class);
	}

	@Test
	void qualityScore_keepsARatingWithItsIntervalAndCategoryAndRefusesAScoreOutsideIt() throws SQLException {
		long provider = insertProvider("openai");
		long model = insertModel("openai/gpt-4o", provider);
		// LMArena text, category coding: 1339.2154 (95 % interval 1331.5 to 1347.0), four
		// decimals kept; a benchmark name of 86 characters fits
		String benchmark = "LMArena text: industry_business_and_management_and_financial_operations (thinking 32k)";
		insert("INSERT INTO quality_score (model_id, benchmark, score, lower_bound, upper_bound, category, as_of,"
				+ " source) VALUES (?, ?, 1339.2154, 1331.5, 1347.0, 'coding', ?, 'lmarena')", model, benchmark,
				LocalDate.of(2025, 12, 11));

		assertThat(selectString("SELECT category FROM quality_score WHERE benchmark = ?", benchmark))
			.isEqualTo("coding");
		assertThat(new BigDecimal(selectString("SELECT upper_bound FROM quality_score WHERE benchmark = ?", benchmark)))
			.isEqualByComparingTo("1347.0");
		assertThatThrownBy(() -> insert(
				"INSERT INTO quality_score (model_id, benchmark, score, lower_bound,"
						+ " upper_bound, as_of, source) VALUES (?, 'b', 1400, 1331.5, 1347.0, ?, 'x')",
				model, LocalDate.of(2025, 12, 11)))
			.isInstanceOf(SQLException.class);
		assertThatThrownBy(() -> insert("INSERT INTO quality_score (model_id, benchmark, score, lower_bound, as_of,"
				+ " source) VALUES (?, 'c', 1339, 1331.5, ?, 'x')", model, LocalDate.of(2025, 12, 11)))
			.isInstanceOf(SQLException.class);
	}

	@Test
	void usageDaily_keepsCostOnlyRowsWithoutTokens() throws SQLException {
		long row = insert(
				"INSERT INTO usage_daily (usage_date, raw_provider, raw_model, billed_cost, currency,"
						+ " source_format, source_key, row_key) VALUES (?, 'Microsoft', 'gpt-4o-0513 Inp glbl Tokens',"
						+ " ?, 'USD', 'FOCUS', 'focus:acct-1', 'r1')",
				LocalDate.of(2025, 5, 1), new BigDecimal("12.345678"));

		try (Connection connection = this.database.dataSource().getConnection();
				PreparedStatement ps = connection
					.prepareStatement("SELECT input_tokens, billed_cost FROM usage_daily WHERE id = ?")) {
			ps.setLong(1, row);
			try (ResultSet rs = ps.executeQuery()) {
				assertThat(rs.next()).isTrue();
				assertThat(rs.getObject(1)).isNull();
				// kept to 12 decimals since V8: the same amount, more trailing zeros
				assertThat(rs.getBigDecimal(2)).isEqualByComparingTo(new BigDecimal("12.345678"));
			}
		}
	}

	@Test
	void usageDaily_rejectsTheSameRowOfTheSameStreamTwice() throws SQLException {
		String sql = "INSERT INTO usage_daily (usage_date, raw_provider, raw_model, input_tokens, source_format,"
				+ " source_key, row_key) VALUES (?, 'OpenAI', 'gpt-4o', 10, 'OPENAI', 'openai:org', 'proj|gpt-4o')";
		insert(sql, LocalDate.of(2025, 5, 1));

		assertThatThrownBy(() -> insert(sql, LocalDate.of(2025, 5, 1))).isInstanceOf(SQLException.class);
	}

	@Test
	void usageDaily_rejectsCostWithoutCurrency() {
		assertThatThrownBy(() -> insert(
				"INSERT INTO usage_daily (usage_date, raw_provider, raw_model, billed_cost,"
						+ " source_format, source_key, row_key) VALUES (?, 'OpenAI', 'gpt-4o', 1, 'OPENAI', 'k', 'r')",
				LocalDate.of(2025, 5, 1)))
			.isInstanceOf(SQLException.class);
	}

	@Test
	void scenario_roundTripsLargeJsonParameters() throws SQLException {
		// 200 kB of JSON: well past VARCHAR(4000)-style limits, inside H2's
		// 1,000,000-character VARCHAR.
		String json = "{\"months\":[" + "0,".repeat(100_000) + "0]}";
		long scenario = insert("INSERT INTO scenario (name, parameters_json, parameters_version, created_at,"
				+ " updated_at) VALUES ('big', ?, 1, ?, ?)", json, CREATED, CREATED);

		assertThat(selectString("SELECT parameters_json FROM scenario WHERE id = ?", scenario)).isEqualTo(json);
	}

	@Test
	void generatedReportFile_roundTripsBinaryContentLargerThanOneMegabyte() throws Exception {
		byte[] pdf = new byte[3 * 1024 * 1024];
		new Random(42).nextBytes(pdf);
		long definition = insert("INSERT INTO report_definition (name, scope_kind, period, currency, formats, cron,"
				+ " created_at, updated_at) VALUES ('Monthly', 'ALL', 'MONTH', 'USD', 'PDF', '0 0 6 1 * *', ?, ?)",
				CREATED, CREATED);
		long report = insert(
				"INSERT INTO generated_report (report_definition_id, period_start, period_end, status,"
						+ " started_at, generated_at) VALUES (?, ?, ?, 'SUCCEEDED', ?, ?)",
				definition, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1), CREATED, CREATED);
		String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
		long file = insert("INSERT INTO generated_report_file (generated_report_id, format, content_type, file_name,"
				+ " size_bytes, content_sha256, content) VALUES (?, 'PDF', 'application/pdf', 'r.pdf', ?, ?, ?)",
				report, (long) pdf.length, sha, pdf);

		try (Connection connection = this.database.dataSource().getConnection();
				PreparedStatement ps = connection
					.prepareStatement("SELECT content FROM generated_report_file WHERE id = ?")) {
			ps.setLong(1, file);
			try (ResultSet rs = ps.executeQuery()) {
				assertThat(rs.next()).isTrue();
				assertThat(rs.getBytes(1)).isEqualTo(pdf);
			}
		}
	}

	@Test
	void appUserRole_acceptsOnlyKnownRoles() throws SQLException {
		long user = insert("INSERT INTO app_user (username, password_hash, created_at) VALUES ('ana', 'x', ?)",
				CREATED);
		execute("INSERT INTO app_user_role (user_id, role) VALUES (?, 'ANALYST')", user);

		assertThatThrownBy(() -> execute("INSERT INTO app_user_role (user_id, role) VALUES (?, 'ROOT')", user))
			.isInstanceOf(SQLException.class);
	}

	@Test
	void gpu_isAGpuUnlessItsKindSaysOtherwiseAndTakesOnlyKnownKinds() throws SQLException {
		long gpu = insert("INSERT INTO gpu (code, vendor, display_name, memory_gb, tdp_watts, idle_watts)"
				+ " VALUES ('h100', 'NVIDIA', 'H100', 80, 700, 70)");
		execute("INSERT INTO gpu (code, vendor, display_name, memory_gb, tdp_watts, idle_watts, kind)"
				+ " VALUES ('m2-ultra', 'Apple', 'M2 Ultra', 192, 295, 10, 'UNIFIED')");

		assertThat(selectString("SELECT kind FROM gpu WHERE id = ?", gpu)).isEqualTo("GPU");
		assertThat(selectString("SELECT kind FROM gpu WHERE code = 'm2-ultra'")).isEqualTo("UNIFIED");
		assertThatThrownBy(() -> execute("INSERT INTO gpu (code, vendor, display_name, memory_gb, tdp_watts,"
				+ " idle_watts, kind) VALUES ('tpu', 'Google', 'TPU', 16, 200, 20, 'TPU')"))
			.isInstanceOf(SQLException.class);
	}

	@Test
	void batchSequences_areUsableOnBothDatabases() throws SQLException {
		// Spring Batch's incrementers read these sequences with each vendor's own syntax.
		String next = (this.kind == com.breakeven.db.testing.TestDatabase.Kind.H2)
				? "SELECT NEXT VALUE FOR BATCH_JOB_INSTANCE_SEQ" : "SELECT nextval('BATCH_JOB_INSTANCE_SEQ')";
		try (Connection connection = this.database.dataSource().getConnection();
				ResultSet rs = connection.createStatement().executeQuery(next)) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getLong(1)).isPositive();
		}
	}

	private long insertProvider(String code) throws SQLException {
		return insert("INSERT INTO provider (code, display_name, kind, created_at) VALUES (?, ?, 'API', ?)", code, code,
				CREATED);
	}

	private long insertModel(String name, long provider) throws SQLException {
		return insert("INSERT INTO model (canonical_name, creator_provider_id, display_name, mode, created_at)"
				+ " VALUES (?, ?, ?, 'CHAT', ?)", name, provider, name, CREATED);
	}

	private long insert(String sql, Object... args) throws SQLException {
		try (Connection connection = this.database.dataSource().getConnection();
				PreparedStatement ps = connection.prepareStatement(sql, new String[] { "id" })) {
			bind(ps, args);
			ps.executeUpdate();
			try (ResultSet keys = ps.getGeneratedKeys()) {
				return keys.next() ? keys.getLong(1) : -1;
			}
		}
	}

	private void execute(String sql, Object... args) throws SQLException {
		try (Connection connection = this.database.dataSource().getConnection();
				PreparedStatement ps = connection.prepareStatement(sql)) {
			bind(ps, args);
			ps.executeUpdate();
		}
	}

	private String selectString(String sql, Object... args) throws SQLException {
		try (Connection connection = this.database.dataSource().getConnection();
				PreparedStatement ps = connection.prepareStatement(sql)) {
			bind(ps, args);
			try (ResultSet rs = ps.executeQuery()) {
				assertThat(rs.next()).isTrue();
				return rs.getString(1);
			}
		}
	}

	private static void bind(PreparedStatement ps, Object... args) throws SQLException {
		for (int i = 0; i < args.length; i++) {
			if (args[i] instanceof byte[] bytes) {
				ps.setBytes(i + 1, bytes);
			}
			else {
				ps.setObject(i + 1, args[i]);
			}
		}
	}

}
