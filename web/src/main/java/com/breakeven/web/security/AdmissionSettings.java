package com.breakeven.web.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many expensive requests an instance admits ({@code breakeven.admission.*}).
 *
 * @param maxRunning requests worked on at once; 0 means two per core
 * @param maxWaiting requests that may wait for a turn; beyond them a request is answered
 * 503 at once. Each waits on a request thread, so running and waiting together stay well
 * under {@code server.tomcat.threads.max} (64): the threads left over take the next
 * requests at once, cheap ones and those to turn away, instead of leaving them in
 * Tomcat's unbounded queue (./bench-load, quote at 200 requests/s on a busy machine: with
 * 64 waiting a median of 2.6 s and the slowest 4.0 s; with 16, 111 ms and 0.7 s)
 * @param maxWait the longest a request waits for a turn before it is answered 503
 */
@ConfigurationProperties("breakeven.admission")
record AdmissionSettings(@DefaultValue("0") int maxRunning, @DefaultValue("16") int maxWaiting,
		@DefaultValue("1s") Duration maxWait) {

}
