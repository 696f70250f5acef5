package com.breakeven.web.security;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * One Bucket4j token bucket per key (a username, a client address), the least recently
 * used forgotten beyond {@value #MAX_KEYS} keys so that made-up usernames cannot fill the
 * memory.
 */
final class Throttle {

	private static final int MAX_KEYS = 100_000;

	private final RequestLimits.Limit limit;

	private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > MAX_KEYS;
		}

	});

	Throttle(RequestLimits.Limit limit) {
		this.limit = limit;
	}

	/**
	 * @return how long the key must wait before its next attempt; empty when it may try
	 * now
	 */
	Optional<Duration> waitFor(String key) {
		Bucket bucket = bucket(key);
		if (bucket.getAvailableTokens() >= 1) {
			return Optional.empty();
		}
		return Optional.of(Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
	}

	/** Counts one failed attempt against the key. */
	void spend(String key) {
		bucket(key).tryConsume(1);
	}

	/**
	 * Counts one attempt if the key has one left.
	 * @return how long the key must wait; empty when the attempt was counted and may go
	 * on
	 */
	Optional<Duration> take(String key) {
		ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	private Bucket bucket(String key) {
		return this.buckets.computeIfAbsent(key,
				k -> Bucket.builder()
					.addLimit(Bandwidth.builder()
						.capacity(this.limit.attempts())
						.refillGreedy(this.limit.attempts(), this.limit.per())
						.build())
					.build());
	}

	/**
	 * Whole seconds to wait, rounded up and at least 1, as {@code Retry-After} states
	 * them.
	 */
	static long seconds(Duration wait) {
		long seconds = wait.toSeconds() + ((wait.toNanosPart() > 0) ? 1 : 0);
		return Math.max(1, seconds);
	}

}
