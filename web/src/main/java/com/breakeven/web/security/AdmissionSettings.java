package com.breakeven.web.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many expensive requests an instance admits ({@code breakeven.admission.*}).
 *
 * @param maxRunning requests worked on at once; 0 means two per core
 * @param maxWaiting requests that may wait for a turn; beyond them a request is answered
 * 503 at once
 * @param maxWait the longest a request waits for a turn before it is answered 503
 */
@ConfigurationProperties("breakeven.admission")
record AdmissionSettings(@DefaultValue("0") int maxRunning, @DefaultValue("64") int maxWaiting,
		@DefaultValue("1s") Duration maxWait) {

}
