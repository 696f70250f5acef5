package com.breakeven.web.guardrails;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What raises an alert and where it goes ({@code breakeven.alerts.*}).
 *
 * @param mailTo who gets each alert by mail (sent only when {@code spring.mail.host} is
 * set)
 * @param mailFrom the sender of alert mails
 * @param webhooks where each alert is posted
 * @param priceChangeShare a list-price change alerts when it raises a workload's bill by
 * more than this share (0.05: 5 %)
 * @param newModelSaving a new model alerts when moving a workload to it saves more than
 * this much a month, in the reporting currency
 * @param newModelDays a model is new for this many days after it is first priced
 * @param anomalyThreshold an anomaly is a day more than this many robust standard
 * deviations from its expected value
 * @param anomalyRelativeFloor ... and more than this share of it
 * @param anomalyAbsoluteFloor ... and more than this amount (spend in the reporting
 * currency, or tokens)
 * @param anomalyDays the check judges the last this many days (a late export restating
 * one of them is judged again, and raises nothing new)
 * @param maxAttempts tries of one delivery before it is given up
 * @param firstRetry the wait after the first failure, doubled after each next one
 * @param longestRetry the longest wait between tries
 */
@ConfigurationProperties("breakeven.alerts")
public record AlertSettings(@DefaultValue List<String> mailTo, @DefaultValue("breakeven@localhost") String mailFrom,
		@DefaultValue List<Webhook> webhooks, @DefaultValue("0.05") BigDecimal priceChangeShare,
		@DefaultValue("1000") BigDecimal newModelSaving, @DefaultValue("30") int newModelDays,
		@DefaultValue("4") double anomalyThreshold, @DefaultValue("0.10") double anomalyRelativeFloor,
		@DefaultValue("1") double anomalyAbsoluteFloor, @DefaultValue("7") int anomalyDays,
		@DefaultValue("8") int maxAttempts, @DefaultValue("30s") Duration firstRetry,
		@DefaultValue("1h") Duration longestRetry) {

	/**
	 * A webhook: Slack-compatible ({@code {"text": …}}) or a generic JSON body signed
	 * with HMAC-SHA256 of the body under a shared secret, in header
	 * {@value AlertDeliveries#SIGNATURE_HEADER} as {@code sha256=<hex>}.
	 *
	 * @param url where the body is posted
	 * @param format slack or json
	 * @param secret the signing secret of a json webhook
	 */
	public record Webhook(URI url, @DefaultValue("json") String format, String secret) {

		/** Whether it takes Slack's body. */
		public boolean slack() {
			return "slack".equalsIgnoreCase(this.format);
		}

	}

}
