package com.breakeven.web.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many attempts each throttle allows before it answers "too many, try again in N s":
 * each limit is a token bucket holding {@code attempts} that refills at that many per
 * {@code per}, so after a burst one attempt comes back every {@code per / attempts}.
 * Buckets live in this server's memory: behind a load balancer each instance counts on
 * its own.
 *
 * @param signInPerUser failed sign-ins per username, known or not
 * @param signInPerAddress failed sign-ins per client address
 * @param apiTokenPerAddress refused bearer tokens per client address
 * @param expensivePerUser Monte Carlo scenario runs (result page, tables, PDF, compare,
 * API evaluate and compare) per signed-in user or API token
 * @param expensiveAtOncePerUser how many of those one user may have running at the same
 * time (0 takes the default, 2)
 */
@ConfigurationProperties("breakeven.security.limits")
record RequestLimits(Limit signInPerUser, Limit signInPerAddress, Limit apiTokenPerAddress, Limit expensivePerUser,
		int expensiveAtOncePerUser) {

	RequestLimits {
		signInPerUser = (signInPerUser != null) ? signInPerUser : new Limit(10, Duration.ofMinutes(10));
		signInPerAddress = (signInPerAddress != null) ? signInPerAddress : new Limit(30, Duration.ofMinutes(10));
		apiTokenPerAddress = (apiTokenPerAddress != null) ? apiTokenPerAddress : new Limit(20, Duration.ofMinutes(10));
		expensivePerUser = (expensivePerUser != null) ? expensivePerUser : new Limit(20, Duration.ofMinutes(1));
		if (expensiveAtOncePerUser < 0) {
			throw new IllegalArgumentException("expensiveAtOncePerUser must be >= 1, was " + expensiveAtOncePerUser);
		}
		expensiveAtOncePerUser = (expensiveAtOncePerUser == 0) ? 2 : expensiveAtOncePerUser;
	}

	/**
	 * @param attempts the bucket's size, at least 1
	 * @param per the time in which an empty bucket refills completely, positive
	 */
	record Limit(int attempts, Duration per) {

		Limit {
			if (attempts < 1) {
				throw new IllegalArgumentException("attempts must be >= 1, was " + attempts);
			}
			if (per == null || per.isNegative() || per.isZero()) {
				throw new IllegalArgumentException("per must be a positive duration, was " + per);
			}
		}

	}

}
