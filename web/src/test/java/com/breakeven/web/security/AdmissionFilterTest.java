package com.breakeven.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

/**
 * An overloaded server answers at once: with one turn and one place to wait, a third
 * quote is answered 503 with {@code Retry-After} without waiting while the second waits
 * for its turn, and cheap requests are never held.
 */
class AdmissionFilterTest {

	private final ExecutorService threads = Executors.newCachedThreadPool();

	@AfterEach
	void stop() {
		this.threads.shutdownNow();
	}

	@Test
	void doFilter_turnsAwayAtOnceWhenEveryTurnAndPlaceToWaitIsTaken() throws Exception {
		AdmissionControl admission = new AdmissionControl(1, 1, Duration.ofSeconds(30));
		AdmissionFilter filter = new AdmissionFilter(admission, JsonMapper.builder().build());
		CountDownLatch working = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		Future<MockHttpServletResponse> first = this.threads.submit(() -> {
			MockHttpServletResponse response = new MockHttpServletResponse();
			filter.doFilter(quote(), response, (request, r) -> {
				working.countDown();
				await(finish);
			});
			return response;
		});
		assertThat(working.await(10, TimeUnit.SECONDS)).isTrue();
		// the second waits for the turn, the third finds the waiting place taken
		Future<MockHttpServletResponse> second = this.threads.submit(() -> {
			MockHttpServletResponse response = new MockHttpServletResponse();
			filter.doFilter(quote(), response, (request, r) -> {
			});
			return response;
		});
		while (admission.waiting() < 1) {
			Thread.sleep(10);
		}
		MockHttpServletResponse third = new MockHttpServletResponse();
		filter.doFilter(quote(), third, (request, r) -> {
		});

		// answered while the second still waits for its turn: the third did not wait
		assertThat(second.isDone()).isFalse();
		assertThat(third.getStatus()).isEqualTo(503);
		assertThat(third.getHeader("Retry-After")).isEqualTo("1");
		assertThat(third.getContentType()).startsWith("application/problem+json");
		assertThat(third.getContentAsString()).contains("the server is busy: 1 expensive requests running");

		// a cheap request is not held while the turn is taken
		MockHttpServletResponse health = new MockHttpServletResponse();
		filter.doFilter(new MockHttpServletRequest("GET", "/api/v1/models"), health, (request, r) -> {
		});
		assertThat(health.getStatus()).isEqualTo(200);

		finish.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		assertThat(second.get(10, TimeUnit.SECONDS).getStatus()).as("its turn came").isEqualTo(200);
		MockHttpServletResponse after = new MockHttpServletResponse();
		filter.doFilter(quote(), after, (request, r) -> {
		});
		assertThat(after.getStatus()).as("the turn was given back").isEqualTo(200);
	}

	@Test
	void doFilter_answersTheBrowserWithAPage() throws Exception {
		AdmissionFilter filter = new AdmissionFilter(new AdmissionControl(1, 0, Duration.ZERO),
				JsonMapper.builder().build());
		CountDownLatch working = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		this.threads.submit(() -> {
			filter.doFilter(new MockHttpServletRequest("GET", "/recommendations"), new MockHttpServletResponse(),
					(request, r) -> {
						working.countDown();
						await(finish);
					});
			return null;
		});
		assertThat(working.await(10, TimeUnit.SECONDS)).isTrue();

		MockHttpServletResponse page = new MockHttpServletResponse();
		filter.doFilter(new MockHttpServletRequest("GET", "/recommendations"), page, (request, r) -> {
		});
		finish.countDown();

		assertThat(page.getStatus()).isEqualTo(503);
		assertThat(page.getHeader("Retry-After")).isEqualTo("1");
		assertThat(page.getContentAsString()).contains("The server is busy: try again in 1 s.");
	}

	private static MockHttpServletRequest quote() {
		return new MockHttpServletRequest("POST", "/api/v1/quote");
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
