package com.breakeven.web.guardrails;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.breakeven.web.ScheduledJobLocks;

/**
 * Sends queued alert deliveries. A delivery is claimed before it is sent (so two
 * instances, or two ticks, never send it both) and marked delivered after; a failure
 * waits {@code firstRetry × 2^(attempts − 1)}, at most {@code longestRetry}, and is given
 * up after {@code maxAttempts}. A generic webhook's body is signed: header
 * {@value #SIGNATURE_HEADER} is {@code sha256=} and the hex HMAC-SHA256 of the body's
 * bytes under the webhook's secret, so the receiver can check who sent it and that it was
 * not changed.
 */
@Component
class AlertDeliveries {

	static final String SIGNATURE_HEADER = "X-Breakeven-Signature";

	private static final Logger log = LoggerFactory.getLogger(AlertDeliveries.class);

	/** How long a claim holds: longer than one send may take. */
	private static final Duration CLAIM = Duration.ofMinutes(2);

	private final JdbcClient jdbc;

	private final Alerts alerts;

	private final AlertSettings settings;

	private final ObjectProvider<JavaMailSender> mail;

	private final JsonMapper json;

	private final Clock clock;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	AlertDeliveries(JdbcClient jdbc, Alerts alerts, AlertSettings settings, ObjectProvider<JavaMailSender> mail,
			JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.alerts = alerts;
		this.settings = settings;
		this.mail = mail;
		this.json = json;
		this.clock = clock;
	}

	private record Due(long id, long alertId, String channel, String target, int attempts) {

	}

	// each delivery is claimed as well, so a run that outlasts the lock (many slow
	// webhooks) overlaps the next one without sending anything twice
	@Scheduled(fixedDelayString = "${breakeven.alerts.delivery-interval-ms:30000}",
			initialDelayString = "${breakeven.alerts.delivery-interval-ms:30000}")
	@SchedulerLock(name = "alert-deliveries", lockAtMostFor = "PT30M", lockAtLeastFor = ScheduledJobLocks.AT_LEAST)
	void deliverWhenDue() {
		deliverDue();
	}

	/** Sends every delivery that is due. */
	void deliverDue() {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		List<Due> due = this.jdbc.sql("""
				SELECT id, alert_id, channel, target, attempts FROM alert_delivery
				WHERE delivered_at IS NULL AND attempts < :max AND next_attempt_at <= :now
				  AND (claimed_until IS NULL OR claimed_until < :now)
				ORDER BY id""")
			.param("max", this.settings.maxAttempts())
			.param("now", now)
			.query((rs, row) -> new Due(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
			.list();
		for (Due delivery : due) {
			if (claim(delivery, now)) {
				send(delivery);
			}
		}
	}

	private boolean claim(Due delivery, OffsetDateTime now) {
		return this.jdbc.sql("""
				UPDATE alert_delivery SET claimed_until = :until
				WHERE id = :id AND delivered_at IS NULL AND (claimed_until IS NULL OR claimed_until < :now)""")
			.param("until", now.plus(CLAIM))
			.param("id", delivery.id())
			.param("now", now)
			.update() == 1;
	}

	private void send(Due delivery) {
		Alert alert = this.alerts.find(delivery.alertId()).orElse(null);
		if (alert == null) {
			return;
		}
		try {
			switch (delivery.channel()) {
				case "MAIL" -> mail(alert, delivery.target());
				case "SLACK" -> post(delivery.target(), slackBody(alert), null);
				default -> post(delivery.target(), jsonBody(alert), secretOf(delivery.target()));
			}
			this.jdbc
				.sql("UPDATE alert_delivery SET delivered_at = :now, attempts = attempts + 1, last_error = NULL,"
						+ " claimed_until = NULL WHERE id = :id")
				.param("now", OffsetDateTime.now(this.clock))
				.param("id", delivery.id())
				.update();
		}
		catch (RuntimeException | IOException ex) {
			int attempts = delivery.attempts() + 1;
			Duration wait = backoff(attempts, this.settings.firstRetry(), this.settings.longestRetry());
			String reason = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
			log.warn("alert {} not delivered to {} ({} of {} tries): {}", alert.id(), delivery.channel(), attempts,
					this.settings.maxAttempts(), reason);
			this.jdbc
				.sql("UPDATE alert_delivery SET attempts = :attempts, next_attempt_at = :next, last_error = :error,"
						+ " claimed_until = NULL WHERE id = :id")
				.param("attempts", attempts)
				.param("next", OffsetDateTime.now(this.clock).plus(wait))
				.param("error", (reason.length() > 1000) ? reason.substring(0, 1000) : reason)
				.param("id", delivery.id())
				.update();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The wait after the n-th failed try: first × 2^(n − 1), at most the longest. */
	static Duration backoff(int failedAttempts, Duration first, Duration longest) {
		Duration wait = first;
		for (int attempt = 1; attempt < failedAttempts && wait.compareTo(longest) < 0; attempt++) {
			wait = wait.multipliedBy(2);
		}
		return (wait.compareTo(longest) > 0) ? longest : wait;
	}

	private void post(String url, String body, String secret) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(java.net.URI.create(url))
			.timeout(Duration.ofSeconds(20))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (secret != null) {
			request.header(SIGNATURE_HEADER, "sha256=" + signature(body, secret));
		}
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() / 100 != 2) {
			throw new IOException("the webhook answered " + response.statusCode());
		}
	}

	/** The hex HMAC-SHA256 of the body's UTF-8 bytes under the secret. */
	static String signature(String body, String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available: " + ex.getMessage(), ex);
		}
	}

	private String secretOf(String url) {
		return this.settings.webhooks()
			.stream()
			.filter(webhook -> webhook.url().toString().equals(url))
			.map(AlertSettings.Webhook::secret)
			.filter(secret -> secret != null && !secret.isEmpty())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("webhook " + url + " has no secret to sign with"));
	}

	private String slackBody(Alert alert) {
		return this.json.writeValueAsString(Map.of("text", "*" + alert.title() + "*\n" + alert.detail()));
	}

	String jsonBody(Alert alert) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", alert.id());
		body.put("kind", alert.kind().name());
		body.put("scope", alert.scope());
		body.put("periodStart", alert.periodStart().toString());
		body.put("periodEnd", alert.periodEnd().toString());
		body.put("title", alert.title());
		body.put("detail", alert.detail());
		body.put("amount", (alert.amount() == null) ? null : alert.amount().toPlainString());
		body.put("currency", (alert.currency() == null) ? null : alert.currency().getCurrencyCode());
		body.put("raisedAt", alert.raisedAt().toString());
		return this.json.writeValueAsString(body);
	}

	private void mail(Alert alert, String address) {
		JavaMailSender sender = this.mail.getObject();
		MimeMessage message = sender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
			helper.setFrom(this.settings.mailFrom());
			helper.setTo(address);
			helper.setSubject("Breakeven alert: " + alert.title());
			helper.setText(alert.detail() + "\n\n— Breakeven");
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException("could not build the alert mail: " + ex.getMessage(), ex);
		}
		sender.send(message);
	}

}
