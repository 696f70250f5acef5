package com.breakeven.ingestion.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.breakeven.ingestion.UsageDay;
import com.breakeven.ingestion.UsageKind;

class GenericCsvFormatTest {

	private static final String MAPPING = "date=Day,model=Model,team=Team,input_tokens=Prompt,output_tokens=Completion,"
			+ "cost=Amount,currency=:EUR,kind=:BILLED,source=:finance-export";

	@Test
	void open_readsColumnsThroughTheMappingAndConstants() {
		List<UsageLine> lines = read(MAPPING, "Day,Model,Team,Prompt,Completion,Amount\n"
				+ "2026-10-01,mistral-large-latest,legal,120000,8000,0.36\n");

		UsageDay usage = ((UsageLine.Accepted) lines.get(0)).usage();
		assertThat(usage.usageDate()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(usage.rawModel()).isEqualTo("mistral-large-latest");
		assertThat(usage.team()).isEqualTo("legal");
		assertThat(usage.inputTokens()).isEqualTo(120_000L);
		assertThat(usage.billedCost()).isEqualByComparingTo("0.36");
		assertThat(usage.currency().getCurrencyCode()).isEqualTo("EUR");
		assertThat(usage.kind()).isEqualTo(UsageKind.BILLED);
		assertThat(usage.sourceKey()).isEqualTo("generic:finance-export");
	}

	@Test
	void open_refusesABadValueNamingTheFilesOwnColumn() {
		List<UsageLine> lines = read(MAPPING,
				"Day,Model,Team,Prompt,Completion,Amount\n" + "2026-10-01,mistral-large-latest,legal,lots,8000,0.36\n");

		assertThat(lines.get(0)).isInstanceOfSatisfying(UsageLine.Refused.class,
				refused -> assertThat(refused.failure().describe())
					.isEqualTo("usage.csv line 2, field 'Prompt': is not a whole number (value 'lots')"));
	}

	@Test
	void mapping_isCheckedBeforeAnyRowIsRead() {
		assertThatThrownBy(() -> new GenericCsvFormat("date=Day"))
			.hasMessage("the mapping must name a column for 'model'");
		assertThatThrownBy(() -> new GenericCsvFormat("date=Day,model=Model,cost=Amount"))
			.hasMessage("a mapped cost needs a currency: map a column or a constant (currency=:USD)");
		assertThatThrownBy(() -> new GenericCsvFormat("date=Day,model=Model,tokens=T"))
			.hasMessageStartingWith("mapping entry 'tokens=T' must be field=Column");
		assertThatThrownBy(() -> read("date=Day,model=Model", "Day,Name\n2026-10-01,x\n"))
			.isInstanceOf(UsageFileException.class)
			.hasMessage("usage.csv line 1: required mapped column 'Model' is missing from the header");
	}

	/**
	 * Columns of an OCI cost report (lineItem/intervalUsageStart, product/service,
	 * cost/myCost, cost/currencyCode, as Oracle's cost report documentation names them)
	 * with its minute timestamps, then the same hour with offsets and as a date only.
	 */
	@Test
	void open_readsOciMinuteTimestampsOffsetsAndDatesOnly() {
		List<UsageLine> lines = read(
				"date=lineItem/intervalUsageStart,model=product/service,cost=cost/myCost,currency=cost/currencyCode",
				"lineItem/intervalUsageStart,lineItem/intervalUsageEnd,product/service,cost/myCost,cost/currencyCode\n"
						+ "2023-11-13T10:00Z,2023-11-13T11:00Z,GENERATIVE_AI,0.42,USD\n"
						+ "2023-11-13T23:00-02:00,2023-11-14T00:00-02:00,GENERATIVE_AI,0.40,USD\n"
						+ "2023-11-13T10:00:00+0100,2023-11-13T11:00:00+0100,GENERATIVE_AI,0.41,USD\n"
						+ "2023-11-13,2023-11-14,GENERATIVE_AI,9.70,USD\n");

		// 23:00 at UTC-02:00 is 01:00 UTC the next day
		assertThat(lines).extracting(line -> ((UsageLine.Accepted) line).usage().usageDate())
			.containsExactly(LocalDate.of(2023, 11, 13), LocalDate.of(2023, 11, 14), LocalDate.of(2023, 11, 13),
					LocalDate.of(2023, 11, 13));
	}

	@Test
	void registry_knowsEveryFormat() {
		assertThat(UsageFormats.codes()).containsExactlyInAnyOrder("focus", "openai-usage", "openai-costs",
				"anthropic-usage", "anthropic-costs", "litellm-spend", "generic");
	}

	private static List<UsageLine> read(String mapping, String csv) {
		List<UsageLine> lines = new ArrayList<>();
		try (UsageLines usage = new GenericCsvFormat(mapping)
			.open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "usage.csv")) {
			usage.forEachRemaining(lines::add);
		}
		return lines;
	}

}
