package com.breakeven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.breakeven.BreakevenApplication;
import com.breakeven.db.testing.BothDatabasesTest;

/**
 * The whole application starts on H2 and on PostgreSQL, runs the migrations, loads the
 * sample data once, and a restart on the same database adds nothing.
 */
class ApplicationRestartTests extends BothDatabasesTest {

	@Test
	void restart_doesNotDuplicateSampleData() {
		Map<String, Object> properties = Map.of("spring.datasource.url", this.database.jdbcUrl(),
				"spring.datasource.username", this.database.user(), "spring.datasource.password",
				this.database.password());

		long usageAfterFirstStart = startCountAndStop(properties, "usage_daily");
		long usageAfterRestart = startCountAndStop(properties, "usage_daily");

		JdbcClient jdbc = JdbcClient.create(this.database.dataSource());
		assertThat(usageAfterFirstStart).isEqualTo(SampleFiles.dataRows("usage_daily.csv"));
		assertThat(usageAfterRestart).isEqualTo(usageAfterFirstStart);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM import_run WHERE kind = 'SAMPLE_DATA'").query(Long.class).single())
			.isEqualTo(1);
		// the bundled feed snapshots were imported once, by the first start only
		assertThat(jdbc.sql("SELECT COUNT(*) FROM import_run WHERE kind = 'PRICE' AND status = 'COMPLETED'")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	/**
	 * Properties go in as command-line arguments: they must beat application.properties,
	 * as a user's would.
	 */
	static long startCountAndStop(Map<String, Object> properties, String table) {
		String[] arguments = Stream.concat(Stream.of("--server.port=0"),
				properties.entrySet().stream().map(property -> "--" + property.getKey() + "=" + property.getValue()))
			.toArray(String[]::new);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BreakevenApplication.class)
			.run(arguments)) {
			return context.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
		}
	}

}
