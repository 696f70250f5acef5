package com.breakeven.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * ECB reference-rate settings ({@code breakeven.fx.*}).
 *
 * @param refreshCron when the day's rates are fetched (Spring cron, UTC); {@code -}
 * disables the refresh. The ECB publishes around 16:00 CET on working days.
 * @param url where the day's rates are fetched (eurofxref XML, CSV or zip)
 * @param timeout longest wait for the URL to connect and to answer
 */
@ConfigurationProperties("breakeven.fx")
record FxSettings(@DefaultValue("0 30 16 * * *") String refreshCron,
		@DefaultValue("https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml") String url,
		@DefaultValue("30s") Duration timeout) {

}
