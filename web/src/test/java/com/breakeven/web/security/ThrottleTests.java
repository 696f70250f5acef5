package com.breakeven.web.security;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Failed sign-ins, refused bearer tokens and scenario runs are throttled as
 * application.properties sets them: 10 failed sign-ins per username and 30 per address in
 * 10 minutes, 20 refused tokens per address in 10 minutes, 20 scenario runs per user a
 * minute. Each test comes from its own documentation address (RFC 5737), so that the
 * context's other tests keep their own buckets.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:security;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class ThrottleTests {

	private static final String PASSWORD = "correct horse battery staple";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private UserAccounts accounts;

	@Autowired
	private ApiTokens tokens;

	@Test
	void signIn_the51stAttemptIsThrottledEvenWithTheRightPasswordAnotherUserElsewhereIsNot() {
		this.accounts.create("tess", null, PASSWORD, Set.of(Role.VIEWER));
		this.accounts.create("uma", null, PASSWORD, Set.of(Role.VIEWER));
		for (int attempt = 1; attempt <= 50; attempt++) {
			signIn("tess", "wrong password " + attempt, "198.51.100.7");
		}

		MvcTestResult right = signIn("tess", PASSWORD, "198.51.100.7");

		// 10 per user in 10 minutes: one back each minute, so the wait is at most 60 s
		assertThat(right).hasStatus3xxRedirection().redirectedUrl().matches("/login\\?throttled=([1-9]|[1-5]\\d|60)");
		assertThat(this.mvc.get().uri(right.getResponse().getRedirectedUrl())).hasStatusOk()
			.bodyText()
			.containsPattern("Too many attempts, try again in <span>\\d+</span> s.");
		// the same user from a fresh address is throttled too: the username counts
		assertThat(signIn("tess", PASSWORD, "198.51.100.8")).redirectedUrl().startsWith("/login?throttled=");
		// another user from another address signs in
		assertThat(signIn("uma", PASSWORD, "198.51.100.9")).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/");
	}

	@Test
	void signIn_anUnknownUserIsAnsweredExactlyAsAKnownOne() {
		for (int attempt = 1; attempt <= 10; attempt++) {
			assertThat(signIn("nobody-" + "x", "wrong", "198.51.100.20")).redirectedUrl().isEqualTo("/login?error");
			signIn("tom", "wrong", "198.51.100.21");
		}
		this.accounts.create("tom", null, PASSWORD, Set.of(Role.VIEWER));

		assertThat(signIn("nobody-x", "wrong", "198.51.100.20")).redirectedUrl().startsWith("/login?throttled=");
		assertThat(signIn("tom", PASSWORD, "198.51.100.21")).redirectedUrl().startsWith("/login?throttled=");
	}

	@Test
	void signIn_oneAddressTryingManyUsernamesIsThrottled() {
		for (int attempt = 1; attempt <= 30; attempt++) {
			signIn("guess-" + attempt, "wrong", "198.51.100.30");
		}
		this.accounts.create("vic", null, PASSWORD, Set.of(Role.VIEWER));

		assertThat(signIn("vic", PASSWORD, "198.51.100.30")).redirectedUrl().startsWith("/login?throttled=");
		assertThat(signIn("vic", PASSWORD, "198.51.100.31")).redirectedUrl().isEqualTo("/");
	}

	@Test
	void apiToken_after20RefusedTokensFromOneAddressEvenAGoodOneIsAnswered429WithRetryAfter() {
		String good = this.tokens.create("throttle test", Set.of(Role.VIEWER), null, null).token();
		for (int attempt = 1; attempt <= 20; attempt++) {
			assertThat(prices("bkn_madeup" + attempt, "203.0.113.5")).hasStatus(HttpStatus.UNAUTHORIZED);
		}

		MvcTestResult throttled = prices(good, "203.0.113.5");

		assertThat(throttled).hasStatus(HttpStatus.TOO_MANY_REQUESTS)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.startsWith("too many refused bearer tokens from 203.0.113.5, try again in ");
		// 20 in 10 minutes: one back every 30 s
		assertThat(Long.parseLong(throttled.getResponse().getHeader("Retry-After"))).isBetween(1L, 30L);
		assertThat(prices(good, "203.0.113.6")).hasStatusOk();
	}

	@Test
	void scenarioRuns_the21stInAMinuteIsAnswered429OnTheApiAndOnPages() {
		String token = this.tokens.create("busy tool", Set.of(Role.VIEWER), null, null).token();
		for (int run = 1; run <= 20; run++) {
			// an empty comparison is refused at once, but still counts as a run asked for
			assertThat(compare(token).getResponse().getStatus()).isBetween(400, 428);
		}
		MvcTestResult api = compare(token);
		assertThat(api).hasStatus(HttpStatus.TOO_MANY_REQUESTS)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo(429);
		// 20 a minute: one back every 3 s
		assertThat(Long.parseLong(api.getResponse().getHeader("Retry-After"))).isBetween(1L, 3L);

		var wes = user("wes").roles(Role.VIEWER.name());
		for (int run = 1; run <= 20; run++) {
			assertThat(this.mvc.get().uri("/scenarios/999999999").with(wes).exchange().getResponse().getStatus())
				.isEqualTo(404);
		}
		assertThat(this.mvc.get().uri("/scenarios/999999999/result.pdf").with(wes))
			.hasStatus(HttpStatus.TOO_MANY_REQUESTS)
			.bodyText()
			.contains("Too many scenario runs in a short time: try again in");
		// other pages, and other users, are not held back
		assertThat(this.mvc.get().uri("/scenarios").with(wes)).hasStatusOk();
		assertThat(this.mvc.get().uri("/scenarios/999999999").with(user("xan").roles(Role.VIEWER.name())))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void headers_referrerPolicyOnPagesAndTheApi() {
		assertThat(this.mvc.get().uri("/login")).hasHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		assertThat(this.mvc.get().uri("/api/v1/prices")).hasHeader("Referrer-Policy",
				"strict-origin-when-cross-origin");
	}

	private MvcTestResult signIn(String username, String password, String address) {
		return this.mvc.post()
			.uri("/login")
			.param("username", username)
			.param("password", password)
			.with(csrf())
			.with(from(address))
			.exchange();
	}

	private MvcTestResult prices(String token, String address) {
		return this.mvc.get()
			.uri("/api/v1/prices?model=openai/gpt-4o")
			.header("Authorization", "Bearer " + token)
			.with(from(address))
			.exchange();
	}

	private MvcTestResult compare(String token) {
		return this.mvc.post()
			.uri("/api/v1/scenarios/compare")
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")
			.exchange();
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
