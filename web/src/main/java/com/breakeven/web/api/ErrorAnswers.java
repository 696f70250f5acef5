package com.breakeven.web.api;

import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the server answers for an error no controller answered (an unknown path, a request
 * the firewall or a filter refused, an exception outside a controller): an RFC 9457
 * problem under {@code /api/} and for clients that do not read HTML, the site's error
 * page otherwise. Neither carries exception text or a server path: the detail is the
 * status's own sentence. Replaces Spring Boot's {@code BasicErrorController}, whose JSON
 * is no problem.
 */
@Controller
class ErrorAnswers implements ErrorController {

	@RequestMapping("${server.error.path:/error}")
	Object error(HttpServletRequest request) {
		HttpStatus status = status(request);
		if (wantsProblem(request)) {
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem(status));
		}
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("reason", status.getReasonPhrase());
		page.addObject("detail", detail(status));
		return page;
	}

	/**
	 * The problem for a status: its reason phrase as title, a fixed sentence as detail.
	 */
	static ProblemDetail problem(HttpStatus status) {
		return ApiProblem.problem(status, status.getReasonPhrase(), detail(status), null);
	}

	/** A sentence for each status, saying nothing of the server's insides. */
	static String detail(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "there is nothing at this address";
			case METHOD_NOT_ALLOWED -> "this address does not take that method";
			case BAD_REQUEST -> "the request could not be read: check its address, parameters and body";
			case REQUEST_HEADER_FIELDS_TOO_LARGE, URI_TOO_LONG ->
				"the request's address or headers are longer than this server reads";
			case CONTENT_TOO_LARGE -> "the request body is larger than this server reads";
			case UNAUTHORIZED -> "sign in, or send an API token";
			case FORBIDDEN -> "your role does not allow this";
			default ->
				status.is5xxServerError() ? "the request could not be completed; the error is logged on the server"
						: status.getReasonPhrase();
		};
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null && status.isError()) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

	/**
	 * A problem for the API's paths, and for any client that does not ask for HTML.
	 */
	private static boolean wantsProblem(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri instanceof String path && path.startsWith(request.getContextPath() + "/api/")) {
			return true;
		}
		String accept = request.getHeader("Accept");
		List<MediaType> types;
		try {
			types = (accept != null) ? MediaType.parseMediaTypes(accept) : List.of();
		}
		catch (org.springframework.http.InvalidMediaTypeException ex) {
			return true;
		}
		return types.stream().noneMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
	}

}
