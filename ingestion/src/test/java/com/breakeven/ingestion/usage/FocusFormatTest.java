package com.breakeven.ingestion.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.breakeven.ingestion.RowFailure;
import com.breakeven.ingestion.UsageDay;
import com.breakeven.ingestion.UsageKind;

class FocusFormatTest {

	@Test
	void open_keepsOnlyTheAiRowsOfTheRealFocusSample() throws IOException {
		List<UsageLine> lines = read("focus-1.0-sample.csv");

		// 1,000 anonymised rows, 9 of them "AI and Machine Learning" (Azure Machine
		// Learning compute, billed per hour)
		assertThat(lines).hasSize(1000);
		List<UsageDay> accepted = accepted(lines);
		assertThat(accepted).hasSize(9);
		assertThat(lines).filteredOn(UsageLine.Refused.class::isInstance).isEmpty();
		// hours and GB are not tokens: cost-only rows, no invented counts; credits keep
		// their negative cost
		assertThat(accepted).allSatisfy(usage -> {
			assertThat(usage.inputTokens()).isNull();
			assertThat(usage.outputTokens()).isNull();
			assertThat(usage.kind()).isEqualTo(UsageKind.BILLED);
			assertThat(usage.rawModel()).isEqualTo("Azure Machine Learning");
		});
		assertThat(accepted).anySatisfy(usage -> assertThat(usage.billedCost()).isEqualByComparingTo("-0.14900000000"));
	}

	@Test
	void open_readsTokenMetersIntoTokenClassesAndSurvivesRealFileQuirks() throws IOException {
		List<UsageLine> lines = read("focus-azure-openai-and-bedrock.csv");
		List<UsageDay> accepted = accepted(lines);

		// byte-order mark before the header; 4 AI rows and one GPU VM row skipped as
		// Compute
		assertThat(accepted).hasSize(4);
		assertThat(lines.get(4)).isInstanceOf(UsageLine.Skipped.class);
		UsageDay azureInput = accepted.get(0);
		// 1,000 × "1K Tokens" = 1,000,000 input tokens of gpt-4o-0513
		assertThat(azureInput.rawModel()).isEqualTo("gpt-4o-0513");
		assertThat(azureInput.inputTokens()).isEqualTo(1_000_000L);
		assertThat(azureInput.usageDate()).isEqualTo(LocalDate.of(2025, 5, 1));
		assertThat(azureInput.team()).isEqualTo("support");
		assertThat(azureInput.project()).isEqualTo("helpdesk");
		assertThat(azureInput.account()).isEqualTo("sub-1");
		assertThat(azureInput.sourceKey()).isEqualTo("focus:acct-1");
		// Tags written without outer braces, as Azure exports do
		assertThat(accepted.get(1).outputTokens()).isEqualTo(400_000L);
		assertThat(accepted.get(1).team()).isEqualTo("support");
		// Bedrock usage type, US short date, lower-case currency, NULL effective cost
		UsageDay bedrock = accepted.get(2);
		assertThat(bedrock.rawModel()).isEqualTo("Claude3.5Sonnet");
		assertThat(bedrock.inputTokens()).isEqualTo(200_000L);
		assertThat(bedrock.usageDate()).isEqualTo(LocalDate.of(2025, 5, 1));
		assertThat(bedrock.currency().getCurrencyCode()).isEqualTo("USD");
		assertThat(bedrock.effectiveCost()).isNull();
		assertThat(bedrock.listCost()).isEqualByComparingTo("0.60");
		// a credit: negative cost kept, no (negative) token count invented
		UsageDay credit = accepted.get(3);
		assertThat(credit.billedCost()).isEqualByComparingTo(new BigDecimal("-1.00"));
		assertThat(credit.inputTokens()).isNull();
		assertThat(credit.usageDate()).isEqualTo(LocalDate.of(2025, 5, 2));
	}

	/**
	 * The 9 AI rows of the real FOCUS sample ({@code focus-1.0-sample.csv},
	 * FOCUS-Sample-Data) with their period timestamps re-spelled, the same instants: rows
	 * 1–3 as OCI cost reports write them ({@code 2024-09-19T00:00Z}, no seconds), rows
	 * 4–6 with an offset ({@code -0500}, {@code +02:00}), rows 7–9 as a date only.
	 */
	@Test
	void open_readsMinutesOffsetsAndDatesOnlyAsTheSameUtcDays() throws IOException {
		List<UsageLine> lines = read("focus-timestamps-minutes-offsets-dates.csv");

		assertThat(lines).hasSize(9).allMatch(UsageLine.Accepted.class::isInstance);
		// 2024-09-02T19:00:00-0500 is 2024-09-03T00:00Z: the day of the original row
		assertThat(accepted(lines)).extracting(UsageDay::usageDate)
			.extracting(LocalDate::toString)
			.containsExactly("2024-09-19", "2024-09-10", "2024-09-03", "2024-09-03", "2024-09-08", "2024-09-16",
					"2024-09-15", "2024-09-08", "2024-09-16");
	}

	@Test
	void open_refusesABadValueNamingFileLineAndColumn() throws IOException {
		List<UsageLine> lines = read("focus-BilledCost-not-a-number.csv");

		assertThat(lines.get(0)).isInstanceOf(UsageLine.Accepted.class);
		assertThat(lines.get(1)).isInstanceOfSatisfying(UsageLine.Refused.class,
				refused -> assertThat(refused.failure()).isEqualTo(new RowFailure("focus-BilledCost-not-a-number.csv",
						3, "BilledCost", "two fifty", "is not a decimal number")));
		assertThat(read("focus-ChargePeriodStart-not-a-date.csv").get(0))
			.isInstanceOfSatisfying(UsageLine.Refused.class, refused -> assertThat(refused.failure().describe())
				.startsWith("focus-ChargePeriodStart-not-a-date.csv line 2, field 'ChargePeriodStart': is not a date"));
	}

	@Test
	void open_failsAFileWithoutARequiredColumn() {
		assertThatThrownBy(() -> read("focus-missing-BilledCost.csv")).isInstanceOf(UsageFileException.class)
			.hasMessage("focus-missing-BilledCost.csv line 1: required FOCUS column 'BilledCost' is missing from the"
					+ " header");
	}

	private static List<UsageLine> read(String file) throws IOException {
		List<UsageLine> lines = new ArrayList<>();
		try (InputStream in = FocusFormatTest.class.getClassLoader().getResourceAsStream("usage/focus/" + file);
				UsageLines usage = new FocusFormat().open(in, file)) {
			usage.forEachRemaining(lines::add);
		}
		return lines;
	}

	static List<UsageDay> accepted(List<UsageLine> lines) {
		return lines.stream()
			.filter(UsageLine.Accepted.class::isInstance)
			.map(line -> ((UsageLine.Accepted) line).usage())
			.toList();
	}

}
