package com.breakeven.web;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.breakeven.BreakevenApplication;
import com.breakeven.db.testing.TestDatabase;

/**
 * Test fixture: the application without its web server or scheduled price refresh, on a
 * fresh in-memory H2 database holding the sample data. Closing it closes both.
 */
public final class EmbeddedApplication implements AutoCloseable {

	private final TestDatabase database;

	private final ConfigurableApplicationContext context;

	private EmbeddedApplication(TestDatabase database) {
		this.database = database;
		this.context = new SpringApplicationBuilder(BreakevenApplication.class).run(
				"--spring.main.web-application-type=none", "--spring.datasource.url=" + database.jdbcUrl(),
				"--spring.datasource.username=" + database.user(),
				"--spring.datasource.password=" + database.password(), "--breakeven.pricing.refresh-cron=-");
	}

	public static EmbeddedApplication start() {
		return new EmbeddedApplication(TestDatabase.h2());
	}

	public <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	@Override
	public void close() {
		this.context.close();
		this.database.close();
	}

}
