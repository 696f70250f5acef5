package com.breakeven.ingestion;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * A whole source document, read once: from an {@code http(s)} URL (with connect and read
 * timeouts) or from a file. Feeds are a few megabytes, so holding them lets the run
 * record their SHA-256 and fail cleanly before touching the database.
 *
 * @param location the URL or path as given
 * @param content the bytes
 * @param sha256 hex SHA-256 of the bytes
 */
public record SourceDocument(String location, byte[] content, String sha256) {

	/** The source could not be read; the message says why and names the location. */
	public static class UnreadableSource extends Exception {

		public UnreadableSource(String message, Throwable cause) {
			super(message, cause);
		}

	}

	/**
	 * @param location {@code http://…}, {@code https://…} or a file path
	 * @param timeout longest wait to connect and, separately, for the whole response
	 * @return the document
	 * @throws UnreadableSource when it cannot be fetched or read
	 */
	public static SourceDocument read(String location, Duration timeout) throws UnreadableSource {
		byte[] content = isUrl(location) ? fetch(location, timeout)
				: location.startsWith(CLASSPATH) ? readClasspath(location) : readFile(location);
		return new SourceDocument(location, content, sha256(content));
	}

	/**
	 * Prefix of a document shipped inside the application
	 * ({@code classpath:sample-data/feeds/…}).
	 */
	public static final String CLASSPATH = "classpath:";

	public InputStream open() {
		return new ByteArrayInputStream(this.content);
	}

	static boolean isUrl(String location) {
		return location.startsWith("http://") || location.startsWith("https://");
	}

	private static byte[] fetch(String url, Duration timeout) throws UnreadableSource {
		HttpClient client = HttpClient.newBuilder()
			.connectTimeout(timeout)
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build();
		try {
			HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new UnreadableSource(url + " answered HTTP " + response.statusCode(), null);
			}
			return response.body();
		}
		catch (HttpTimeoutException ex) {
			throw new UnreadableSource(url + " did not answer within " + describe(timeout), ex);
		}
		catch (IOException ex) {
			throw new UnreadableSource("cannot fetch " + url + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new UnreadableSource("interrupted while fetching " + url, ex);
		}
		catch (IllegalArgumentException ex) {
			throw new UnreadableSource("not a valid URL: " + url, ex);
		}
	}

	private static String describe(Duration timeout) {
		return (timeout.toMillis() % 1000 == 0) ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
	}

	private static byte[] readClasspath(String location) throws UnreadableSource {
		String resource = location.substring(CLASSPATH.length());
		try (InputStream in = SourceDocument.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new UnreadableSource("no such resource in the application: " + resource, null);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UnreadableSource("cannot read resource " + resource + ": " + ex.getMessage(), ex);
		}
	}

	private static byte[] readFile(String location) throws UnreadableSource {
		try {
			return Files.readAllBytes(Path.of(location));
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableSource("cannot read file " + location + ": " + ex.getClass().getSimpleName()
					+ ((ex.getMessage() != null) ? " " + ex.getMessage() : ""), ex);
		}
	}

	/** Hex SHA-256 of a file's bytes: the identity of an import's source. */
	public static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

}
