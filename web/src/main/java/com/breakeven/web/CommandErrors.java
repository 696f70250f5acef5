package com.breakeven.web;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a command says what went wrong: one line, {@code breakeven: <what>: <why>}, with
 * the file, line and field when the reason names them; the chain of causes only with
 * {@code --verbose}. No stack trace reaches the console unless asked for: without
 * {@code --verbose} the loggers that print them (Spring Batch's step errors, Spring
 * Boot's start-up failure report) are turned off for the command's run.
 */
final class CommandErrors {

	/** Asks for the cause chain of a failure and the framework's own error logs. */
	static final String VERBOSE = "--verbose";

	/**
	 * Spring Batch logs a failed step with its stack trace, Spring Boot a failed start
	 * with its report and trace: the command prints the reason itself.
	 */
	static final List<String> QUIET_LOGGERS = List.of("--logging.level.org.springframework.batch=OFF",
			"--logging.level.org.springframework.boot.SpringApplication=OFF",
			"--logging.level.org.springframework.boot.diagnostics=OFF");

	/** Java's own message for an unknown enum name. */
	private static final Pattern NO_ENUM_CONSTANT = Pattern.compile("No enum constant ([\\w.$]+)\\.(\\w*)");

	private CommandErrors() {
	}

	/**
	 * @param argument a file the command was given
	 * @return why it cannot be read as a file, or {@code null} when it can
	 */
	static String unreadableFile(String argument) {
		Path file;
		try {
			file = Path.of(argument);
		}
		catch (InvalidPathException ex) {
			return "'" + argument + "' is not a file name";
		}
		if (Files.isDirectory(file)) {
			return argument + " is a directory: give the file in it to import";
		}
		if (!Files.isRegularFile(file)) {
			return argument + ": no such file";
		}
		return Files.isReadable(file) ? null : argument + ": not readable by this user";
	}

	/**
	 * Prints one line for a failure, and its causes when verbose.
	 * @param what what failed, e.g. the file being imported
	 */
	static void report(String what, Throwable failure, boolean verbose, PrintStream out) {
		out.println("breakeven: " + ((what != null) ? what + ": " : "") + reason(failure));
		if (verbose) {
			for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause()
					: null) {
				out.println("  caused by " + cause.getClass().getName() + ": " + cause.getMessage());
			}
		}
	}

	/**
	 * The reason to print: the first line of the failure's message (or of its deepest
	 * cause's, when its own says nothing), an unknown enum name answered with the names
	 * allowed.
	 */
	static String reason(Throwable failure) {
		Throwable said = failure;
		while (saysNothing(said) && said.getCause() != null && said.getCause() != said) {
			said = said.getCause();
		}
		String message = (said.getMessage() != null) ? said.getMessage() : said.getClass().getSimpleName();
		return firstLine(enumNamesAllowed(message));
	}

	/** No message, or only its cause's class and message repeated. */
	private static boolean saysNothing(Throwable failure) {
		String message = failure.getMessage();
		return message == null || message.isBlank()
				|| (failure.getCause() != null && message.equals(failure.getCause().toString()));
	}

	/**
	 * A message's first line, saying so when more was left out (a database error carries
	 * its SQL statement on the lines after).
	 */
	static String firstLine(String message) {
		int end = message.indexOf('\n');
		return (end < 0) ? message : message.substring(0, end).strip() + " … (more with " + VERBOSE + ")";
	}

	/**
	 * "No enum constant com.breakeven.ingestion.UsageKind.FOO" as "'FOO' is not one of
	 * USAGE, BILLED, ESTIMATE".
	 */
	static String enumNamesAllowed(String message) {
		Matcher unknown = NO_ENUM_CONSTANT.matcher(message);
		if (!unknown.find()) {
			return message;
		}
		String allowed;
		try {
			Class<?> type = Class.forName(unknown.group(1), false, CommandErrors.class.getClassLoader());
			allowed = type.isEnum()
					? String.join(", ", Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList()) : null;
		}
		catch (ClassNotFoundException | LinkageError ex) {
			allowed = null;
		}
		String simpleName = unknown.group(1).substring(unknown.group(1).lastIndexOf('.') + 1);
		String answer = "'" + unknown.group(2) + "' is not a " + simpleName
				+ ((allowed != null) ? ": use one of " + allowed : "");
		return message.substring(0, unknown.start()) + answer + message.substring(unknown.end());
	}

}
