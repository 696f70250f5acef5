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
 * comparison, and the API's evaluate and compare. Past the limit they are answered 429
 * with {@code Retry-After}, a problem on the API. Runs after authorisation, so only
 * requests the user may make are counted.
 */
class ExpensiveRequestFilter extends OncePerRequestFilter {

	/** GET pages and downloads that run saved scenarios. */
	static final Pattern PAGES = Pattern
		.compile("/scenarios/(\\d+|\\d+/result\\.pdf|\\d+/[^/]+\\.(csv|xlsx)|compare|compare\\.(csv|xlsx))");

	/** POST API calls that run scenarios. */
	static final Pattern API = Pattern.compile("/api/v1/scenarios/(\\d+/evaluate|compare)");

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
		Optional<Duration> wait = (user != null) ? this.throttles.takeExpensive(user.getName()) : Optional.empty();
		if (wait.isEmpty()) {
			chain.doFilter(request, response);
		}
		else if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			this.throttles.refuseApi(response, "too many scenario evaluations by " + user.getName(), wait.get());
		}
		else {
			Throttles.refusePage(response, "Too many scenario runs in a short time", wait.get());
		}
	}

}
