package com.breakeven.web.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API request in from its {@code Authorization: Bearer} token; a token that is
 * unknown, revoked or expired is answered 401 at once. Requests without the header go on
 * unauthenticated (and are refused where a role is needed). A client address that sent
 * too many refused tokens is answered 429 with {@code Retry-After} until its throttle
 * refills, whatever token it sends.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokens tokens;

	private final AuthenticationEntryPoint refusal;

	private final Throttles throttles;

	BearerTokenFilter(ApiTokens tokens, AuthenticationEntryPoint refusal, Throttles throttles) {
		this.tokens = tokens;
		this.refusal = refusal;
		this.throttles = throttles;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		String address = request.getRemoteAddr();
		Optional<Duration> wait = this.throttles.apiTokenWait(address);
		if (wait.isPresent()) {
			SecurityContextHolder.clearContext();
			this.throttles.refuseApi(response, "too many refused bearer tokens from " + address, wait.get());
			return;
		}
		Optional<ApiToken> holder = this.tokens.authenticate(header.substring(BEARER.length()).strip());
		if (holder.isEmpty()) {
			this.throttles.apiTokenRefused(address);
			SecurityContextHolder.clearContext();
			this.refusal.commence(request, response,
					new BadCredentialsException("the bearer token is unknown, revoked or expired"));
			return;
		}
		ApiToken token = holder.get();
		var authentication = UsernamePasswordAuthenticationToken.authenticated("token:" + token.name(), null,
				token.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
