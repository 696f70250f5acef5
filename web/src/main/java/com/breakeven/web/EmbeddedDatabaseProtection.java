package com.breakeven.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * Locks the embedded default's H2 file database to its owner, before the first
 * connection:
 * <ul>
 * <li>{@code AUTO_SERVER}'s TCP port (which lets the command-line jobs open the database
 * the web application holds) listens on 127.0.0.1 only, through H2's
 * {@value #BIND_ADDRESS} system property (read once, when H2 first loads), unless the JVM
 * was started with that property set;</li>
 * <li>the user ({@code sa}) has a password generated for this installation, kept beside
 * the database in {@code <name>.password} (0600) and read on every start, when
 * {@code spring.datasource.password} is empty. An existing database whose password is
 * still empty is migrated: the file is written, then the password set with
 * {@code ALTER USER};</li>
 * <li>the database's files ({@code <name>.*}) are 0600, on every start, and so is the
 * directory holding them (0700) when it holds nothing else.</li>
 * </ul>
 * Other databases (PostgreSQL, in-memory H2, an H2 server) are left as configured.
 */
public class EmbeddedDatabaseProtection implements EnvironmentPostProcessor {

	/** H2's system property for the address its servers bind to. */
	static final String BIND_ADDRESS = "h2.bindAddress";

	static final String LOOPBACK = "127.0.0.1";

	static final String PASSWORD_FILE_SUFFIX = ".password";

	private static final String URL = "spring.datasource.url";

	private static final String PASSWORD = "spring.datasource.password";

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Log log;

	/** As Spring Boot creates it, from {@code META-INF/spring.factories}. */
	public EmbeddedDatabaseProtection(DeferredLogFactory logs) {
		this.log = logs.getLog(EmbeddedDatabaseProtection.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String url = environment.getProperty(URL);
		Optional<Path> database = h2File(url);
		if (database.isEmpty()) {
			return;
		}
		if (url.toUpperCase(Locale.ROOT).contains("AUTO_SERVER=TRUE") && System.getProperty(BIND_ADDRESS) == null) {
			System.setProperty(BIND_ADDRESS, LOOPBACK);
		}
		restrictFiles(database.get());
		if (environment.getProperty(PASSWORD, "").isEmpty()) {
			String user = environment.getProperty("spring.datasource.username", "sa");
			installationPassword(url, user, database.get()).ifPresent(password -> environment.getPropertySources()
				.addFirst(new MapPropertySource("breakeven embedded database password", Map.of(PASSWORD, password))));
		}
	}

	/** Once the pool has opened the database: the files H2 made since are 0600 too. */
	public static class RestrictFilesOnStart implements ApplicationListener<ApplicationStartedEvent> {

		@Override
		public void onApplicationEvent(ApplicationStartedEvent event) {
			Environment environment = event.getApplicationContext().getEnvironment();
			h2File(environment.getProperty(URL)).ifPresent(EmbeddedDatabaseProtection::restrictFiles);
		}

	}

	/**
	 * @param url a JDBC URL
	 * @return the database's path without the {@code .mv.db} extension, when the URL
	 * names an H2 database file this process opens itself
	 */
	static Optional<Path> h2File(String url) {
		if (url == null || !url.startsWith("jdbc:h2:")) {
			return Optional.empty();
		}
		String name = url.substring("jdbc:h2:".length());
		int options = name.indexOf(';');
		name = (options >= 0) ? name.substring(0, options) : name;
		if (name.startsWith("file:")) {
			name = name.substring("file:".length());
		}
		else if (name.matches("^[a-zA-Z]{2,}:.*")) {
			// mem:, tcp:, ssl:, zip:, nio…: not a file this process owns
			return Optional.empty();
		}
		if (name.startsWith("~")) {
			name = System.getProperty("user.home") + name.substring(1);
		}
		return name.isBlank() ? Optional.empty() : Optional.of(Path.of(name).toAbsolutePath().normalize());
	}

	/**
	 * The password of this installation, from its file, else a new one: set on the
	 * database when it already exists (with an empty password), else given to H2 to
	 * create it with.
	 * @return empty when the database cannot be migrated (the configuration stays as it
	 * was, and the start-up check says why the database cannot be opened)
	 */
	Optional<String> installationPassword(String url, String user, Path database) {
		Path file = passwordFile(database);
		try {
			if (Files.exists(file)) {
				restrict(file, OWNER_ONLY);
				return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip());
			}
			createDirectory(database.getParent());
			String password = newPassword();
			boolean existing = Files.exists(database.resolveSibling(database.getFileName() + ".mv.db"));
			write(file, password);
			if (existing) {
				try (Connection connection = DriverManager.getConnection(url, user, "");
						Statement statement = connection.createStatement()) {
					// the password is base64url: nothing in it needs quoting
					statement.execute("ALTER USER \"" + user.toUpperCase(Locale.ROOT).replace("\"", "\"\"")
							+ "\" SET PASSWORD '" + password + "'");
				}
				catch (SQLException ex) {
					Files.delete(file);
					this.log.warn("Could not set a password on the H2 database " + database + " (" + ex.getMessage()
							+ "); set spring.datasource.password");
					return Optional.empty();
				}
				this.log.info("The H2 database " + database + " now has a password, kept in " + file);
			}
			return Optional.of(password);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot keep the H2 database's password in " + file, ex);
		}
	}

	static Path passwordFile(Path database) {
		return database.resolveSibling(database.getFileName() + PASSWORD_FILE_SUFFIX);
	}

	/** 32 random bytes, base64url without padding: 43 characters, 256 bits. */
	static String newPassword() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * Written in full under another name, then renamed, so a crash leaves no half file.
	 */
	private static void write(Path file, String password) throws IOException {
		Path partial = file.resolveSibling(file.getFileName() + ".new");
		Files.deleteIfExists(partial);
		Files.createFile(partial);
		restrict(partial, OWNER_ONLY);
		Files.writeString(partial, password + "\n", StandardCharsets.UTF_8);
		Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
	}

	private static void createDirectory(Path directory) throws IOException {
		if (Files.isDirectory(directory)) {
			return;
		}
		try {
			Files.createDirectories(directory);
			restrict(directory, OWNER_ONLY_DIRECTORY);
		}
		catch (FileAlreadyExistsException ex) {
			// made by another process starting at the same time
		}
	}

	/**
	 * Makes the database's files ({@code name.*}) readable by their owner only, and its
	 * directory too when nothing else is in it (as {@code ./data}): H2 makes some files
	 * later (a trace file when it reports an error), with the process's umask.
	 */
	static void restrictFiles(Path database) {
		Path directory = database.getParent();
		if (!Files.isDirectory(directory)) {
			return;
		}
		String prefix = database.getFileName() + ".";
		try (Stream<Path> entries = Files.list(directory)) {
			List<Path> all = entries.toList();
			List<Path> files = all.stream()
				.filter(f -> f.getFileName().toString().startsWith(prefix))
				.filter(Files::isRegularFile)
				.toList();
			for (Path file : files) {
				try {
					restrict(file, OWNER_ONLY);
				}
				catch (NoSuchFileException ex) {
					// a lock or temporary file H2 has just deleted
				}
			}
			if (files.size() == all.size()) {
				restrict(directory, OWNER_ONLY_DIRECTORY);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot restrict the H2 database files in " + directory, ex);
		}
	}

	private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
		if (Files.getFileAttributeView(path, PosixFileAttributeView.class) != null) {
			Files.setPosixFilePermissions(path, permissions);
		}
	}

}
