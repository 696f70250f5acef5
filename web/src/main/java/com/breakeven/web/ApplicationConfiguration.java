package com.breakeven.web;

import java.time.Clock;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.breakeven.db.Migrations;

/** Application-wide beans: the clock and the one vendor difference of the migrations. */
@Configuration(proxyBeanMethods = false)
class ApplicationConfiguration {

	/** All timestamps are UTC; the math never reads a clock, the edges get this one. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	FlywayConfigurationCustomizer breakevenMigrationPlaceholders() {
		return configuration -> configuration.placeholders(Migrations.placeholdersFor(configuration.getDataSource()));
	}

}
