package com.breakeven.web.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a sign-in whose username or client address has used up its failed attempts back
 * to the sign-in page with the wait ({@code /login?throttled=N}), before the password is
 * checked: the right password does not get through either, and an unknown username is
 * answered exactly as a known one.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

	static final String USERNAME = "username";

	private final Throttles throttles;

	SignInThrottleFilter(Throttles throttles) {
		this.throttles = throttles;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod())
				&& (request.getContextPath() + "/login").equals(request.getRequestURI()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<Duration> wait = this.throttles.signInWait(request.getParameter(USERNAME), request.getRemoteAddr());
		if (wait.isPresent()) {
			response.sendRedirect(request.getContextPath() + "/login?throttled=" + Throttle.seconds(wait.get()));
			return;
		}
		chain.doFilter(request, response);
	}

}
