package com.breakeven.web.api;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.Host;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's answer to a request it refuses before the application sees it (a request line
 * or headers over {@code server.max-http-request-header-size}, a malformed request line):
 * an RFC 9457 problem, as {@link ErrorAnswers} words it, for {@code /api/} paths and for
 * requests whose path could not be read at all; Tomcat's plain page without server
 * details for any other path. Never the exception's text.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	public ProblemErrorReportValve() {
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		HttpStatus status = HttpStatus.resolve(response.getStatus());
		String path = request.getDecodedRequestURI();
		boolean api = path == null || path.isEmpty() || path.startsWith("/api/");
		if (status == null || !status.isError() || response.getContentWritten() > 0 || !api) {
			super.report(request, response, throwable);
			return;
		}
		String problem = "{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
				+ status.value() + ",\"detail\":\"" + ErrorAnswers.detail(status) + "\"}";
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(problem);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the connection is gone or the response committed: nothing more to say
		}
	}

	/** Puts this valve in place of the one Tomcat's host would add. */
	@Configuration(proxyBeanMethods = false)
	static class Installation {

		/**
		 * Last, so that the valve Spring Boot's own customizer adds is there to be
		 * replaced.
		 */
		@Bean
		@Order(Ordered.LOWEST_PRECEDENCE)
		WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> problemErrorReports() {
			return factory -> factory.addContextCustomizers(context -> {
				Host host = (Host) context.getParent();
				for (org.apache.catalina.Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
						host.getPipeline().removeValve(valve);
					}
				}
				if (host instanceof StandardHost standard) {
					// the host adds a valve of this class on start unless there is one
					standard.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
				}
				host.getPipeline().addValve(new ProblemErrorReportValve());
			});
		}

	}

}
