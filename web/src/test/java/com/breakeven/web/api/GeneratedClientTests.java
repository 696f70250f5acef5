package com.breakeven.web.api;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.breakeven.web.security.ApiTokens;
import com.breakeven.web.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published OpenAPI document is one a tool can build on: a Java client generated from
 * it (openapi-generator, {@code java}/{@code native}) compiles, and calls the running
 * application's quote endpoint with a bearer token. The document is also written to
 * {@code target/openapi/breakeven-api.json}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:client;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class GeneratedClientTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApiTokens tokens;

	@TempDir
	Path work;

	@Test
	void aClientGeneratedFromTheDocumentCompilesAndQuotesAWorkload() throws Exception {
		String document = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/v3/api-docs")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(document).contains("\"/api/v1/quote\"").contains("\"/api/v1/scenarios/{id}/evaluate\"");
		Path spec = Files.createDirectories(Path.of("target", "openapi")).resolve("breakeven-api.json");
		Files.writeString(spec, document);

		Path sources = this.work.resolve("client");
		CodegenConfigurator configurator = new CodegenConfigurator().setGeneratorName("java")
			.setLibrary("native")
			.setInputSpec(spec.toAbsolutePath().toString())
			.setOutputDir(sources.toString())
			.setApiPackage("com.breakeven.client.api")
			.setModelPackage("com.breakeven.client.model")
			.setInvokerPackage("com.breakeven.client")
			.addAdditionalProperty("openApiNullable", false)
			.addAdditionalProperty("useJakartaEe", true)
			.addGlobalProperty("apiTests", "false")
			.addGlobalProperty("modelTests", "false")
			.addGlobalProperty("apiDocs", "false")
			.addGlobalProperty("modelDocs", "false");
		new DefaultGenerator().opts(configurator.toClientOptInput()).generate();

		Path classes = Files.createDirectories(this.work.resolve("classes"));
		List<Diagnostic<? extends JavaFileObject>> errors = compile(sources.resolve("src/main/java"), classes);
		assertThat(errors).as("the generated client compiles").isEmpty();

		String token = this.tokens.create("generated client", Set.of(Role.VIEWER), null, null).token();
		try (URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() },
				getClass().getClassLoader())) {
			Object client = loader.loadClass("com.breakeven.client.ApiClient").getConstructor().newInstance();
			client.getClass().getMethod("updateBaseUri", String.class).invoke(client, "http://localhost:" + this.port);
			Consumer<HttpRequest.Builder> bearer = request -> request.header("Authorization", "Bearer " + token);
			client.getClass().getMethod("setRequestInterceptor", Consumer.class).invoke(client, bearer);

			Class<?> requestType = loader.loadClass("com.breakeven.client.model.QuoteRequest");
			Object request = requestType.getConstructor().newInstance();
			requestType.getMethod("monthlyInputTokens", Double.class).invoke(request, 2.0e9);
			requestType.getMethod("monthlyOutputTokens", Double.class).invoke(request, 5.0e8);
			Object api = loader.loadClass("com.breakeven.client.api.QuoteApi")
				.getConstructor(client.getClass())
				.newInstance(client);
			Method quote = api.getClass().getMethod("quote", requestType);
			Object answer = quote.invoke(api, request);

			List<?> options = (List<?>) answer.getClass().getMethod("getOptions").invoke(answer);
			assertThat(options).isNotEmpty();
			Object first = options.get(0);
			assertThat(first.getClass().getMethod("getCurrency").invoke(first)).isEqualTo("USD");
			assertThat((Integer) first.getClass().getMethod("getRank").invoke(first)).isEqualTo(1);
		}
	}

	private static List<Diagnostic<? extends JavaFileObject>> compile(Path sources, Path classes) throws IOException {
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null);
				Stream<Path> walk = Files.walk(sources)) {
			List<Path> java = walk.filter(p -> p.toString().endsWith(".java")).toList();
			compiler
				.getTask(null, files, diagnostics,
						List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString(),
								"-proc:none", "-nowarn"),
						null, files.getJavaFileObjectsFromPaths(java))
				.call();
		}
		return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
	}

}
