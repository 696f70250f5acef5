package com.breakeven.web.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The throttles of {@link RequestLimits}: sign-ins by username and by client address,
 * bearer tokens by address, Monte Carlo runs by user. A sign-in is checked before the
 * password is, so an unknown user and a known one are throttled alike and answered alike.
 */
@Component
class Throttles {

	private final Throttle signInByUser;

	private final Throttle signInByAddress;

	private final Throttle apiTokenByAddress;

	private final Throttle expensiveByUser;

	private final int expensiveAtOnce;

	/** Scenario runs under way, by user; a user's entry goes when the last one ends. */
	private final Map<String, Integer> expensiveRunning = new ConcurrentHashMap<>();

	private final JsonMapper json;

	Throttles(RequestLimits limits, JsonMapper json) {
		this.signInByUser = new Throttle(limits.signInPerUser());
		this.signInByAddress = new Throttle(limits.signInPerAddress());
		this.apiTokenByAddress = new Throttle(limits.apiTokenPerAddress());
		this.expensiveByUser = new Throttle(limits.expensivePerUser());
		this.expensiveAtOnce = limits.expensiveAtOncePerUser();
		this.json = json;
	}

	/**
	 * @return how long this username or this address must wait before signing in again
	 */
	Optional<Duration> signInWait(String username, String address) {
		return Stream.of(this.signInByUser.waitFor(key(username)), this.signInByAddress.waitFor(address))
			.flatMap(Optional::stream)
			.max(Duration::compareTo);
	}

	void signInFailed(String username, String address) {
		this.signInByUser.spend(key(username));
		this.signInByAddress.spend(address);
	}

	/**
	 * @return how long this address must wait before its next bearer token is checked
	 */
	Optional<Duration> apiTokenWait(String address) {
		return this.apiTokenByAddress.waitFor(address);
	}

	void apiTokenRefused(String address) {
		this.apiTokenByAddress.spend(address);
	}

	/**
	 * Counts one Monte Carlo run of the user. @return the wait when the user has none
	 * left
	 */
	Optional<Duration> takeExpensive(String user) {
		return this.expensiveByUser.take(user);
	}

	/**
	 * Starts one of the user's scenario runs if fewer than the limit are under way.
	 * @return whether it may start; if so, end it with {@link #expensiveEnded}
	 */
	boolean expensiveStarted(String user) {
		boolean[] started = new boolean[1];
		this.expensiveRunning.compute(user, (key, running) -> {
			int now = (running != null) ? running : 0;
			started[0] = now < this.expensiveAtOnce;
			return started[0] ? now + 1 : running;
		});
		return started[0];
	}

	void expensiveEnded(String user) {
		this.expensiveRunning.computeIfPresent(user, (key, running) -> (running > 1) ? running - 1 : null);
	}

	/** 429 as an RFC 9457 problem with {@code Retry-After}, as the API answers. */
	void refuseApi(HttpServletResponse response, String detail, Duration wait) throws IOException {
		long seconds = Throttle.seconds(wait);
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		SecurityConfiguration.problem(this.json, response, HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
				detail + ", try again in " + seconds + " s");
	}

	/** 429 as a short page with {@code Retry-After}, for the browser. */
	static void refusePage(HttpServletResponse response, String what, Duration wait) throws IOException {
		refusePage(response, HttpStatus.TOO_MANY_REQUESTS, what, wait);
	}

	/** A refusal (429, 503) as a short page with {@code Retry-After}, for the browser. */
	static void refusePage(HttpServletResponse response, HttpStatus status, String what, Duration wait)
			throws IOException {
		long seconds = Throttle.seconds(wait);
		response.setStatus(status.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Breakeven — too many requests"
					+ "</title><link rel=\"stylesheet\" href=\"/breakeven.css\"></head><body><main><p class=\"error\" "
					+ "id=\"error\">" + what + ": try again in " + seconds + " s.</p></main></body></html>");
	}

	private static String key(String username) {
		return (username == null) ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

}
