package com.breakeven.web.security;

import java.io.IOException;
import java.time.Duration;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Admits the expensive requests through {@link AdmissionControl}: one turned away is
 * answered 503 with {@code Retry-After} at once (a problem on the API, a short page in
 * the browser), so an overloaded server answers fast instead of queueing for seconds.
 */
class AdmissionFilter extends OncePerRequestFilter {

	/** The API's expensive calls: the quote, scenario runs and recommendations. */
	static final Pattern API = Pattern
		.compile("/api/v1/(quote|scenarios/(\\d+/evaluate|compare)|recommendations(/.*)?)");

	/** Pages and downloads that run scenarios or recommendations. */
	static final Pattern PAGES = Pattern.compile("/recommendations(/.*)?");

	/** What a request turned away is told to wait. */
	static final Duration RETRY = Duration.ofSeconds(1);

	private final AdmissionControl admission;

	private final JsonMapper json;

	AdmissionFilter(AdmissionControl admission, JsonMapper json) {
		this.admission = admission;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !(API.matcher(path).matches() || PAGES.matcher(path).matches()
				|| ("GET".equals(request.getMethod()) && ExpensiveRequestFilter.PAGES.matcher(path).matches()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean admitted;
		try {
			admitted = this.admission.enter();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			admitted = false;
		}
		if (!admitted) {
			refuse(request, response);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.admission.leave();
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		long seconds = RETRY.toSeconds();
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			SecurityConfiguration.problem(this.json, response, HttpStatus.SERVICE_UNAVAILABLE, "Server busy",
					this.admission.busy() + ", try again in " + seconds + " s");
		}
		else {
			Throttles.refusePage(response, HttpStatus.SERVICE_UNAVAILABLE, "The server is busy", RETRY);
		}
	}

}
