package com.breakeven.web.planning;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.breakeven.simulator.planning.Planner;
import com.breakeven.web.scenario.CatalogueInputs;

/** The planning core over the product's catalogue. */
@Configuration(proxyBeanMethods = false)
class PlanningConfiguration {

	@Bean
	Planner planner(CatalogueInputs catalogue) {
		return new Planner(catalogue);
	}

}
