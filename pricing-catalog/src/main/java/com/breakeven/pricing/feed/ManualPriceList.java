package com.breakeven.pricing.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import com.breakeven.pricing.ModelMode;
import com.breakeven.pricing.Names;
import com.breakeven.pricing.ProviderKind;

/**
 * A price list kept by hand, for negotiated prices and sellers without a feed: CSV with a
 * header, amounts <em>per million tokens</em> (as people quote them). Required columns
 * {@code model} ({@code creator/model} or a known alias), {@code provider} (seller code),
 * {@code currency}, {@code input_per_mtok}, {@code output_per_mtok}; optional
 * {@code cached_input_per_mtok}, {@code cache_write_per_mtok},
 * {@code batch_input_per_mtok}, {@code batch_output_per_mtok},
 * {@code input_audio_per_mtok}, {@code output_audio_per_mtok}, {@code region},
 * {@code context_above_tokens}, {@code context_window_tokens}.
 */
public class ManualPriceList implements PriceFeed {

	public static final String CODE = "manual";

	private static final List<String> REQUIRED = List.of("model", "provider", "currency", "input_per_mtok",
			"output_per_mtok");

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public FeedReading read(InputStream in, String sourceName) {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
		try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.parse(reader, format)) {
			Map<String, Integer> header = parser.getHeaderMap();
			for (String column : REQUIRED) {
				if (!header.containsKey(column)) {
					throw new FeedFormatException(
							sourceName + " line 1: required column '" + column + "' is missing from the header", null);
				}
			}
			List<FeedEntry> entries = new ArrayList<>();
			List<FeedProblem> problems = new ArrayList<>();
			int rows = 0;
			for (CSVRecord record : parser) {
				rows++;
				int line = (int) record.getRecordNumber() + 1;
				try {
					entries.add(entry(line, record));
				}
				catch (EntryRefused refused) {
					problems.add(refused.problem());
				}
			}
			// a hand-kept list says nothing of modalities: a model it lists is judged by
			// its
			// mode, or by what the feeds say of it
			return new FeedReading(CODE, rows, entries, problems, Map.of(), List.of());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + sourceName, ex);
		}
		catch (IllegalStateException | java.io.UncheckedIOException ex) {
			throw new FeedFormatException(sourceName + " is not valid CSV: " + ex.getMessage(), ex);
		}
	}

	private static FeedEntry entry(int line, CSVRecord record) {
		String model = required(line, record, "model");
		String seller = Names.normalise(required(line, record, "provider"));
		Currency currency;
		try {
			currency = Currency.getInstance(required(line, record, "currency").toUpperCase());
		}
		catch (IllegalArgumentException ex) {
			throw refused(line, record, "currency", "is not an ISO-4217 currency code");
		}
		String region = optionalText(record, "region");
		ModelIdentity identity = ModelNames.identify(model, Set.of(), seller);
		if (region != null) {
			identity = new ModelIdentity(identity.canonicalName(), identity.creatorCode(), Names.normalise(region),
					identity.aliases(), identity.variant(), identity.snapshotDate());
		}
		Integer tier = integer(line, record, "context_above_tokens");
		TierPrice prices = new TierPrice((tier != null) ? tier : 0, amount(line, record, "input_per_mtok", true),
				amount(line, record, "cached_input_per_mtok", false),
				amount(line, record, "cache_write_per_mtok", false), amount(line, record, "output_per_mtok", true),
				amount(line, record, "batch_input_per_mtok", false),
				amount(line, record, "batch_output_per_mtok", false),
				amount(line, record, "input_audio_per_mtok", false),
				amount(line, record, "output_audio_per_mtok", false));
		return new FeedEntry(line, model, seller, ProviderKind.API, identity, null, ModelMode.CHAT,
				integer(line, record, "context_window_tokens"), null, currency, List.of(prices), false);
	}

	private static BigDecimal amount(int line, CSVRecord record, String column, boolean required) {
		String text = required ? required(line, record, column) : optionalText(record, column);
		if (text == null) {
			return null;
		}
		BigDecimal perMillion;
		try {
			perMillion = PriceUnits.atStoredScale(new BigDecimal(text));
		}
		catch (NumberFormatException ex) {
			throw refused(line, record, column, "is not a decimal number");
		}
		String implausible = PriceUnits.implausibility(perMillion);
		if (implausible != null) {
			throw refused(line, record, column, implausible);
		}
		return perMillion;
	}

	private static Integer integer(int line, CSVRecord record, String column) {
		String text = optionalText(record, column);
		if (text == null) {
			return null;
		}
		try {
			int value = Integer.parseInt(text);
			if (value < 0) {
				throw refused(line, record, column, "must be >= 0");
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw refused(line, record, column, "is not a whole number");
		}
	}

	private static String required(int line, CSVRecord record, String column) {
		String text = optionalText(record, column);
		if (text == null) {
			throw refused(line, record, column, "a value is required");
		}
		return text;
	}

	private static String optionalText(CSVRecord record, String column) {
		if (!record.isMapped(column) || !record.isSet(column)) {
			return null;
		}
		String value = record.get(column).trim();
		return value.isEmpty() ? null : value;
	}

	private static EntryRefused refused(int line, CSVRecord record, String column, String reason) {
		String key = record.isSet("model") ? record.get("model") : "?";
		return new EntryRefused(new FeedProblem(line, key, column, optionalText(record, column), reason));
	}

}
