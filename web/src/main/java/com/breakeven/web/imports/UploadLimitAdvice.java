package com.breakeven.web.imports;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * An upload over {@code spring.servlet.multipart.max-file-size}: refused before any
 * controller sees it (so this advice is not tied to one), as a 413 problem on the API and
 * with the reason on the imports page in the browser.
 */
@ControllerAdvice
class UploadLimitAdvice {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<?> tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request,
			HttpServletResponse response) {
		String limit = (ex.getMaxUploadSize() > 0) ? ex.getMaxUploadSize() + " bytes" : "the configured limit";
		String detail = "the file is larger than " + limit + ", the most an upload may have";
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
			problem.setTitle("Upload too large");
			problem.setProperty("field", "file");
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		RequestContextUtils.getOutputFlashMap(request).put("error", "Not imported: " + detail + ".");
		RequestContextUtils.saveOutputFlashMap("/imports", request, response);
		return ResponseEntity.status(HttpStatus.SEE_OTHER)
			.header("Location", request.getContextPath() + "/imports")
			.build();
	}

}
