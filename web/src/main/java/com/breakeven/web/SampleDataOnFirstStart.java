package com.breakeven.web;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import com.breakeven.ingestion.SampleDataLoader;

/**
 * Loads the sample data on the first start of an empty database; later starts find it and
 * do nothing.
 */
@Component
class SampleDataOnFirstStart implements ApplicationRunner {

	private final SampleDataLoader loader;

	private final SampleDataProperties properties;

	SampleDataOnFirstStart(SampleDataLoader loader, SampleDataProperties properties) {
		this.loader = loader;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.properties.enabled()) {
			this.loader.loadIfAbsent();
		}
	}

}
