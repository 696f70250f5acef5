package com.breakeven.web.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An RFC 9457 problem for the REST API, naming the offending request field where there is
 * one.
 */
public class ApiProblem extends ErrorResponseException {

	private ApiProblem(HttpStatus status, String title, String detail, String field) {
		super(status, problem(status, title, detail, field), null);
	}

	public static ApiProblem notFound(String detail, String field) {
		return new ApiProblem(HttpStatus.NOT_FOUND, "Not found", detail, field);
	}

	public static ApiProblem badRequest(String detail, String field) {
		return new ApiProblem(HttpStatus.BAD_REQUEST, "Invalid request", detail, field);
	}

	/** The request is well-formed but its content cannot be used (422). */
	public static ApiProblem unprocessable(String detail, String field) {
		return new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid content", detail, field);
	}

	public static ApiProblem conflict(String detail, String field) {
		return new ApiProblem(HttpStatus.CONFLICT, "Conflict", detail, field);
	}

	/** Several fields refused at once: {@code fields} maps each to its reason. */
	public static ApiProblem unprocessable(String detail, java.util.Map<String, String> fields) {
		ApiProblem problem = new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid content", detail,
				fields.isEmpty() ? null : fields.keySet().iterator().next());
		problem.getBody().setProperty("fields", new java.util.LinkedHashMap<>(fields));
		return problem;
	}

	/**
	 * A value as a problem may quote it: at most 80 characters, so that a huge value is
	 * never echoed back whole.
	 */
	public static String shortened(String value) {
		if (value == null || value.length() <= 80) {
			return value;
		}
		return value.substring(0, 80) + "… (" + value.length() + " characters)";
	}

	static ProblemDetail problem(HttpStatus status, String title, String detail, String field) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		if (field != null) {
			problem.setProperty("field", field);
		}
		return problem;
	}

}
