package com.breakeven.ingestion.usage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import com.breakeven.db.testing.BothDatabasesTest;
import com.breakeven.ingestion.UsageDay;
import com.breakeven.ingestion.UsageKind;
import com.breakeven.ingestion.usage.UsageStaging.Published;
import com.breakeven.ingestion.usage.UsageStaging.StagedRow;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishing a run's staged lines over a ledger larger than the file, on H2 and
 * PostgreSQL: exactly the partitions (source, account, day) the file covers are replaced,
 * accounts that are absent (NULL) included, and nothing else is touched.
 */
class UsageStagingTests extends BothDatabasesTest {

	private static final String SOURCE = "litellm:proxy-1";

	private static final String OTHER_SOURCE = "litellm:proxy-2";

	private static final LocalDate JANUARY_1 = LocalDate.of(2026, 1, 1);

	private static final int DAYS = 30;

	private static final int MODELS = 10;

	/** Input tokens of every ledger row before the second run. */
	private static final long LEDGER_TOKENS = 100;

	private JdbcTemplate jdbc;

	private UsageStaging staging;

	@BeforeEach
	void ledger() {
		this.jdbc = new JdbcTemplate(this.database.dataSource());
		this.staging = new UsageStaging(this.jdbc);
		// 3 accounts (one absent) x 30 days x 10 models on SOURCE = 900 rows, and 30 rows
		// of team-a on OTHER_SOURCE: 930
		long first = run();
		List<StagedRow> rows = new ArrayList<>();
		for (int day = 0; day < DAYS; day++) {
			for (String account : new String[] { "team-a", "team-b", null }) {
				for (int model = 0; model < MODELS; model++) {
					rows.add(line(SOURCE, day, account, model, "m" + model + "/" + account, LEDGER_TOKENS));
				}
			}
			rows.add(line(OTHER_SOURCE, day, "team-a", 0, "m0/team-a", LEDGER_TOKENS));
		}
		this.staging.stage(first, rows);
		Published ledger = this.staging.publish(first, false, this.staging.staged(first));
		assertThat(ledger.rowsInserted()).isEqualTo(930);
	}

	@Test
	void publish_replacesOnlyThePartitionsOfTheFileOverALargerLedger() {
		long second = run();
		// January 11-13 of team-a and January 12 of the absent account; on the 11th the
		// request r1 is listed twice (its larger figures count once)
		this.staging.stage(second,
				List.of(line(SOURCE, 10, "team-a", 0, "r1", 7), line(SOURCE, 10, "team-a", 0, "r1", 9),
						line(SOURCE, 10, "team-a", 0, "r2", 5), line(SOURCE, 11, "team-a", 1, "r3", 20),
						line(SOURCE, 12, "team-a", 1, "r4", 30), line(SOURCE, 11, null, 2, "r5", 40)));

		Published published = this.staging.publish(second, true, this.staging.staged(second));

		// 3 days x 10 models of team-a + 1 day x 10 models of the absent account
		assertThat(published.rowsReplaced()).isEqualTo(40);
		// (11th, team-a, m0), (12th, team-a, m1), (13th, team-a, m1), (12th, none, m2)
		assertThat(published.rowsInserted()).isEqualTo(4);
		assertThat(published.linesStored()).isEqualTo(5);
		assertThat(published.duplicateLines()).isEqualTo(1);
		assertThat(count("1 = 1")).isEqualTo(930 - 40 + 4);
		// r1 once at its larger 9, plus r2's 5
		assertThat(tokens(SOURCE, 10, "account = 'team-a'")).isEqualTo(9 + 5);
		assertThat(tokens(SOURCE, 11, "account = 'team-a'")).isEqualTo(20);
		assertThat(tokens(SOURCE, 11, "account IS NULL")).isEqualTo(40);
		// neighbours untouched: another account, another day, another source
		assertThat(tokens(SOURCE, 10, "account = 'team-b'")).isEqualTo(MODELS * LEDGER_TOKENS);
		assertThat(tokens(SOURCE, 10, "account IS NULL")).isEqualTo(MODELS * LEDGER_TOKENS);
		assertThat(tokens(SOURCE, 13, "account = 'team-a'")).isEqualTo(MODELS * LEDGER_TOKENS);
		assertThat(tokens(OTHER_SOURCE, 10, "account = 'team-a'")).isEqualTo(LEDGER_TOKENS);
		assertThat(count("import_run_id = " + second)).isEqualTo(4);
		assertThat(this.staging.staged(second)).isZero();
	}

	private long run() {
		this.jdbc.update("INSERT INTO import_run (kind, format, source, status, started_at)"
				+ " VALUES ('USAGE', 'litellm-spend', 'spend.csv', 'RUNNING', CURRENT_TIMESTAMP)");
		return this.jdbc.queryForObject("SELECT MAX(id) FROM import_run", Long.class);
	}

	private static StagedRow line(String source, int day, String account, int model, String rowKey, long inputTokens) {
		UsageDay usage = new UsageDay(JANUARY_1.plusDays(day), null, "openai", null, "m" + model, account, null, null,
				null, null, inputTokens, null, null, null, null, false, null, null, null, null, UsageKind.USAGE,
				"litellm-spend", source, rowKey);
		return new StagedRow(usage, "spend.csv", day + 2);
	}

	private long tokens(String source, int day, String account) {
		return this.jdbc.queryForObject(
				"SELECT COALESCE(SUM(input_tokens), 0) FROM usage_daily WHERE source_key = ? AND usage_date = ? AND "
						+ account,
				Long.class, source, JANUARY_1.plusDays(day));
	}

	private long count(String condition) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM usage_daily WHERE " + condition, Long.class);
	}

}
