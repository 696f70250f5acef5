package com.breakeven.web.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.breakeven.pricing.ColocationBasis;
import com.breakeven.pricing.DeviceKind;
import com.breakeven.pricing.Gpu;
import com.breakeven.pricing.HardwareProfile;
import com.breakeven.pricing.HostingProfile;
import com.breakeven.pricing.Price;
import com.breakeven.pricing.QualityScore;
import com.breakeven.web.export.Table;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueTablesTest {

	private static final Currency USD = Currency.getInstance("USD");

	private static final Map<Long, String> SELLERS = Map.of(1L, "openai");

	@Test
	void prices_addTheAudioColumnsWhereASellerPricesAudio() {
		// LiteLLM's gpt-4o-audio-preview: 2.50 input, 10 output, 40 audio input, 80 audio
		// output USD per million tokens
		Price audio = new Price(null, 7, 1, "global", 0, USD, new BigDecimal("2.5"), null, null, new BigDecimal("10"),
				null, null, null, LocalDate.of(2026, 7, 1), null, "litellm", "gpt-4o-audio-preview", false,
				new BigDecimal("40"), new BigDecimal("80"));

		Table table = CatalogueTables.prices("openai/gpt-4o-audio-preview", List.of(audio), SELLERS);

		assertThat(table.header()).containsSubsequence("Output (USD per Mtok)", "Audio input (USD per Mtok)",
				"Audio output (USD per Mtok)", "Currency");
		List<Object> row = table.rows().get(0);
		assertThat(row.get(table.header().indexOf("Audio input (USD per Mtok)"))).asString().isEqualTo("40.00");
		assertThat(row.get(table.header().indexOf("Audio output (USD per Mtok)"))).asString().isEqualTo("80.00");
		assertThat(row.get(table.header().indexOf("Currency"))).isEqualTo("USD");
	}

	@Test
	void prices_ofATextModelHaveNoAudioColumns() {
		Price text = new Price(null, 7, 1, "global", 0, USD, new BigDecimal("2.5"), new BigDecimal("1.25"), null,
				new BigDecimal("10"), null, null, null, LocalDate.of(2026, 7, 1), null, "litellm", "gpt-4o", false);

		Table table = CatalogueTables.prices("openai/gpt-4o", List.of(text), SELLERS);

		assertThat(table.header()).noneMatch(heading -> heading.startsWith("Audio"));
		// the base tier holds for prompts over 0 tokens: every prompt
		assertThat(table.rows().get(0).get(table.header().indexOf("For prompts over (tokens)"))).isEqualTo(0);
	}

	@Test
	void prices_showEachRateColumnWithTheDecimalsOfItsMostPreciseRate() {
		// DeepInfra's gpt-oss-120b at 0.05 input beside a seller's 0.075: one column,
		// three
		// decimals each, so the figures line up
		Price two = text(1, "0.05", "0.45");
		Price three = text(2, "0.075", "0.3");

		Table table = CatalogueTables.prices("openai/gpt-oss-120b", List.of(two, three),
				Map.of(1L, "DeepInfra", 2L, "Groq"));

		int input = table.header().indexOf("Input (USD per Mtok)");
		int output = table.header().indexOf("Output (USD per Mtok)");
		assertThat(table.rows()).extracting(row -> row.get(input).toString()).containsExactly("0.050", "0.075");
		// at least cents where no price has more
		assertThat(table.rows()).extracting(row -> row.get(output).toString()).containsExactly("0.45", "0.30");
	}

	@Test
	void prices_inTwoCurrenciesNameThemInTheCurrencyColumnOnly() {
		Price usd = text(1, "2.5", "10");
		Price eur = new Price(null, 7, 2, "eu", 0, Currency.getInstance("EUR"), new BigDecimal("2.3"), null, null,
				new BigDecimal("9.2"), null, null, null, LocalDate.of(2026, 7, 1), null, "manual", null, false);

		assertThat(
				CatalogueTables.prices("openai/gpt-4o", List.of(usd, eur), Map.of(1L, "openai", 2L, "azure")).header())
			.contains("Input per Mtok", "Output per Mtok", "Currency");
	}

	@Test
	void hostingProfiles_showSupportAsAPercentageOfCapexAndEnergyPricesAtOnePrecision() {
		// the sample's colo-texas and own-dc-california: 0.0660 and 0.1864 USD per kWh,
		// PUE 1.58 and 1.20, support 0.08 of capex a year
		HostingProfile texas = hosting("colo-texas", "0.066", "1.58", "0.08");
		HostingProfile california = hosting("own-dc-california", "0.1864", "1.2", "0.08");

		Table table = CatalogueTables.hostingProfiles(List.of(texas, california));

		int energy = table.header().indexOf("Energy price (USD per kWh)");
		int pue = table.header().indexOf("PUE");
		int support = table.header().indexOf("Support a year (% of capex)");
		assertThat(table.rows()).extracting(row -> row.get(energy).toString()).containsExactly("0.0660", "0.1864");
		assertThat(table.rows()).extracting(row -> row.get(pue).toString()).containsExactly("1.58", "1.20");
		// 0.08 × 100 = 8 %
		assertThat(table.rows()).extracting(row -> row.get(support).toString()).containsExactly("8", "8");
	}

	@Test
	void gpus_andHardwareProfiles_nameTheirOneCurrencyInTheAmountsHeadings() {
		Gpu h100 = new Gpu(1L, "h100-sxm5-80gb", "NVIDIA", "H100 SXM5 80GB", new BigDecimal("80"), 700, 70,
				new BigDecimal("27500"), USD, "vendor", DeviceKind.GPU);
		HardwareProfile node = new HardwareProfile(1L, "hgx-h100-8x", "HGX H100 8-GPU server", 1L, 8,
				new BigDecimal("50000"), new BigDecimal("24000"), new BigDecimal("5000"), USD, 4600, "press");

		assertThat(CatalogueTables.gpus(List.of(h100)).header()).contains("Unit price (USD)");
		assertThat(CatalogueTables.hardwareProfiles(List.of(node), Map.of(1L, h100)).header())
			.contains("Server capex (USD)", "Networking capex (USD)", "Installation capex (USD)");
	}

	@Test
	void namedInHeadings_isTheCurrencyColumnOnlyWhereOneCurrencyIsStated() {
		// a GPU without a price states no currency: the others' USD still names the
		// column
		Gpu priced = new Gpu(1L, "l4-24gb", "NVIDIA", "L4 24GB", new BigDecimal("24"), 72, 7, new BigDecimal("2900"),
				USD, "datasheet", DeviceKind.GPU);
		Gpu unpriced = new Gpu(2L, "mi300x-192gb", "AMD", "Instinct MI300X 192GB", new BigDecimal("192"), 750, 75, null,
				null, "AMD spec", DeviceKind.GPU);
		Table gpus = CatalogueTables.gpus(List.of(priced, unpriced));
		Table mixed = CatalogueTables.prices("openai/gpt-4o",
				List.of(text(1, "2.5", "10"),
						new Price(null, 7, 2, "eu", 0, Currency.getInstance("EUR"), new BigDecimal("2.3"), null, null,
								new BigDecimal("9.2"), null, null, null, LocalDate.of(2026, 7, 1), null, "manual", null,
								false)),
				Map.of(1L, "openai", 2L, "azure"));

		assertThat(CatalogueTables.namedInHeadings(gpus)).containsExactly(gpus.header().indexOf("Currency"));
		assertThat(CatalogueTables.namedInHeadings(mixed)).isEmpty();
	}

	@Test
	void quality_showsEveryScoreOfTheColumnWithOnePrecision() {
		// the sample's GPQA Diamond scores: gpt-4.1 66.3, gpt-4.1-mini 65 (out of 100)
		QualityScore full = new QualityScore(null, 1L, "GPQA Diamond (0-shot CoT)", null, new BigDecimal("66.3"),
				new BigDecimal("100"), null, null, LocalDate.of(2026, 11, 23), "simple-evals");
		QualityScore whole = new QualityScore(null, 2L, "GPQA Diamond (0-shot CoT)", null, new BigDecimal("65"),
				new BigDecimal("100"), null, null, LocalDate.of(2026, 11, 23), "simple-evals");

		Table table = CatalogueTables.quality(List.of(full, whole),
				Map.of(1L, "openai/gpt-4.1", 2L, "openai/gpt-4.1-mini"));

		assertThat(table.rows()).extracting(row -> row.get(2).toString()).containsExactly("66.3", "65.0");
	}

	@Test
	void qualityForPage_oneIntervalCellAndTheOverallBoardInWords() {
		// an LMArena rating of 1,486.6 (1,480.4 to 1,492.8) on the overall board, as
		// the feed names it
		QualityScore rated = new QualityScore(null, 1L, "LMArena text", "full", new BigDecimal("1486.6027"), null,
				new BigDecimal("1480.41"), new BigDecimal("1492.77"), LocalDate.of(2025, 12, 11), "lmarena");
		Table download = CatalogueTables.quality(List.of(rated), Map.of(1L, "google/gemini-3-pro"));

		Table page = CatalogueTables.qualityForPage(download);

		assertThat(page.header()).contains("95 % interval").doesNotContain("95 % interval from", "to");
		List<Object> row = page.rows().get(0);
		assertThat(row.get(page.header().indexOf("95 % interval"))).isEqualTo("1,480.4\u00a0– 1,492.8");
		assertThat(row.get(page.header().indexOf("Category"))).isEqualTo("overall");
		// the download keeps the feed's word and both bounds
		assertThat(download.rows().get(0).get(download.header().indexOf("Category"))).isEqualTo("full");
		assertThat(download.header()).contains("95 % interval from", "to");
	}

	@Test
	void nameFirstAndUnpriced_pageShapesOfTheDownloads() {
		Table profiles = new Table("Hardware profiles", List.of("Code", "Name", "GPUs per node"),
				List.of(List.of("hgx-h100-8x", "HGX H100 8-GPU server", 8)), 0);
		Table gpus = new Table("GPUs", List.of("Device", "Unit price (USD)"),
				List.of(List.of("Instinct MI300X 192GB", ""), List.of("H100 SXM5 80GB", new BigDecimal("27500"))), 0);

		assertThat(CatalogueTables.nameFirst(profiles).header()).containsExactly("Name", "Code", "GPUs per node");
		assertThat(CatalogueTables.nameFirst(profiles).rows().get(0)).containsExactly("HGX H100 8-GPU server",
				"hgx-h100-8x", 8);
		assertThat(CatalogueTables.unpriced(gpus).rows()).extracting(row -> row.get(1))
			.containsExactly("no reliable price", new BigDecimal("27500"));
	}

	@Test
	void measurements_sayTheRateIsTheWholeRunsOnAllItsGpus() {
		assertThat(CatalogueTables.measurements(List.of(), Map.of(), Map.of()).header()).contains("GPUs",
				"Output tokens/s, all the run's GPUs");
	}

	private static Price text(long seller, String input, String output) {
		return new Price(null, 7, seller, "global", 0, USD, new BigDecimal(input), null, null, new BigDecimal(output),
				null, null, null, LocalDate.of(2026, 7, 1), null, "litellm", null, false);
	}

	private static HostingProfile hosting(String code, String energy, String pue, String support) {
		return new HostingProfile(null, code, code, USD, new BigDecimal(energy), new BigDecimal(pue),
				ColocationBasis.PER_KW_MONTH, new BigDecimal("184.06"), null, new BigDecimal("0.1"),
				new BigDecimal("200000"), new BigDecimal(support), BigDecimal.ZERO, "sample");
	}

}
