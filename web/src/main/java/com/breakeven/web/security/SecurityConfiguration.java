package com.breakeven.web.security;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may do what. Browser users sign in on {@code /login} (session, CSRF token on every
 * form); tools call {@code /api/**} with {@code Authorization: Bearer} tokens (no
 * session, no cookie, so no CSRF). Viewers read, analysts also save scenarios, import
 * files and set workloads' categories, admins also manage users, tokens and the
 * catalogues. Failed sign-ins and refused tokens are throttled, and so are each user's
 * scenario runs ({@link Throttles}). The command line starts no web server and needs none
 * of it.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

	private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
			+ "script-src 'self'; object-src 'none'; frame-ancestors 'none'";

	/** bcrypt, behind the {@code {bcrypt}} id so the algorithm can change later. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role(Role.ADMIN.name())
			.implies(Role.ANALYST.name())
			.role(Role.ANALYST.name())
			.implies(Role.VIEWER.name())
			.build();
	}

	/**
	 * One admission control for both filter chains: the API and the pages share the
	 * cores.
	 */
	@Bean
	AdmissionControl admissionControl(AdmissionSettings settings) {
		int running = (settings.maxRunning() > 0) ? settings.maxRunning()
				: 2 * Runtime.getRuntime().availableProcessors();
		return new AdmissionControl(running, settings.maxWaiting(), settings.maxWait());
	}

	@Bean
	@Order(1)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, JsonMapper json, Throttles throttles,
			AdmissionControl admission) throws Exception {
		AuthenticationEntryPoint unauthorised = (request, response, ex) -> {
			response.setHeader("WWW-Authenticate", "Bearer");
			problem(json, response, HttpStatus.UNAUTHORIZED, "Unauthorised",
					"send Authorization: Bearer <token> with a valid API token (" + ex.getMessage() + ")");
		};
		AccessDeniedHandler forbidden = (request, response, ex) -> problem(json, response, HttpStatus.FORBIDDEN,
				"Forbidden", "the token's roles do not allow " + request.getMethod() + " " + request.getRequestURI());
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests
				// connectors hold provider admin keys: admins only, reading included
				.requestMatchers("/api/v1/connectors", "/api/v1/connectors/**")
				.hasRole(Role.ADMIN.name())
				.requestMatchers(HttpMethod.GET, "/api/**")
				.hasRole(Role.VIEWER.name())
				.requestMatchers(HttpMethod.POST, "/api/v1/quote", "/api/v1/scenarios/compare",
						"/api/v1/scenarios/*/evaluate", "/api/v1/claims/check")
				.hasRole(Role.VIEWER.name())
				.requestMatchers("/api/v1/scenarios/**", "/api/v1/imports/**", "/api/v1/reports/**",
						"/api/v1/budgets/**", "/api/v1/alerts/**", "/api/v1/workloads/**")
				.hasRole(Role.ANALYST.name())
				.anyRequest()
				.hasRole(Role.ADMIN.name()))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.addFilterBefore(new BearerTokenFilter(tokens, unauthorised, throttles),
					AnonymousAuthenticationFilter.class)
			.addFilterAfter(new ExpensiveRequestFilter(throttles), AuthorizationFilter.class)
			.addFilterAfter(new AdmissionFilter(admission, json), ExpensiveRequestFilter.class)
			.exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorised).accessDeniedHandler(forbidden))
			.headers(SecurityConfiguration::headers)
			.build();
	}

	@Bean
	@Order(2)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	SecurityFilterChain web(HttpSecurity http, Throttles throttles, AdmissionControl admission, JsonMapper json)
			throws Exception {
		var failed = new SimpleUrlAuthenticationFailureHandler("/login?error");
		return http
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/breakeven.css", "/imports.js", "/favicon.ico", "/error",
						"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
						"/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
				.permitAll()
				.requestMatchers("/admin/**")
				.hasRole(Role.ADMIN.name())
				.requestMatchers(HttpMethod.POST, "/account/**")
				.authenticated()
				.requestMatchers(HttpMethod.POST, "/catalogue/**")
				.hasRole(Role.ADMIN.name())
				.requestMatchers(HttpMethod.POST, "/scenarios/**", "/imports/**", "/reports/**", "/budgets/**",
						"/alerts/**", "/workloads/**")
				.hasRole(Role.ANALYST.name())
				.requestMatchers(HttpMethod.GET, "/**")
				.hasRole(Role.VIEWER.name())
				.anyRequest()
				.hasRole(Role.ADMIN.name()))
			.formLogin(login -> login.loginPage("/login").permitAll().failureHandler((request, response, ex) -> {
				throttles.signInFailed(request.getParameter(SignInThrottleFilter.USERNAME), request.getRemoteAddr());
				failed.onAuthenticationFailure(request, response, ex);
			}))
			.addFilterBefore(new SignInThrottleFilter(throttles), UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(new ExpensiveRequestFilter(throttles), AuthorizationFilter.class)
			.addFilterAfter(new AdmissionFilter(admission, json), ExpensiveRequestFilter.class)
			.logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
			.csrf(Customizer.withDefaults())
			.headers(SecurityConfiguration::headers)
			.build();
	}

	/**
	 * The content security policy, and no path or query in the {@code Referer} sent to
	 * other sites.
	 */
	private static void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
	}

	/** An RFC 9457 problem, as the API answers every other error. */
	static void problem(JsonMapper json, HttpServletResponse response, HttpStatus status, String title, String detail)
			throws java.io.IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", title);
		body.put("status", status.value());
		body.put("detail", detail);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(json.writeValueAsString(body));
	}

}
