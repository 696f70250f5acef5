package com.breakeven.web.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import com.breakeven.BreakevenApplication;

/**
 * What the application benchmarks share: starting the application, timing a call
 * repeatedly, printing a row of docs/benchmarks.md with its median, fastest and slowest,
 * and the load average it was measured under.
 */
final class Timings {

	private Timings() {
	}

	/**
	 * Starts the whole application on a free port and says where it runs.
	 * @param args the JDBC URL of an empty database (default: a fresh in-memory H2
	 * database in PostgreSQL mode), then its user and password
	 * @param properties further {@code --name=value} arguments
	 */
	static ConfigurableApplicationContext start(String[] args, String... properties) {
		String url = (args.length > 0) ? args[0]
				: "jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + url,
				"--breakeven.pricing.refresh-cron=-", "--breakeven.reports.check-cron=-", "--logging.level.root=WARN",
				"--spring.main.banner-mode=off"));
		arguments.addAll(List.of(properties));
		if (args.length > 2) {
			arguments.add("--spring.datasource.username=" + args[1]);
			arguments.add("--spring.datasource.password=" + args[2]);
		}
		ConfigurableApplicationContext app = new SpringApplication(BreakevenApplication.class)
			.run(arguments.toArray(new String[0]));
		System.out.printf(Locale.ROOT, "database %s; %d processors; %s%n", url,
				Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
		return app;
	}

	/** Where the started application answers HTTP. */
	static String base(ConfigurableApplicationContext app) {
		return "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
	}

	@FunctionalInterface
	interface Call {

		void run() throws Exception;

	}

	/** Milliseconds of each of {@code times} calls, in order. */
	static List<Double> time(int times, Call call) throws Exception {
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < times; i++) {
			long start = System.nanoTime();
			call.run();
			millis.add((System.nanoTime() - start) / 1e6);
		}
		return millis;
	}

	/** One row: what was timed, its median, fastest and slowest, and the load average. */
	static void row(String what, List<Double> millis) throws Exception {
		List<Double> sorted = new ArrayList<>(millis);
		Collections.sort(sorted);
		System.out.printf(Locale.ROOT, "| %s | median %.1f ms | fastest %.1f, slowest %.1f (%d runs) | load %s |%n",
				what, sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1), sorted.size(),
				loadAverage());
	}

	/** The 1, 5 and 15-minute load averages, as uptime prints them. */
	static String loadAverage() throws Exception {
		String[] fields = Files.readString(Path.of("/proc/loadavg")).strip().split(" ");
		return fields[0] + " " + fields[1] + " " + fields[2];
	}

	/** CPU time of the whole process so far (every thread, JIT and GC included). */
	static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

}
