package com.breakeven.web.imports;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.breakeven.ingestion.ImportCounts;
import com.breakeven.ingestion.ImportKind;
import com.breakeven.ingestion.throughput.BenchmarkTool;

/**
 * An import run as people read it, in one place for the imports pages, their downloads'
 * human columns and the command line: each format's name in words ("ECB reference rates",
 * not {@code ecb}), a source inside the product as "sample data: file.csv", the counts
 * grouped and labelled. The API keeps the codes and paths as stored.
 */
public final class ImportWords {

	/**
	 * Format codes (as the forms and command line take them, in lower case) to their
	 * names. Benchmark tools are named by {@link BenchmarkTool#label()}; a test keeps
	 * every code of every import registry in this table.
	 */
	private static final Map<String, String> FORMATS = Map.ofEntries(
			// usage and billing exports (UsageImports.formats())
			Map.entry("focus", "FOCUS billing export"), Map.entry("openai-usage", "OpenAI usage export"),
			Map.entry("openai-costs", "OpenAI costs export"), Map.entry("anthropic-usage", "Anthropic usage export"),
			Map.entry("anthropic-costs", "Anthropic costs export"), Map.entry("litellm-spend", "LiteLLM spend logs"),
			Map.entry("generic", "CSV with a column mapping"),
			// price feeds and lists
			Map.entry("litellm", "LiteLLM price map"), Map.entry("openrouter", "OpenRouter model list"),
			Map.entry("manual", "price list (CSV)"),
			// exchange rates, the product's own files, quality scores
			Map.entry("ecb", "ECB reference rates"), Map.entry("breakeven_csv", "Breakeven sample files"),
			Map.entry("lm-eval", "lm-evaluation-harness results"), Map.entry("lmarena", "LMArena ratings"),
			Map.entry("csv", "quality scores CSV"));

	/** A location inside the product's sample data, as the loaders record it. */
	private static final Pattern SAMPLE_DATA = Pattern
		.compile("classpath:sample-data/(?:[^\\s,;'\"]*/)?([^\\s,;'\"/]*)");

	private ImportWords() {
	}

	/**
	 * @param code a format as stored ({@code ECB}, {@code OPENAI-USAGE}, {@code VLLM}) or
	 * as a form takes it ({@code ecb})
	 * @return its name for people; an unknown code as it is, lower case, never a guess
	 */
	public static String format(String code) {
		if (code == null || code.isBlank()) {
			return "";
		}
		String lower = code.strip().toLowerCase(Locale.ROOT);
		String named = FORMATS.get(lower);
		if (named != null) {
			return named;
		}
		for (BenchmarkTool tool : BenchmarkTool.values()) {
			if (tool.name().equalsIgnoreCase(lower) || tool.code().equals(lower)) {
				return tool.label();
			}
		}
		return lower;
	}

	/**
	 * @param text a run's source or message
	 * @return it with every place inside the product's sample data as "sample data:
	 * file.csv" (or "sample data" for the whole set) and no server path of an upload
	 */
	public static String source(String text) {
		if (text == null) {
			return null;
		}
		Matcher matcher = SAMPLE_DATA.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String file = matcher.group(1);
			matcher.appendReplacement(out,
					Matcher.quoteReplacement(file.isEmpty() ? "sample data" : "sample data: " + file));
		}
		matcher.appendTail(out);
		return Uploads.withoutServerPaths(out.toString());
	}

	/**
	 * What a run's counts count, as the runs table names it: the same unit for read,
	 * added, changed, unchanged and refused, so that read is their sum, except for a
	 * price feed, whose entries become prices (one per context tier, none for another
	 * mode or a spelling merged into another entry's price).
	 * @param kind what the run imported
	 * @param format the run's format code (LMARENA, LM-EVAL, CSV…)
	 * @return "rows", "leaderboard keys (a rating per category each)"…
	 */
	public static String countedIn(ImportKind kind, String format) {
		return switch (kind) {
			case PRICE -> "entries read and refused; prices stored";
			case FX -> "exchange rates";
			case BENCHMARK, PROBE -> "measurements";
			case QUALITY -> switch ((format != null) ? format : "") {
				case "LMARENA" -> "leaderboard keys (a rating per category each)";
				case "LM-EVAL" -> "metrics";
				default -> "rows";
			};
			case USAGE, SAMPLE_DATA -> "rows";
		};
	}

	/**
	 * @return "5,930 read, 5,930 added, 0 refused"; with the rows changed and left
	 * unchanged where there are any
	 */
	public static String counts(ImportCounts counts) {
		StringBuilder text = new StringBuilder(
				String.format(Locale.ROOT, "%,d read, %,d added", counts.read(), counts.added()));
		if (counts.changed() > 0) {
			text.append(String.format(Locale.ROOT, ", %,d changed", counts.changed()));
		}
		if (counts.unchanged() > 0) {
			text.append(String.format(Locale.ROOT, ", %,d unchanged", counts.unchanged()));
		}
		return text.append(String.format(Locale.ROOT, ", %,d refused", counts.rejected())).toString();
	}

}
