package com.breakeven.web;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.springframework.context.ConfigurableApplicationContext;

import com.breakeven.ingestion.WorkloadVolume;
import com.breakeven.simulator.shift.DataSensitivity;
import com.breakeven.simulator.shift.Recommendation;
import com.breakeven.simulator.shift.ShiftAdvisor;
import com.breakeven.tco.Finance;
import com.breakeven.tco.Precision;
import com.breakeven.web.planning.PlanningSettings;
import com.breakeven.web.scenario.CatalogueSnapshot;
import com.breakeven.web.scenario.CatalogueSnapshots;
import com.breakeven.web.scenario.ShiftAdviceService;

/**
 * {@code advise}: where the imported workloads should run, as a ranked list, and
 * optionally the routing as a LiteLLM router configuration. <pre>
 * java -jar breakeven.jar advise --from 2026-07-01 --to 2026-10-31 --hardware hgx-h100-8x --hosting colo-virginia
 *     [--benchmark "LMArena text"] [--category coding] [--floor 1300] [--by project|team] [--restricted legal]
 *     [--prices-on DATE] [--peak 2] [--precision FP8] [--utilisation 0.8] [--life-years 4] [--residual 0.1]
 *     [--discount-rate 0.08] [--routing routing.yaml]
 * </pre> Exit code 0 when advice was given, 2 for a usage error.
 */
final class AdviseCommand {

	static final String USAGE = "usage: java -jar breakeven.jar advise --from <YYYY-MM-DD> --to <YYYY-MM-DD>"
			+ " --hardware <profile> --hosting <profile> [--benchmark <name>] [--category <overall|coding|...>]"
			+ " [--floor <score in the benchmark's units>] [--by project|team]"
			+ " [--restricted <project,...>] [--prices-on <YYYY-MM-DD>] [--peak 2] [--precision FP8]"
			+ " [--utilisation 0.8] [--life-years 4] [--residual 0.1] [--discount-rate 0.08] [--routing <file.yaml>]"
			+ " [--verbose]";

	private static final Set<String> OPTIONS = Set.of("--from", "--to", "--benchmark", "--category", "--floor",
			"--hardware", "--hosting", "--by", "--restricted", "--prices-on", "--peak", "--precision", "--utilisation",
			"--life-years", "--residual", "--discount-rate", "--routing");

	private static final Set<String> REQUIRED = Set.of("--from", "--to", "--hardware", "--hosting");

	private AdviseCommand() {
	}

	static int run(Class<?> application, String[] args, PrintStream out) {
		Map<String, String> options = new HashMap<>();
		List<String> springOptions = new ArrayList<>();
		boolean verbose = false;
		for (int i = 1; i < args.length; i++) {
			if (args[i].equals(CommandErrors.VERBOSE)) {
				verbose = true;
			}
			else if (OPTIONS.contains(args[i]) && i + 1 < args.length) {
				options.put(args[i], args[++i]);
			}
			else if (CommandLine.isApplicationProperty(args[i])) {
				springOptions.add(args[i]);
			}
			else {
				out.println("breakeven: unknown argument '" + args[i] + "'");
				out.println(USAGE);
				return 2;
			}
		}
		if (!options.keySet().containsAll(REQUIRED)) {
			out.println(USAGE);
			return 2;
		}
		try (ConfigurableApplicationContext context = CommandLine.start(application, springOptions, verbose)) {
			ShiftAdviceService.Question question;
			try {
				question = question(options, context.getBean(PlanningSettings.class));
			}
			catch (IllegalArgumentException | DateTimeParseException ex) {
				CommandErrors.report(null, ex, verbose, out);
				return 2;
			}
			CatalogueSnapshot catalogue = context.getBean(CatalogueSnapshots.class).current();
			ShiftAdviceService service = context.getBean(ShiftAdviceService.class);
			ShiftAdvisor.Advice advice = service.advise(question, catalogue);
			print(advice, question.finance().currency(), MoveWords.displayNames(catalogue::resolve), out);
			if (options.containsKey("--routing")) {
				Path file = Path.of(options.get("--routing"));
				Files.writeString(file, service.liteLlmRouting(question, advice, catalogue), StandardCharsets.UTF_8);
				out.println("LiteLLM router configuration written to " + file);
			}
			return 0;
		}
		catch (IllegalArgumentException ex) {
			CommandErrors.report(null, ex, verbose, out);
			return 2;
		}
		catch (IOException ex) {
			CommandErrors.report("cannot write " + options.get("--routing"), ex, verbose, out);
			return 1;
		}
		catch (RuntimeException ex) {
			CommandErrors.report(null, ex, verbose, out);
			return 1;
		}
	}

	/** The question, each option left out taken from the planning settings. */
	private static ShiftAdviceService.Question question(Map<String, String> o, PlanningSettings settings) {
		Map<String, DataSensitivity> restricted = new HashMap<>();
		if (o.containsKey("--restricted")) {
			Arrays.stream(o.get("--restricted").split(","))
				.map(String::strip)
				.filter(name -> !name.isEmpty())
				.forEach(name -> restricted.put(name, DataSensitivity.RESTRICTED));
		}
		WorkloadVolume.Slice slice = switch (o.getOrDefault("--by", "project")) {
			case "project" -> WorkloadVolume.Slice.PROJECT;
			case "team" -> WorkloadVolume.Slice.TEAM;
			default -> throw new IllegalArgumentException("--by must be project or team, was '" + o.get("--by") + "'");
		};
		LocalDate from = LocalDate.parse(o.get("--from"));
		LocalDate to = LocalDate.parse(o.get("--to"));
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("--to " + to + " is before --from " + from);
		}
		double lifeYears = number(o, "--life-years", settings.lifeMonths() / 12.0);
		Finance finance = new Finance(settings.reportingCurrency(), lifeYears,
				number(o, "--residual", settings.residualPercent() / 100),
				number(o, "--discount-rate", settings.costOfCapitalPercent() / 100),
				(int) Math.min(settings.horizonMonths(), Math.round(lifeYears * 12)));
		return new ShiftAdviceService.Question(from, to, slice, o.get("--benchmark"), number(o, "--floor", Double.NaN),
				o.get("--category"), LocalDate.parse(o.getOrDefault("--prices-on", o.get("--to"))),
				number(o, "--peak", settings.peakToAverage()), restricted, o.get("--hardware"), o.get("--hosting"),
				finance, precision(o.getOrDefault("--precision", settings.precision().name())),
				number(o, "--utilisation", settings.targetUtilisation()));
	}

	private static Precision precision(String name) {
		try {
			return Precision.valueOf(name.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					"--precision must be one of " + Arrays.toString(Precision.values()) + ", was '" + name + "'");
		}
	}

	private static double number(Map<String, String> options, String name, double fallback) {
		String value = options.get(name);
		if (value == null) {
			return fallback;
		}
		try {
			return Double.parseDouble(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(name + " must be a number, was '" + value + "'");
		}
	}

	/** The moves in the words of the pages, reports and alerts (MoveWords). */
	private static void print(ShiftAdvisor.Advice advice, Currency currency, UnaryOperator<String> modelName,
			PrintStream out) {
		out.printf(Locale.ROOT, "total: %,.0f %s a month saved if every workload makes its move%n",
				advice.totalMonthlySaving(), currency.getCurrencyCode());
		for (ShiftAdvisor.WorkloadAdvice workload : advice.perWorkload()) {
			workload.whyItStays().ifPresent(why -> out.println("stays: " + workload.workload().name() + ": " + why));
		}
		if (advice.ranked().isEmpty()) {
			out.println("no move saves money or is required for these workloads");
		}
		int rank = 1;
		for (Recommendation move : advice.ranked()) {
			out.printf(Locale.ROOT, "%d. %s%n   why: %s%n   quality: %s%n   risk: %s%n", rank++,
					MoveWords.sentence(move, modelName), move.reason(), move.quality(), move.risk());
		}
		for (ShiftAdvisor.WorkloadAdvice workload : advice.perWorkload()) {
			for (String note : workload.notes()) {
				out.println("   note (" + workload.workload().name() + "): " + note);
			}
		}
	}

}
