package com.breakeven.web.security;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user may have two scenario runs under way at once: a third, while both run, is
 * answered 429 with {@code Retry-After: 5}; once they end the next one runs. Another user
 * is not held back.
 */
class ExpensiveRequestFilterTests {

	private final ExpensiveRequestFilter filter = new ExpensiveRequestFilter(
			new Throttles(new RequestLimits(null, null, null, new RequestLimits.Limit(100, Duration.ofMinutes(1)), 2),
					JsonMapper.builder().build()));

	@Test
	void doFilter_aThirdRunAtOnceIsAnswered429UntilOneEnds() throws Exception {
		CountDownLatch running = new CountDownLatch(2);
		CountDownLatch finish = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<Integer> first = threads.submit(() -> evaluate("ann", running, finish));
			Future<Integer> second = threads.submit(() -> evaluate("ann", running, finish));
			assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

			MockHttpServletResponse third = evaluate("ann");
			assertThat(third.getStatus()).isEqualTo(429);
			assertThat(third.getHeader("Retry-After")).isEqualTo("5");
			assertThat(third.getContentAsString()).contains("scenario runs of ann are still under way");
			assertThat(evaluate("bob").getStatus()).isEqualTo(200);

			finish.countDown();
			assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(200);
			assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(200);
			assertThat(evaluate("ann").getStatus()).isEqualTo(200);
		}
		finally {
			finish.countDown();
			threads.shutdownNow();
		}
	}

	private int evaluate(String user, CountDownLatch running, CountDownLatch finish) throws Exception {
		return run(user, (request, response) -> {
			running.countDown();
			try {
				finish.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}).getStatus();
	}

	private MockHttpServletResponse evaluate(String user) throws Exception {
		return run(user, (request, response) -> {
		});
	}

	private MockHttpServletResponse run(String user, jakarta.servlet.FilterChain chain) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/scenarios/7/evaluate");
		MockHttpServletResponse response = new MockHttpServletResponse();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, java.util.List.of()));
		try {
			this.filter.doFilter(request, response, chain);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		return response;
	}

}
