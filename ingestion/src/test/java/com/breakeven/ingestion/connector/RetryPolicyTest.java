package com.breakeven.ingestion.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

	private static final RetryPolicy FOUR_ATTEMPTS = new RetryPolicy(4, Duration.ofSeconds(2), Duration.ofSeconds(60));

	private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

	@Test
	void delayAfter_doublesFromTheFirstDelayWhenTheServerNamesNone() {
		// 2 s × 2^(n − 1): 2, 4, 8 s after attempts 1, 2, 3
		assertThat(FOUR_ATTEMPTS.delayAfter(1, null, NOW)).contains(Duration.ofSeconds(2));
		assertThat(FOUR_ATTEMPTS.delayAfter(2, null, NOW)).contains(Duration.ofSeconds(4));
		assertThat(FOUR_ATTEMPTS.delayAfter(3, "", NOW)).contains(Duration.ofSeconds(8));
	}

	@Test
	void delayAfter_noneOnceTheAttemptsAreUsedUp() {
		assertThat(FOUR_ATTEMPTS.delayAfter(4, null, NOW)).isEmpty();
		assertThat(FOUR_ATTEMPTS.delayAfter(4, "1", NOW)).isEmpty();
	}

	@Test
	void delayAfter_capsTheBackoffAtTheMaximum() {
		RetryPolicy many = new RetryPolicy(50, Duration.ofSeconds(2), Duration.ofSeconds(60));
		// 2 × 2^5 = 64 s > 60 s; and far beyond, no overflow
		assertThat(many.delayAfter(6, null, NOW)).contains(Duration.ofSeconds(60));
		assertThat(many.delayAfter(45, null, NOW)).contains(Duration.ofSeconds(60));
	}

	@Test
	void delayAfter_honoursRetryAfterInSecondsAndAsAnHttpDate() {
		assertThat(FOUR_ATTEMPTS.delayAfter(1, "17", NOW)).contains(Duration.ofSeconds(17));
		// 12:00:30 GMT is 30 s after NOW
		assertThat(FOUR_ATTEMPTS.delayAfter(1, "Mon, 30 Nov 2026 12:00:30 GMT", NOW)).contains(Duration.ofSeconds(30));
		assertThat(FOUR_ATTEMPTS.delayAfter(1, "Mon, 30 Nov 2026 11:00:00 GMT", NOW)).contains(Duration.ZERO);
	}

	@Test
	void delayAfter_stopsRatherThanRetryEarlyWhenAskedToWaitLongerThanTheMaximum() {
		assertThat(FOUR_ATTEMPTS.delayAfter(1, "3600", NOW)).isEmpty();
	}

	@Test
	void delayAfter_backsOffWhenRetryAfterIsUnreadable() {
		assertThat(FOUR_ATTEMPTS.delayAfter(1, "soon", NOW)).contains(Duration.ofSeconds(2));
	}

	@Test
	void retryPolicy_refusesAMaximumBelowTheFirstDelay() {
		assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(10), Duration.ofSeconds(1)))
			.hasMessage("maxDelay must be >= firstDelay (PT10S), was PT1S");
		assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO))
			.hasMessage("maxAttempts must be >= 1, was 0");
	}

}
