package com.breakeven.web;

import java.time.Clock;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import com.breakeven.db.Migrations;
import com.breakeven.ingestion.PriceFeedImportProperties;
import com.breakeven.ingestion.UsageImportProperties;

/**
 * Application-wide beans: the clock, the one vendor difference of the migrations, import
 * settings.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
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

	@Bean
	PriceFeedImportProperties priceFeedImportProperties(PricingSettings settings) {
		return new PriceFeedImportProperties(settings.timeout(), settings.maxRefusedShare());
	}

	@Bean
	UsageImportProperties usageImportProperties(UsageSettings settings) {
		return new UsageImportProperties(settings.maxBadRowShare(), settings.chunkSize(), settings.earliestUsageDate(),
				settings.maxDaysAhead());
	}

}
