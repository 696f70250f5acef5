package com.breakeven.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled whether the shipped sample data is loaded into a database that has never
 * had it
 */
@ConfigurationProperties("breakeven.sample-data")
record SampleDataProperties(@DefaultValue("true") boolean enabled) {

}
