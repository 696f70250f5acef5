package com.breakeven.ingestion.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import com.breakeven.pricing.Names;

/**
 * How LMArena names what it rates, read without guessing.
 * <ul>
 * <li>A key may end in a setting of the model it rates: {@code -thinking},
 * {@code -thinking-32k} (extended thinking and its token budget), {@code -no-thinking},
 * {@code -high} (reasoning effort, "GPT-5 mini (high)"), {@code -fp8} and {@code -bf16}
 * (the precision the weights were served in). The setting goes into the benchmark name,
 * so that a thinking model's rating is compared with thinking ratings only, as lm-eval's
 * shots are.</li>
 * <li>The benchmark is {@value #BENCHMARK} for the overall board ({@value #OVERALL}) and
 * {@value #BENCHMARK}{@code : coding} for a category; the category is kept on the score
 * as well.</li>
 * <li>Keys no spelling rule reaches are mapped by the shipped alias file
 * {@code lmarena-aliases.csv} (a reviewed list of our own, each line with its
 * reason).</li>
 * </ul>
 */
final class LmArenaKeys {

	/** The benchmark of LMArena's text arena. */
	static final String BENCHMARK = "LMArena text";

	/** LMArena's overall text board. */
	static final String OVERALL = "full";

	private static final String ALIAS_FILE = "lmarena-aliases.csv";

	/** Settings, longest first where one ends another ({@code -no-thinking}). */
	private static final List<Map.Entry<Pattern, String>> SETTINGS = List.of(
			Map.entry(Pattern.compile("^(.+)-no-thinking$"), "no thinking"),
			Map.entry(Pattern.compile("^(.+)-thinking-(\\d+k)$"), "thinking $2"),
			Map.entry(Pattern.compile("^(.+)-thinking$"), "thinking"),
			Map.entry(Pattern.compile("^(.+)-high$"), "reasoning effort high"),
			Map.entry(Pattern.compile("^(.+)-fp8$"), "FP8"), Map.entry(Pattern.compile("^(.+)-bf16$"), "BF16"));

	private LmArenaKeys() {
	}

	/**
	 * A key read as a model and a setting.
	 *
	 * @param model the key without its setting (the key itself when it has none)
	 * @param setting the setting in words ({@code thinking 32k}), or {@code null}
	 */
	record Key(String model, String setting) {

	}

	/**
	 * @param key an LMArena model key
	 * @return the model it names and the setting it was rated in
	 */
	static Key read(String key) {
		String normalised = Names.normalise(key);
		for (Map.Entry<Pattern, String> setting : SETTINGS) {
			Matcher matcher = setting.getKey().matcher(normalised);
			if (matcher.matches()) {
				return new Key(matcher.group(1), matcher.replaceAll(setting.getValue()));
			}
		}
		return new Key(normalised, null);
	}

	/**
	 * @param category the board ({@code full}, {@code coding})
	 * @param setting the key's setting, or {@code null}
	 * @return the benchmark name the rating is stored under
	 */
	static String benchmark(String category, String setting) {
		return BENCHMARK + (category.equals(OVERALL) ? "" : ": " + category)
				+ ((setting != null) ? " (" + setting + ")" : "");
	}

	/**
	 * @return the shipped alias file: LMArena key (normalised) to catalogue name
	 */
	static Map<String, String> aliases() {
		Map<String, String> aliases = new LinkedHashMap<>();
		try (InputStream in = LmArenaKeys.class.getResourceAsStream(ALIAS_FILE);
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.RFC4180.builder()
					.setCommentMarker('#')
					.setHeader()
					.setSkipHeaderRecord(true)
					.get()
					.parse(reader)) {
			for (CSVRecord alias : parser) {
				aliases.put(Names.normalise(alias.get("lmarena_key")), alias.get("catalogue_name").strip());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the shipped " + ALIAS_FILE, ex);
		}
		return aliases;
	}

}
