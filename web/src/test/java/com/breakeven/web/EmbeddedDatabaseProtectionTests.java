package com.breakeven.web;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import com.breakeven.BreakevenApplication;
import com.breakeven.db.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The embedded default's H2 database is its owner's alone: the AUTO_SERVER port listens
 * on 127.0.0.1 only, the user has a password generated for the installation, kept in a
 * 0600 file beside the database, and the database files are 0600.
 */
class EmbeddedDatabaseProtectionTests {

	/**
	 * 127.0.0.1 in /proc/net/tcp, and in /proc/net/tcp6 as ::ffff:127.0.0.1 and ::1;
	 * every interface would be 00000000 or 32 zeros.
	 */
	private static final List<String> LOOPBACK = List.of("0100007F", "0000000000000000FFFF00000100007F",
			"00000000000000000000000001000000");

	@TempDir
	Path directory;

	@Test
	void embeddedDefault_listensOnLoopbackOnlyWithItsOwnPasswordAndPrivateFiles() throws Exception {
		Path database = this.directory.resolve("data/breakeven");
		String url = "jdbc:h2:file:" + database + ";" + TestDatabase.H2_POSTGRES_MODE + ";AUTO_SERVER=TRUE";
		Path log = this.directory.resolve("server.log");
		// a JVM of its own, as the jar runs: H2 reads its bind address once, when it
		// loads
		Process server = new ProcessBuilder(javaCommand(url)).redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		try {
			waitForStart(server, log);
			int port = autoServerPort(database);

			assertThat(listeningAddresses(port)).as("addresses listening on port %d", port)
				.isNotEmpty()
				.allMatch(LOOPBACK::contains);
			for (InetAddress address : nonLoopbackAddresses()) {
				assertThat(catchThrowable(() -> {
					try (Socket socket = new Socket()) {
						socket.connect(new InetSocketAddress(address, port), 2_000);
					}
				})).as("connecting through %s", address).isInstanceOf(ConnectException.class);
			}

			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(database.getParent())))
				.isEqualTo("rwx------");
			try (Stream<Path> files = Files.list(database.getParent())) {
				List<Path> all = files.toList();
				assertThat(all).extracting(f -> f.getFileName().toString())
					.contains("breakeven.mv.db", "breakeven.lock.db", "breakeven.password");
				assertThat(all)
					.allSatisfy(file -> assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
						.as(file.toString())
						.isEqualTo("rw-------"));
			}
			Path passwordFile = EmbeddedDatabaseProtection.passwordFile(database);
			String password = Files.readString(passwordFile).strip();
			assertThat(password).matches("[A-Za-z0-9_-]{43}");
			// the client connects through the AUTO_SERVER port the server holds
			assertThat(catchThrowable(() -> DriverManager.getConnection(url, "sa", "").close()))
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("Wrong user name or password");
			try (Connection connection = DriverManager.getConnection(url, "sa", password)) {
				assertThat(connection.isValid(5)).isTrue();
			}
		}
		finally {
			server.destroy();
			if (!server.waitFor(30, TimeUnit.SECONDS)) {
				server.destroyForcibly();
			}
		}
	}

	@Test
	void installationPassword_anExistingDatabaseWithAnEmptyPasswordIsMigrated() throws Exception {
		Path database = this.directory.resolve("old/breakeven");
		String url = "jdbc:h2:file:" + database + ";" + TestDatabase.H2_POSTGRES_MODE;
		try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
			connection.createStatement().execute("CREATE TABLE kept (id INT); INSERT INTO kept VALUES (7)");
		}
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("test", java.util.Map.of("spring.datasource.url", url,
					"spring.datasource.username", "sa", "spring.datasource.password", "")));

		new EmbeddedDatabaseProtection(new DeferredLogs()).postProcessEnvironment(environment, null);

		String password = environment.getProperty("spring.datasource.password");
		Path passwordFile = EmbeddedDatabaseProtection.passwordFile(database);
		assertThat(password).hasSize(43).isEqualTo(Files.readString(passwordFile).strip());
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions
			.toString(Files.getPosixFilePermissions(database.resolveSibling("breakeven.mv.db"))))
			.isEqualTo("rw-------");
		// a directory of nothing but the database's files
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(database.getParent())))
			.isEqualTo("rwx------");
		assertThat(catchThrowable(() -> DriverManager.getConnection(url, "sa", "").close()))
			.hasMessageContaining("Wrong user name or password");
		try (Connection connection = DriverManager.getConnection(url, "sa", password)) {
			var rows = connection.createStatement().executeQuery("SELECT id FROM kept");
			assertThat(rows.next()).isTrue();
			assertThat(rows.getInt(1)).isEqualTo(7);
		}

		// the next start reads the same password
		StandardEnvironment again = new StandardEnvironment();
		again.getPropertySources()
			.addFirst(new MapPropertySource("test", java.util.Map.of("spring.datasource.url", url)));
		new EmbeddedDatabaseProtection(new DeferredLogs()).postProcessEnvironment(again, null);
		assertThat(again.getProperty("spring.datasource.password")).isEqualTo(password);
	}

	@Test
	void h2File_onlyForH2DatabaseFilesThisProcessOpens() {
		assertThat(EmbeddedDatabaseProtection.h2File("jdbc:h2:file:./data/breakeven;MODE=PostgreSQL"))
			.hasValue(Path.of("data/breakeven").toAbsolutePath());
		assertThat(EmbeddedDatabaseProtection.h2File("jdbc:h2:/srv/breakeven")).hasValue(Path.of("/srv/breakeven"));
		assertThat(EmbeddedDatabaseProtection.h2File("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1")).isEmpty();
		assertThat(EmbeddedDatabaseProtection.h2File("jdbc:h2:tcp://db:9092/breakeven")).isEmpty();
		assertThat(EmbeddedDatabaseProtection.h2File("jdbc:postgresql://127.0.0.1:5432/breakeven")).isEmpty();
		assertThat(EmbeddedDatabaseProtection.h2File(null)).isEmpty();
	}

	private static List<String> javaCommand(String url) {
		return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), BreakevenApplication.class.getName(), "--server.port=0",
				"--spring.datasource.url=" + url, "--breakeven.sample-data.enabled=false",
				"--breakeven.pricing.refresh-cron=-");
	}

	private static void waitForStart(Process server, Path log) throws InterruptedException, IOException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
		while (System.nanoTime() < deadline) {
			String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
			if (text.contains("Started BreakevenApplication")) {
				return;
			}
			assertThat(server.isAlive()).as(text).isTrue();
			Thread.sleep(500);
		}
		throw new AssertionError("the server did not start in 240 s:\n" + Files.readString(log));
	}

	/** The port H2 wrote into the lock file ({@code server=host:port}). */
	private static int autoServerPort(Path database) throws IOException {
		Properties lock = new Properties();
		try (InputStream in = new FileInputStream(database.resolveSibling("breakeven.lock.db").toFile())) {
			lock.load(in);
		}
		String server = lock.getProperty("server");
		assertThat(server).as(lock.toString()).isNotNull();
		return Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
	}

	/**
	 * Local addresses (hex, as the kernel writes them) of the sockets listening on a
	 * port.
	 */
	private static List<String> listeningAddresses(int port) throws IOException {
		String portHex = String.format(Locale.ROOT, "%04X", port);
		List<String> addresses = new ArrayList<>();
		for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
			Path file = Path.of(table);
			if (!Files.exists(file)) {
				continue;
			}
			// read once: the table changes between two reads as connections open and
			// close
			List<String> lines = Files.readAllLines(file);
			for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
				String[] fields = line.trim().split("\\s+");
				String[] local = fields[1].split(":");
				if (local[1].equals(portHex) && fields[3].equals("0A")) {
					addresses.add(local[0]);
				}
			}
		}
		return addresses;
	}

	private static List<InetAddress> nonLoopbackAddresses() throws IOException {
		List<InetAddress> addresses = new ArrayList<>();
		for (NetworkInterface network : NetworkInterface.networkInterfaces().toList()) {
			if (network.isUp() && !network.isLoopback()) {
				network.inetAddresses()
					.filter(a -> a instanceof Inet4Address && !a.isLinkLocalAddress())
					.forEach(addresses::add);
			}
		}
		return addresses;
	}

}
