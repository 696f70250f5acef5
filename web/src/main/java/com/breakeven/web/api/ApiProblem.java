package com.breakeven.web.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An RFC 9457 problem for the REST API, naming the offending request field where there is
 * one.
 */
class ApiProblem extends ErrorResponseException {

	private ApiProblem(HttpStatus status, String title, String detail, String field) {
		super(status, problem(status, title, detail, field), null);
	}

	static ApiProblem notFound(String detail, String field) {
		return new ApiProblem(HttpStatus.NOT_FOUND, "Not found", detail, field);
	}

	static ApiProblem badRequest(String detail, String field) {
		return new ApiProblem(HttpStatus.BAD_REQUEST, "Invalid request", detail, field);
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail, String field) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		if (field != null) {
			problem.setProperty("field", field);
		}
		return problem;
	}

}
