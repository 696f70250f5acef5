package com.breakeven.ingestion.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.breakeven.ingestion.RowFailure;

/**
 * A CSV line with more fields than the header is quarantined; one with fewer is read when
 * it only leaves out trailing columns that need no value, and quarantined when it omits a
 * needed one or is an export cut off mid-line.
 */
class CsvFieldCountTest {

	private static final String MAPPING = "date=Day,model=Model,cost=Spend,currency=:EUR,team=Team";

	@Test
	void open_quarantinesALineWithAnUnquotedDecimalCommaWithItsFieldCount() {
		// a spreadsheet wrote 1.5 euros as 1,5 without quotes: read by position, the
		// line would store a spend of 1 for team "5"
		List<UsageLine> lines = read(new GenericCsvFormat(MAPPING),
				"Day,Model,Spend,Team\n2026-10-01,gpt-4o,1.5,200\n2026-10-01,gpt-4o,1,5,200\n");

		assertThat(((UsageLine.Accepted) lines.get(0)).usage().billedCost()).isEqualByComparingTo("1.5");
		assertThat(lines.get(1)).isInstanceOfSatisfying(UsageLine.Refused.class,
				refused -> assertThat(refused.failure()).isEqualTo(new RowFailure("usage.csv", 3, null,
						"2026-10-01,gpt-4o,1,5,200",
						"the line has 5 fields where the header has 4: an unquoted comma in a value (such as 1,5)"
								+ " shifts the columns after it, so none of its values is trusted; quote that value")));
	}

	@Test
	void open_readsLinesThatOmitTrailingEmptyFieldsAsTheFullLines() throws IOException {
		// the same export with every trailing empty or NULL field left out, as some
		// exporters write it
		List<UsageLine> full = focus("focus-azure-openai-and-bedrock.csv");
		List<UsageLine> omitted = focus("focus-lines-omitting-trailing-empty-fields.csv");

		assertThat(omitted).filteredOn(UsageLine.Refused.class::isInstance).isEmpty();
		assertThat(omitted).hasSameSizeAs(full);
		for (int i = 0; i < full.size(); i++) {
			if (full.get(i) instanceof UsageLine.Accepted accepted) {
				assertThat(((UsageLine.Accepted) omitted.get(i)).usage()).isEqualTo(accepted.usage());
			}
			else {
				assertThat(omitted.get(i)).isInstanceOf(UsageLine.Skipped.class);
			}
		}
	}

	@Test
	void open_quarantinesALineThatOmitsAColumnNeedingAValue() {
		List<UsageLine> lines = read(new GenericCsvFormat("date=Day,input_tokens=Prompt,model=Model"),
				"Day,Prompt,Model\n2026-10-01,1200\n2026-10-01,1200,gpt-4o\n");

		assertThat(lines.get(0)).isInstanceOfSatisfying(UsageLine.Refused.class,
				refused -> assertThat(refused.failure().describe())
					.isEqualTo("usage.csv line 2, field 'Model': the line has 2 of the header's 3 fields and omits"
							+ " 'Model', which needs a value: none of its values is trusted"));
		assertThat(lines.get(1)).isInstanceOf(UsageLine.Accepted.class);
	}

	@Test
	void open_quarantinesAShortLastLineWithoutLineBreakAsACutOffExport() {
		String header = "Day,Model,Spend,Team\n";
		String cut = "2026-10-01,gpt-4o,12";

		List<UsageLine> interrupted = read(new GenericCsvFormat(MAPPING), header + cut);
		List<UsageLine> complete = read(new GenericCsvFormat(MAPPING), header + cut + "\n");

		assertThat(interrupted).singleElement()
			.isInstanceOfSatisfying(UsageLine.Refused.class, refused -> assertThat(refused.failure().describe())
				.isEqualTo("usage.csv line 2, field 'Team': the line has 3 of the header's 4 fields and ends the"
						+ " file without a line break: the export was cut off here, so none of its values is trusted"));
		// with its line break, a line that leaves out an empty trailing Team is read
		assertThat(((UsageLine.Accepted) complete.get(0)).usage().team()).isNull();
		assertThat(((UsageLine.Accepted) complete.get(0)).usage().billedCost()).isEqualByComparingTo("12");
	}

	private static List<UsageLine> focus(String file) throws IOException {
		try (InputStream in = CsvFieldCountTest.class.getClassLoader().getResourceAsStream("usage/focus/" + file)) {
			return read(new FocusFormat(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	private static List<UsageLine> read(UsageFormat format, String csv) {
		List<UsageLine> lines = new ArrayList<>();
		try (UsageLines usage = format.open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
				"usage.csv")) {
			usage.forEachRemaining(lines::add);
		}
		return lines;
	}

}
