package com.breakeven.ingestion.connector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.breakeven.ingestion.ImportRun;
import com.breakeven.ingestion.ImportStatus;
import com.breakeven.ingestion.UsageImports;

/**
 * Usage pulled from the providers' admin APIs. Each connector pulls its provider's usage
 * and cost reports as streams, each with its own cursor: the first pull backfills
 * {@code backfillDays} complete days, later pulls continue after the last complete day
 * stored (less a few days the providers restate). Every page is imported as soon as it
 * arrives by the usage import job, with the same format that imports a downloaded page,
 * so a pulled day replaces the same day of an earlier pull or file. After each page the
 * next page's token is saved: a pull stopped mid-way (the provider failing past the
 * retries, a crash) continues at the page after the last one stored, and a page pulled
 * twice replaces its days with the same rows.
 */
@Service
public class Connectors {

	private static final Logger log = LoggerFactory.getLogger(Connectors.class);

	private static final int MAX_NAME = 100;

	private final ConnectorRepository repository;

	private final SecretBox secrets;

	private final UsageApiClient client;

	private final UsageImports imports;

	private final ConnectorSettings settings;

	private final Clock clock;

	Connectors(ConnectorRepository repository, SecretBox secrets, UsageApiClient client, UsageImports imports,
			ConnectorSettings settings, Clock clock) {
		this.repository = repository;
		this.secrets = secrets;
		this.client = client;
		this.imports = imports;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * @return every connector, by name
	 */
	public List<ConnectorView> all() {
		return this.repository.all().stream().map(this::view).toList();
	}

	/**
	 * @return the connector
	 * @throws ConnectorRefused when there is none with that id
	 */
	public ConnectorView find(long id) {
		return view(row(id));
	}

	/**
	 * @return whether keys can be stored (an encryption key is set)
	 */
	public boolean canStoreKeys() {
		return this.secrets.canSeal();
	}

	/**
	 * Stores a connector with its admin key sealed; the key is never shown again.
	 * @param name a name to tell it apart
	 * @param provider whose API it pulls
	 * @param adminKey the provider's admin key
	 * @param backfillDays complete days the first pull reaches back, else {@code null}
	 * for the configured default
	 * @param createdBy who asked
	 * @return the connector
	 * @throws ConnectorRefused naming the field: a blank or taken name, a key that cannot
	 * be one, a backfill out of range, or no encryption key set
	 */
	public ConnectorView create(String name, ConnectorProvider provider, String adminKey, Integer backfillDays,
			String createdBy) {
		String trimmed = (name == null) ? "" : name.strip();
		if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
			throw invalid("name", "name must be 1 to " + MAX_NAME + " characters");
		}
		if (provider == null) {
			throw invalid("provider", "provider must be one of " + List.of(ConnectorProvider.values()));
		}
		AdminKey key = adminKey(adminKey);
		int days = (backfillDays != null) ? backfillDays : this.settings.backfillDays();
		if (days < 1 || days > ConnectorSettings.MAX_BACKFILL_DAYS) {
			throw invalid("backfillDays",
					"backfillDays must be 1 to " + ConnectorSettings.MAX_BACKFILL_DAYS + ", was " + days);
		}
		if (this.repository.nameTaken(trimmed)) {
			throw new ConnectorRefused(ConnectorRefused.Reason.CONFLICT, "name",
					"a connector named '" + trimmed + "' exists already");
		}
		String sealed = this.secrets.seal(key.reveal(), context(provider, trimmed));
		long id = this.repository.insert(trimmed, provider, sealed, key.lastFour(), days, createdBy, now());
		log.info("Connector {} ({}, key {}) created by {}", trimmed, provider.displayName(), key, createdBy);
		return find(id);
	}

	/**
	 * Replaces the admin key (rotated, or no longer readable after the encryption key
	 * changed); the cursor stays.
	 * @throws ConnectorRefused naming the field: a key that cannot be one, or no
	 * encryption key set
	 */
	public ConnectorView replaceKey(long id, String adminKey, String by) {
		ConnectorRepository.Row row = row(id);
		AdminKey key = adminKey(adminKey);
		this.repository.replaceKey(id, this.secrets.seal(key.reveal(), context(row.provider(), row.name())),
				key.lastFour());
		log.info("Connector {}: key replaced by {} ({})", row.name(), by, key);
		return find(id);
	}

	/** Stops the schedule from pulling it; a pull running now finishes. */
	public ConnectorView pause(long id) {
		row(id);
		this.repository.setPaused(id, true);
		return find(id);
	}

	public ConnectorView resume(long id) {
		row(id);
		this.repository.setPaused(id, false);
		return find(id);
	}

	/**
	 * Deletes the connector, its sealed key and its cursors; the usage it stored stays.
	 */
	public void delete(long id) {
		if (!this.repository.delete(id)) {
			throw notFound(id);
		}
	}

	/** Pulls every connector that is not paused (the schedule). */
	public void pullAll(String triggeredBy) {
		for (ConnectorRepository.Row row : this.repository.all()) {
			if (!row.paused()) {
				ConnectorView pulled = pullIfFree(row.id(), triggeredBy);
				log.info("Connector {} pulled ({}): {}", pulled.name(), triggeredBy,
						(pulled.lastError() != null) ? pulled.lastError() : "through " + pulled.completeThrough());
			}
		}
	}

	/**
	 * Pulls one connector now, every stream from its cursor to yesterday.
	 * @return the connector after the pull; a pull that stopped on an error names it in
	 * {@code lastError} and has saved its progress
	 * @throws ConnectorRefused when it is paused or another pull holds it
	 */
	public ConnectorView pull(long id, String triggeredBy) {
		ConnectorRepository.Row row = row(id);
		if (row.paused()) {
			throw new ConnectorRefused(ConnectorRefused.Reason.CONFLICT, null,
					"connector '" + row.name() + "' is paused: resume it first");
		}
		if (!claim(id)) {
			throw new ConnectorRefused(ConnectorRefused.Reason.CONFLICT, null,
					"connector '" + row.name() + "' is being pulled now");
		}
		return pullClaimed(row, triggeredBy);
	}

	private ConnectorView pullIfFree(long id, String triggeredBy) {
		ConnectorRepository.Row row = row(id);
		return claim(id) ? pullClaimed(row, triggeredBy) : view(row);
	}

	private boolean claim(long id) {
		OffsetDateTime now = now();
		return this.repository.claim(id, now, now.minus(this.settings.staleAfter()));
	}

	private ConnectorView pullClaimed(ConnectorRepository.Row row, String triggeredBy) {
		String error = null;
		try {
			AdminKey key = new AdminKey(
					this.secrets.open(this.repository.sealedKey(row.id()), context(row.provider(), row.name())));
			LocalDate today = LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
			for (UsageEndpoint endpoint : row.provider().endpoints()) {
				pullStream(row, endpoint, key, today, triggeredBy);
			}
		}
		catch (ConnectorException | IllegalStateException ex) {
			error = ex.getMessage();
			log.warn("Connector {} stopped: {}", row.name(), error);
		}
		catch (RuntimeException ex) {
			// the lease must be given back whatever broke; the page shows the failure
			error = "the pull failed: " + ex.getClass().getSimpleName() + " (logged on the server)";
			log.error("Connector {} failed", row.name(), ex);
		}
		finally {
			this.repository.release(row.id(), now(), error);
		}
		return find(row.id());
	}

	private void pullStream(ConnectorRepository.Row row, UsageEndpoint endpoint, AdminKey key, LocalDate today,
			String triggeredBy) {
		ConnectorRepository.StreamState state = this.repository.stream(row.id(), endpoint.stream());
		Optional<PullWindow> saved = state.savedWindow();
		PullWindow window;
		String page;
		if (saved.isPresent()) {
			window = saved.get();
			page = state.nextPage();
		}
		else {
			Optional<PullWindow> next = PullWindow.next(state.completeThrough(), today, row.backfillDays(),
					this.settings.restateDays());
			if (next.isEmpty()) {
				return;
			}
			window = next.get();
			page = null;
		}
		while (true) {
			ReportPage answer;
			try {
				answer = this.client.fetch(endpoint, endpoint.uri(this.settings.baseUrl(row.provider()), window, page),
						key);
			}
			catch (ConnectorException ex) {
				if (page == null || ex.status() != 400) {
					throw ex;
				}
				// a saved page token the provider no longer accepts (expired): the
				// window starts again; its days are replaced, not added twice
				log.info("Connector {}: the saved page of {} was refused ({}); pulling its window again", row.name(),
						endpoint.path(), ex.getMessage());
				this.repository.forgetPage(row.id(), endpoint.stream());
				page = null;
				continue;
			}
			if (answer.hasMore() && answer.nextPage().equals(page)) {
				// followed, it would ask for the same page for ever
				throw new ConnectorException(endpoint.provider().displayName() + " GET " + endpoint.path()
						+ " answered the page it was asked for as its next_page");
			}
			store(row, endpoint, window, page, answer, triggeredBy);
			if (answer.hasMore()) {
				this.repository.pageStored(row.id(), endpoint.stream(), window, answer.nextPage(), answer.results());
				page = answer.nextPage();
			}
			else {
				LocalDate last = window.end().minusDays(1);
				LocalDate through = (state.completeThrough() != null && state.completeThrough().isAfter(last))
						? state.completeThrough() : last;
				this.repository.windowStored(row.id(), endpoint.stream(), window, through, answer.results());
				return;
			}
		}
	}

	/**
	 * Imports one page with the usage import job. The page's file name is fixed by the
	 * connector, window and page token, so a page pulled again after a crash during its
	 * import is the same job instance, resumed.
	 */
	private void store(ConnectorRepository.Row row, UsageEndpoint endpoint, PullWindow window, String page,
			ReportPage answer, String triggeredBy) {
		if (answer.results() == 0) {
			return;
		}
		Path directory = this.settings.spoolDirectory().resolve("connector-" + row.id());
		Path file = directory.resolve(endpoint.format() + "-" + window.start() + "-" + window.end() + "-"
				+ shortDigest((page != null) ? page : "first") + ".json");
		try {
			Files.createDirectories(directory);
			Files.write(file, answer.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the pulled page to " + file, ex);
		}
		ImportRun run = this.imports.run(endpoint.format(), file, "connector " + row.name() + " (" + triggeredBy + ")");
		if (run.status() != ImportStatus.COMPLETED) {
			throw new ConnectorException("the import of " + endpoint.provider().displayName() + " " + endpoint.path()
					+ " from " + window.start() + " (run " + run.id() + ") failed: " + run.message());
		}
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Pulled page {} imported but not deleted: {}", file, ex.getMessage());
		}
	}

	private ConnectorView view(ConnectorRepository.Row row) {
		List<ConnectorRepository.StreamState> streams = this.repository.streams(row.id());
		LocalDate through = null;
		boolean everyStream = true;
		for (ConnectorRepository.StreamState s : streams) {
			if (s.completeThrough() == null) {
				everyStream = false;
			}
			else if (through == null || s.completeThrough().isBefore(through)) {
				through = s.completeThrough();
			}
		}
		LocalDate completeThrough = everyStream ? through : null;
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
		List<ConnectorView.StreamView> streamViews = streams.stream()
			.map(s -> new ConnectorView.StreamView(s.stream(), endpointOf(row.provider(), s.stream()).path(),
					s.completeThrough(), s.savedWindow().map(PullWindow::start).orElse(null), s.pagesPulled(),
					s.rowsPulled()))
			.toList();
		return new ConnectorView(row.id(), row.name(), row.provider(), row.keyLastFour(), row.backfillDays(),
				row.paused(), row.runningSince() != null, row.createdBy(), row.createdAt(), row.lastRunAt(),
				row.lastSuccessAt(), row.lastError(), completeThrough,
				PullWindow.lagDays(completeThrough, today).orElse(null),
				streams.stream().mapToLong(ConnectorRepository.StreamState::rowsPulled).sum(), streamViews);
	}

	private static UsageEndpoint endpointOf(ConnectorProvider provider, UsageEndpoint.Stream stream) {
		return provider.endpoints().stream().filter(e -> e.stream() == stream).findFirst().orElseThrow();
	}

	/**
	 * @throws ConnectorRefused naming {@code adminKey}: not a key, or no encryption key
	 * set to store it with
	 */
	private AdminKey adminKey(String adminKey) {
		AdminKey key;
		try {
			key = new AdminKey((adminKey == null) ? "" : adminKey.strip());
		}
		catch (IllegalArgumentException ex) {
			throw invalid("adminKey", ex.getMessage());
		}
		if (!this.secrets.canSeal()) {
			throw new ConnectorRefused(ConnectorRefused.Reason.CONFLICT, "adminKey", SecretBox.NO_KEY);
		}
		return key;
	}

	private ConnectorRepository.Row row(long id) {
		return this.repository.find(id).orElseThrow(() -> notFound(id));
	}

	private static ConnectorRefused notFound(long id) {
		return new ConnectorRefused(ConnectorRefused.Reason.NOT_FOUND, "id", "no connector with id " + id);
	}

	private static ConnectorRefused invalid(String field, String message) {
		return new ConnectorRefused(ConnectorRefused.Reason.INVALID, field, message);
	}

	/** What a sealed key belongs to: it opens only on its own connector's row. */
	private static String context(ConnectorProvider provider, String name) {
		return "usage-connector:" + Objects.requireNonNull(provider).name() + ":" + name;
	}

	private static String shortDigest(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 6);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available in this Java runtime", ex);
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

}
