package com.breakeven.ingestion.connector;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When to try a request again after a 429 or a 5xx: after the server's
 * {@code Retry-After} when it sends one (seconds, or an HTTP date), else after an
 * exponential backoff ({@code firstDelay × 2^(retry − 1)}, at most {@code maxDelay}); at
 * most {@code maxAttempts} requests in all. A server that asks for a longer wait than
 * {@code maxDelay} is not hammered early: the pull stops, and the next scheduled pull
 * continues from the saved cursor.
 *
 * @param maxAttempts requests in all, the first included
 * @param firstDelay the wait before the first retry when the server names none
 * @param maxDelay the longest wait
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

	public RetryPolicy {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("maxAttempts must be >= 1, was " + maxAttempts);
		}
		if (firstDelay == null || firstDelay.isNegative()) {
			throw new IllegalArgumentException("firstDelay must be >= 0, was " + firstDelay);
		}
		if (maxDelay == null || maxDelay.compareTo(firstDelay) < 0) {
			throw new IllegalArgumentException("maxDelay must be >= firstDelay (" + firstDelay + "), was " + maxDelay);
		}
	}

	/**
	 * @param attemptsMade requests made so far (1 after the first)
	 * @param retryAfter the failed answer's {@code Retry-After} header, else {@code null}
	 * @param now the time of the answer, to read an HTTP-date {@code Retry-After}
	 * @return the wait before the next request, or empty when no further request is
	 * allowed (attempts used up, or a wait longer than {@code maxDelay} asked)
	 */
	public Optional<Duration> delayAfter(int attemptsMade, String retryAfter, Instant now) {
		if (attemptsMade >= this.maxAttempts) {
			return Optional.empty();
		}
		Optional<Duration> asked = retryAfter(retryAfter, now);
		if (asked.isPresent()) {
			return (asked.get().compareTo(this.maxDelay) <= 0) ? asked : Optional.empty();
		}
		// doubling from the first delay; the shift is bounded so that it cannot overflow
		long factor = 1L << Math.min(attemptsMade - 1, 30);
		Duration backoff = this.firstDelay.multipliedBy(factor);
		return Optional.of((backoff.compareTo(this.maxDelay) > 0) ? this.maxDelay : backoff);
	}

	/**
	 * @return the wait a {@code Retry-After} value asks for (RFC 9110 section 10.2.3:
	 * delay-seconds or an HTTP-date); empty when absent or unreadable, zero for a date
	 * already past
	 */
	static Optional<Duration> retryAfter(String value, Instant now) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		String text = value.strip();
		if (text.chars().allMatch(Character::isDigit)) {
			try {
				return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
			}
			catch (NumberFormatException ex) {
				return Optional.empty();
			}
		}
		try {
			Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
