package com.breakeven.web.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds per user the requests that run a scenario's projection and Monte Carlo trials
 * (up to 100,000 trials, seconds of CPU each): the result page, its tables and PDF, the
 * comparison, and the API's evaluate and compare: a few at a time, so many a minute. Past
 * either limit they are answered 429 with {@code Retry-After}, a problem on the API. Runs
 * after authorisation, so only requests the user may make are counted.
 */
class ExpensiveRequestFilter extends OncePerRequestFilter {

	/** GET pages and downloads that run saved scenarios. */
	static final Pattern PAGES = Pattern
		.compile("/scenarios/(\\d+|\\d+/result\\.pdf|\\d+/[^/]+\\.(csv|xlsx)|compare|compare\\.(csv|xlsx))");

	/** POST API calls that run scenarios. */
	static final Pattern API = Pattern.compile("/api/v1/scenarios/(\\d+/evaluate|compare)");

	/**
	 * What a user whose runs are all busy is told to wait: a long run takes about 13 s.
	 */
	static final Duration BUSY_WAIT = Duration.ofSeconds(5);

	private final Throttles throttles;

	ExpensiveRequestFilter(Throttles throttles) {
		this.throttles = throttles;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return switch (request.getMethod()) {
			case "GET" -> !PAGES.matcher(path).matches();
			case "POST" -> !API.matcher(path).matches();
			default -> true;
		};
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user == null) {
			chain.doFilter(request, response);
			return;
		}
		String name = user.getName();
		if (!this.throttles.expensiveStarted(name)) {
			refuse(request, response, "scenario runs of " + name + " are still under way", BUSY_WAIT);
			return;
		}
		try {
			Optional<Duration> wait = this.throttles.takeExpensive(name);
			if (wait.isPresent()) {
				refuse(request, response, "too many scenario runs by " + name, wait.get());
				return;
			}
			chain.doFilter(request, response);
		}
		finally {
			this.throttles.expensiveEnded(name);
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, String detail, Duration wait)
			throws IOException {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			this.throttles.refuseApi(response, detail, wait);
		}
		else {
			Throttles.refusePage(response, "Too many scenario runs in a short time", wait);
		}
	}

}
