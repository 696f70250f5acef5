package com.breakeven.web.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Every error of {@code /api/v1} as an RFC 9457 problem. Unexpected failures are logged
 * with their stack trace and answered without exception text.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(ApiProblem.class)
	ProblemDetail apiProblem(ApiProblem problem) {
		return problem.getBody();
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missingParameter(MissingServletRequestParameterException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"parameter '" + ex.getParameterName() + "' is required");
		problem.setTitle("Invalid request");
		problem.setProperty("field", ex.getParameterName());
		return problem;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return field(HttpStatus.BAD_REQUEST, "Invalid request", ex.getName(),
				"parameter '" + ex.getName() + "' must be "
						+ ((ex.getRequiredType() != null) ? describe(ex.getRequiredType()) : "another value")
						+ ", was '" + ex.getValue() + "'");
	}

	/** A body that is no JSON, or a field of the wrong type: named by its JSON path. */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		String path = null;
		Throwable cause = ex.getCause();
		while (cause != null && !(cause instanceof tools.jackson.databind.DatabindException)) {
			cause = cause.getCause();
		}
		if (cause instanceof tools.jackson.databind.DatabindException mapping) {
			path = mapping.getPath()
				.stream()
				.map(ref -> (ref.getPropertyName() != null) ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
				.reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
				.orElse(null);
		}
		return field(HttpStatus.BAD_REQUEST, "Invalid request", path,
				(path != null) ? "field '" + path + "' has a value of the wrong type or format"
						: "the request body is not the JSON this endpoint reads");
	}

	@ExceptionHandler(MissingServletRequestPartException.class)
	ProblemDetail missingPart(MissingServletRequestPartException ex) {
		return field(HttpStatus.BAD_REQUEST, "Invalid request", ex.getRequestPartName(),
				"part '" + ex.getRequestPartName() + "' is required");
	}

	private static ProblemDetail field(HttpStatus status, String title, String field, String detail) {
		return ApiProblem.problem(status, title, detail, field);
	}

	private static String describe(Class<?> type) {
		if (type.isEnum()) {
			return "one of " + java.util.Arrays.toString(type.getEnumConstants());
		}
		return switch (type.getSimpleName()) {
			case "LocalDate" -> "an ISO-8601 date (2026-11-01)";
			case "Integer", "int", "Long", "long" -> "a whole number";
			case "Double", "double", "BigDecimal" -> "a number";
			default -> "a " + type.getSimpleName();
		};
	}

	/**
	 * Spring's own refusals (unknown path, method, media type) keep their status; an
	 * exception marked with a status (no such scenario) answers with it and its message.
	 */
	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		if (ex instanceof org.springframework.web.ErrorResponse known) {
			return known.getBody();
		}
		org.springframework.web.bind.annotation.ResponseStatus marked = org.springframework.core.annotation.AnnotatedElementUtils
			.findMergedAnnotation(ex.getClass(), org.springframework.web.bind.annotation.ResponseStatus.class);
		if (marked != null && !marked.code().is5xxServerError()) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(marked.code(), ex.getMessage());
			problem.setTitle(HttpStatus.valueOf(marked.code().value()).getReasonPhrase());
			return problem;
		}
		log.error("Unexpected error in the REST API", ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"the request could not be completed; the error is logged on the server");
		problem.setTitle("Internal error");
		return problem;
	}

}
