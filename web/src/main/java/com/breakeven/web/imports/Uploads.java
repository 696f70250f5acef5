package com.breakeven.web.imports;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import com.breakeven.ingestion.ImportKind;
import com.breakeven.ingestion.ImportRun;
import com.breakeven.ingestion.ImportRunRepository;
import com.breakeven.ingestion.UsageImports;
import com.breakeven.web.api.ApiProblem;

/**
 * Uploaded files, for the imports page and the API alike: each stored in a new private
 * temporary directory under its own name stripped of any directory part and unusual
 * characters (so {@code ../../etc/passwd} reaches no path outside it), only with the
 * extensions an export has; usage imports run one at a time on a background worker.
 * <p>
 * The directory's name says which process on which machine stored the upload
 * ({@code breakeven-upload-<pid>@<host>-<random>}), so that on start the runs a dead
 * process on this machine left running are ended: marked failed with
 * {@value #INTERRUPTED}, their staged rows deleted and their upload removed.
 */
@Service
class Uploads {

	private static final Logger log = LoggerFactory.getLogger(Uploads.class);

	/** The reason an interrupted upload's run shows on the imports page. */
	static final String INTERRUPTED = "the server stopped during this import; upload the file again";

	private static final String DIRECTORY_PREFIX = "breakeven-upload-";

	/**
	 * An upload's directory: the process and machine that stored it (absent in
	 * directories made before they were named), then the random part.
	 */
	private static final Pattern DIRECTORY = Pattern.compile("breakeven-upload-(?:(\\d+)@([A-Za-z0-9.-]+)-)?\\d+");

	private static final String HOST = hostName();

	/** The longest file name an upload may have, in characters. */
	static final int MAX_NAME_LENGTH = 80;

	/**
	 * Any absolute path to an upload's directory, up to and with its last slash, as an
	 * exception message may carry it.
	 */
	private static final Pattern SERVER_PATH = Pattern
		.compile("(?:[A-Za-z]:)?[/\\\\]?(?:[^/\\\\\\s'\"]+[/\\\\])*breakeven-upload-[^/\\\\\\s'\"]*[/\\\\]?");

	/** Extensions a price feed or a benchmark result can have. */
	static final Set<String> EXTENSIONS = Set.of("csv", "json", "jsonl", "txt");

	/**
	 * Extensions a usage export can have: also gzip-compressed ({@code .csv.gz}, as AWS
	 * Data Exports and Azure deliver CSV) and Parquet; the import tells them by their
	 * first bytes.
	 */
	static final Set<String> USAGE_EXTENSIONS = Set.of("csv", "json", "jsonl", "txt", "csv.gz", "json.gz", "jsonl.gz",
			"parquet");

	private final UsageImports usage;

	private final ImportRunRepository runs;

	/**
	 * Uploads handed to a worker, by ticket, in the database: any instance answers for an
	 * upload another one took.
	 */
	private final UploadTickets tickets;

	/**
	 * One import at a time: the usage job replaces whole partitions in one transaction.
	 */
	private final ExecutorService worker;

	@Autowired
	Uploads(UsageImports usage, ImportRunRepository runs, UploadTickets tickets) {
		this(usage, runs, tickets, Executors.newSingleThreadExecutor(r -> {
			Thread thread = new Thread(r, "web-import");
			thread.setDaemon(true);
			return thread;
		}));
	}

	/**
	 * @param worker runs the imports, one at a time
	 */
	Uploads(UsageImports usage, ImportRunRepository runs, UploadTickets tickets, ExecutorService worker) {
		this.usage = usage;
		this.runs = runs;
		this.tickets = tickets;
		this.worker = worker;
	}

	/**
	 * An upload waiting for the import worker.
	 *
	 * @param ticket to follow it by
	 * @param fileName the file's name as the browser or client sent it
	 * @param format the usage format it is imported as
	 * @param stored the server's copy, never shown
	 */
	record Queued(String ticket, String fileName, String format, Path stored) {

	}

	@PreDestroy
	void stop() {
		this.worker.shutdownNow();
	}

	/**
	 * Ends the runs of uploads that a server process on this machine, now dead, left
	 * running, and drops the uploads it left waiting. Runs of live processes, of other
	 * machines and of the command line are left alone (a command-line import resumes when
	 * run again).
	 */
	@EventListener(ApplicationStartedEvent.class)
	void endInterruptedRuns() {
		for (ImportRun run : this.runs.running()) {
			Optional<Path> upload = interruptedUpload(run.source());
			if (upload.isEmpty()) {
				continue;
			}
			if (run.kind() == ImportKind.USAGE) {
				this.usage.abandon(run.id(), INTERRUPTED);
			}
			else {
				this.runs.fail(run.id(), run.counts(), INTERRUPTED);
			}
			delete(upload.get());
			log.warn("import run {} of {} was left running by a server that stopped: marked failed", run.id(),
					upload.get().getFileName());
		}
		// and the uploads it left waiting for its worker, which will never take them
		for (Queued waiting : this.tickets.waiting()) {
			Optional<Path> upload = interruptedUpload(waiting.stored().toString());
			if (upload.isPresent()) {
				this.tickets.done(waiting.ticket());
				delete(upload.get());
				log.warn("upload {} was left waiting by a server that stopped: dropped", waiting.fileName());
			}
		}
	}

	/**
	 * @param source an import run's source
	 * @return the uploaded file, when the source is an upload stored by a process of this
	 * machine that is no longer alive (or stored before uploads named their process, and
	 * still on this machine)
	 */
	static Optional<Path> interruptedUpload(String source) {
		Path file;
		try {
			file = Path.of(source);
		}
		catch (InvalidPathException ex) {
			return Optional.empty();
		}
		Path directory = file.getParent();
		Matcher name = (directory != null && directory.getFileName() != null)
				? DIRECTORY.matcher(directory.getFileName().toString()) : null;
		if (name == null || !name.matches()) {
			return Optional.empty();
		}
		if (name.group(1) == null) {
			return Files.isDirectory(directory) ? Optional.of(file) : Optional.empty();
		}
		long pid = Long.parseLong(name.group(1));
		boolean dead = name.group(2).equals(HOST) && pid != ProcessHandle.current().pid()
				&& ProcessHandle.of(pid).map(process -> !process.isAlive()).orElse(true);
		return dead ? Optional.of(file) : Optional.empty();
	}

	/** The prefix of this process's upload directories. */
	static String directoryPrefix() {
		return DIRECTORY_PREFIX + ProcessHandle.current().pid() + "@" + HOST + "-";
	}

	private static String hostName() {
		try {
			String name = InetAddress.getLocalHost().getHostName().replaceAll("[^A-Za-z0-9.-]", "");
			return name.isEmpty() ? "localhost" : name;
		}
		catch (UnknownHostException ex) {
			return "localhost";
		}
	}

	/**
	 * Stores the upload and queues its usage import.
	 * @return the ticket to find its run by ({@link #runOf})
	 * @throws IllegalArgumentException for an unknown format, an empty file or one of
	 * another type
	 */
	String importUsage(MultipartFile file, String format, String givenMapping, String source) throws IOException {
		if (!UsageImports.formats().contains(format)) {
			throw new IllegalArgumentException(
					"format must be one of " + UsageImports.formats() + ", was '" + ApiProblem.shortened(format) + "'");
		}
		String mapping;
		try {
			mapping = UsageImports.mappingWithSource(format, givenMapping, source);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("source: " + ex.getMessage(), ex);
		}
		try {
			// a mapping that cannot work is refused now, before a ticket that could only
			// fail
			UsageImports.check(format, mapping);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("mapping: " + ex.getMessage(), ex);
		}
		Path stored = store(file, USAGE_EXTENSIONS);
		String label = label(file);
		String ticket = UUID.randomUUID().toString();
		this.tickets.queue(new Queued(ticket, label, format, stored));
		this.worker.submit(() -> {
			try {
				ImportRun run = this.usage.run(format, mapping, stored, "web upload " + label);
				log.info("usage import of {} ended {}", label, run.status());
			}
			catch (RuntimeException ex) {
				log.warn("usage import of {} failed: {}", label, ex.getMessage());
			}
			finally {
				this.tickets.done(ticket);
				delete(stored);
			}
		});
		return ticket;
	}

	/**
	 * @return the uploads waiting for a worker, on any instance, first come first: their
	 * run has not started (the worker may be checking the file's checksum before it does)
	 */
	List<Queued> waiting() {
		return this.tickets.waiting();
	}

	/**
	 * The run of a queued upload once it has started; empty while it waits for the
	 * worker.
	 * @throws IllegalArgumentException for a ticket no instance gave
	 */
	Optional<ImportRun> runOf(String ticket) {
		String stored = this.tickets.source(ticket)
			.orElseThrow(() -> new IllegalArgumentException("no upload '" + ticket + "'"));
		return this.runs.latestForSource(stored);
	}

	/** The upload's bytes in their own new directory; delete with {@link #delete}. */
	static Path store(MultipartFile file) throws IOException {
		return store(file, EXTENSIONS);
	}

	/**
	 * @param extensions the extensions accepted ({@code csv.gz} for a compressed CSV)
	 */
	static Path store(MultipartFile file, Set<String> extensions) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new IllegalArgumentException("choose a file to upload (the one sent was empty)");
		}
		String name = label(file);
		checkName(name);
		String lower = name.toLowerCase(Locale.ROOT);
		boolean gzip = lower.endsWith(".gz");
		String base = gzip ? lower.substring(0, lower.length() - 3) : lower;
		int dot = base.lastIndexOf('.');
		String extension = (dot >= 0) ? base.substring(dot + 1) + (gzip ? ".gz" : "") : "";
		if (!extensions.contains(extension)) {
			throw new IllegalArgumentException("'" + name + "' is not an export this page reads: upload a ."
					+ String.join(", .", extensions.stream().sorted().toList()) + " file");
		}
		Path directory = Files.createTempDirectory(directoryPrefix());
		// the name as the browser sent it (spaces, accents, brackets), so that runs and
		// messages show the user's own file name; only characters some file system
		// refuses (Windows: < > : " | ? *) are replaced
		Path stored = directory.resolve(name.replaceAll("[<>:\"|?*]", "_")).normalize();
		try {
			if (!directory.equals(stored.getParent())) {
				throw new UnusableName("'" + name + "' is not a file name this page accepts");
			}
			try (InputStream in = file.getInputStream()) {
				Files.copy(in, stored, StandardCopyOption.REPLACE_EXISTING);
			}
			return stored;
		}
		catch (IOException | RuntimeException ex) {
			delete(stored);
			Files.deleteIfExists(directory);
			if (ex instanceof UnusableName refused) {
				throw refused;
			}
			log.warn("could not store the upload {}", stored, ex);
			throw new IOException("the upload could not be stored on the server; the error is logged there");
		}
	}

	/**
	 * Refuses a name no file should have, or one too long to record: the run records who
	 * imported it as "web upload NAME" in 100 characters.
	 * @throws UnusableName naming the defect
	 */
	static void checkName(String name) {
		if (name.chars().anyMatch(Character::isISOControl)) {
			throw new UnusableName("the file name contains a control character (such as NUL); rename the file");
		}
		if (name.length() > MAX_NAME_LENGTH) {
			throw new UnusableName("the file name has " + name.length() + " characters, more than the "
					+ MAX_NAME_LENGTH + " accepted; rename the file");
		}
	}

	/**
	 * A message as the API and pages show it: the server's upload directories left out,
	 * so that {@code /tmp/breakeven-upload-…/usage.csv} reads {@code usage.csv}.
	 */
	static String withoutServerPaths(String message) {
		return (message != null) ? SERVER_PATH.matcher(message).replaceAll("") : null;
	}

	/** An upload's file name that cannot be stored: refused before anything is. */
	static final class UnusableName extends IllegalArgumentException {

		UnusableName(String message) {
			super(message);
		}

	}

	/** The browser's file name, without any directory part it may carry. */
	static String label(MultipartFile file) {
		String original = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "upload";
		String base = original.replace('\\', '/');
		return base.substring(base.lastIndexOf('/') + 1);
	}

	/** The uploaded copy and the directory made for it. */
	static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
			Files.deleteIfExists(file.getParent());
		}
		catch (IOException ex) {
			log.warn("could not delete the uploaded copy {}: {}", file, ex.getMessage());
		}
	}

}
