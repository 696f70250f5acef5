package com.breakeven.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.breakeven.db.testing.BothDatabasesTest;

/**
 * Providers, models, aliases, prices and the hardware catalogue round-trip on H2 and
 * PostgreSQL.
 */
class CatalogueRepositoriesTest extends BothDatabasesTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

	private static final Currency USD = Currency.getInstance("USD");

	private static final Comparator<BigDecimal> NUMERICALLY = BigDecimal::compareTo;

	private ProviderRepository providers;

	private ModelRepository models;

	private PriceRepository prices;

	private HardwareRepository hardware;

	@BeforeEach
	void repositories() {
		JdbcClient jdbc = JdbcClient.create(this.database.dataSource());
		this.providers = new ProviderRepository(jdbc, CLOCK);
		this.models = new ModelRepository(jdbc, CLOCK);
		this.prices = new PriceRepository(jdbc, CLOCK);
		this.hardware = new HardwareRepository(jdbc, CLOCK);
	}

	@Test
	void provider_roundTripsByCode() {
		Provider stored = this.providers.add(Provider.of("openai", "OpenAI", ProviderKind.API, "https://openai.com"));

		assertThat(this.providers.findByCode(" OpenAI ")).contains(stored);
		assertThat(this.providers.count()).isEqualTo(1);
	}

	@Test
	void model_roundTripsWithArchitectureFields() {
		Provider meta = this.providers.add(Provider.of("meta-llama", "Meta", ProviderKind.MODEL_CREATOR, null));
		// Llama 3.3 70B: 80 layers, 8 KV heads of dimension 128 (model card config.json).
		Model llama = this.models
			.add(new Model(null, "meta-llama/llama-3.3-70b-instruct", meta.id(), "Llama 3.3 70B Instruct", "llama-3",
					ModelMode.CHAT, true, 131_072, 8_192, new BigDecimal("70.6"), null, 80, 8, 128));

		assertThat(this.models.resolve("meta-llama/llama-3.3-70b-instruct")).get()
			.usingRecursiveComparison()
			.withComparatorForType(NUMERICALLY, BigDecimal.class)
			.isEqualTo(llama);
	}

	@Test
	void resolve_findsTheModelByEveryAliasWhateverTheCase() {
		long openai = this.providers.add(Provider.of("openai", "OpenAI", ProviderKind.API, null)).id();
		Model gpt4o = this.models.add(chatModel("openai/gpt-4o", openai));
		this.models.addAlias(gpt4o.id(), "gpt-4o-2024-08-06", "litellm");
		this.models.addAlias(gpt4o.id(), "Azure/GPT-4o", "litellm");

		assertThat(this.models.resolve("GPT-4O-2024-08-06")).map(Model::id).contains(gpt4o.id());
		assertThat(this.models.resolve("azure/gpt-4o")).map(Model::id).contains(gpt4o.id());
		assertThat(this.models.resolve("gpt-5-unknown")).isEmpty();
		assertThat(this.models.aliasesOf(gpt4o.id())).containsExactly("azure/gpt-4o", "gpt-4o-2024-08-06",
				"openai/gpt-4o");
	}

	@Test
	void addAlias_refusesAnAliasThatAlreadyNamesAnotherModel() {
		long openai = this.providers.add(Provider.of("openai", "OpenAI", ProviderKind.API, null)).id();
		Model gpt4o = this.models.add(chatModel("openai/gpt-4o", openai));
		Model mini = this.models.add(chatModel("openai/gpt-4o-mini", openai));
		this.models.addAlias(gpt4o.id(), "gpt-4o", "manual");
		this.models.addAlias(gpt4o.id(), "gpt-4o", "manual");

		assertThatThrownBy(() -> this.models.addAlias(mini.id(), "GPT-4o", "manual"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("alias 'gpt-4o' already names model id " + gpt4o.id());
	}

	@Test
	void priceAt_answersFromHistory() {
		long openai = this.providers.add(Provider.of("openai", "OpenAI", ProviderKind.API, null)).id();
		long gpt4o = this.models.add(chatModel("openai/gpt-4o", openai)).id();
		// gpt-4o launched at $5 / $15 per million tokens and was cut to $2.50 / $10 on
		// 2024-08-06.
		this.prices.add(price(gpt4o, openai, "5", "15", LocalDate.of(2024, 5, 13), LocalDate.of(2024, 8, 6)), null);
		this.prices.add(price(gpt4o, openai, "2.5", "10", LocalDate.of(2024, 8, 6), null), null);

		assertThat(this.prices.priceAt(gpt4o, openai, LocalDate.of(2024, 8, 5))).get()
			.extracting(Price::inputPerMtok)
			.usingComparator(NUMERICALLY)
			.isEqualTo(new BigDecimal("5"));
		assertThat(this.prices.priceAt(gpt4o, openai, LocalDate.of(2024, 8, 6))).get()
			.extracting(Price::outputPerMtok)
			.usingComparator(NUMERICALLY)
			.isEqualTo(new BigDecimal("10"));
		assertThat(this.prices.priceAt(gpt4o, openai, LocalDate.of(2024, 5, 12))).isEmpty();
		assertThat(this.prices.historyOf(gpt4o)).hasSize(2);
	}

	@Test
	void hardwareCatalogue_roundTripsGpuNodeAndHosting() {
		Gpu h100 = this.hardware.addGpu(new Gpu(null, "h100-sxm5-80gb", "NVIDIA", "H100 SXM5 80GB",
				new BigDecimal("80"), 700, 70, new BigDecimal("25000.00"), USD, "datasheet"));
		HardwareProfile node = this.hardware
			.addHardwareProfile(new HardwareProfile(null, "hgx-h100-8x", "HGX H100", h100.id(), 8,
					new BigDecimal("70000"), new BigDecimal("24000"), new BigDecimal("5000"), USD, 2000, "quote"));
		HostingProfile colo = this.hardware
			.addHostingProfile(new HostingProfile(null, "colo-virginia", "Colo VA", USD, new BigDecimal("0.0895"),
					new BigDecimal("1.58"), ColocationBasis.PER_KW_MONTH, new BigDecimal("184.06"), null,
					new BigDecimal("0.1"), new BigDecimal("200000"), new BigDecimal("0.08"), BigDecimal.ZERO, "CBRE"));

		assertThat(this.hardware.findGpu("H100-SXM5-80GB")).get()
			.usingRecursiveComparison()
			.withComparatorForType(NUMERICALLY, BigDecimal.class)
			.isEqualTo(h100);
		assertThat(this.hardware.findHardwareProfile("hgx-h100-8x")).get()
			.usingRecursiveComparison()
			.withComparatorForType(NUMERICALLY, BigDecimal.class)
			.isEqualTo(node);
		assertThat(this.hardware.findHostingProfile("colo-virginia")).get()
			.usingRecursiveComparison()
			.withComparatorForType(NUMERICALLY, BigDecimal.class)
			.isEqualTo(colo);
		assertThat(this.hardware.countGpus()).isEqualTo(1);
		assertThat(this.hardware.countHardwareProfiles()).isEqualTo(1);
		assertThat(this.hardware.countHostingProfiles()).isEqualTo(1);
	}

	@Test
	void hardwareCatalogue_keepsTheKindOfDevicesBeyondGpusAndChangesItOnEdit() {
		// Mac Studio (2023) M2 Ultra, 192GB: 10 W idle, 295 W max at the wall (Apple
		// support document 102027)
		Gpu mac = this.hardware.addGpu(new Gpu(null, "apple-m2-ultra-192gb", "Apple", "M2 Ultra 192GB",
				new BigDecimal("192"), 295, 10, null, null, "Apple support 102027", DeviceKind.UNIFIED));

		assertThat(this.hardware.findGpu("apple-m2-ultra-192gb")).get()
			.usingRecursiveComparison()
			.withComparatorForType(NUMERICALLY, BigDecimal.class)
			.isEqualTo(mac);
		Gpu asCpu = new Gpu(null, mac.code(), "Apple", "M2 Ultra CPU", new BigDecimal("192"), 295, 10, null, null,
				"CPU backend", DeviceKind.CPU);
		assertThat(this.hardware.updateGpu(asCpu)).isTrue();
		assertThat(this.hardware.findGpu(mac.code())).get().extracting(Gpu::kind).isEqualTo(DeviceKind.CPU);
	}

	@Test
	void hardwareCatalogue_editsGpuNodeAndHostingAndDeletesProfiles() {
		Gpu h100 = this.hardware.addGpu(new Gpu(null, "h100-sxm5-80gb", "NVIDIA", "H100 SXM5 80GB",
				new BigDecimal("80"), 700, 70, new BigDecimal("25000.00"), USD, "datasheet"));
		Gpu h200 = this.hardware.addGpu(new Gpu(null, "h200-sxm-141gb", "NVIDIA", "H200 SXM 141GB",
				new BigDecimal("141"), 700, 70, new BigDecimal("37500.00"), USD, "estimate"));
		this.hardware.addHardwareProfile(new HardwareProfile(null, "hgx-8x", "HGX", h100.id(), 8,
				new BigDecimal("70000"), new BigDecimal("24000"), new BigDecimal("5000"), USD, 2000, "quote"));
		Currency eur = Currency.getInstance("EUR");
		HostingProfile colo = this.hardware
			.addHostingProfile(new HostingProfile(null, "colo", "Colo", USD, new BigDecimal("0.0895"),
					new BigDecimal("1.58"), ColocationBasis.PER_KW_MONTH, new BigDecimal("184.06"), null,
					new BigDecimal("0.1"), new BigDecimal("200000"), new BigDecimal("0.08"), BigDecimal.ZERO, "CBRE"));

		Gpu dearer = new Gpu(h100.id(), "h100-sxm5-80gb", "NVIDIA", "H100 SXM5 80GB", new BigDecimal("80"), 650, 60,
				new BigDecimal("30000.00"), USD, "new quote");
		assertThat(this.hardware.updateGpu(dearer)).isTrue();
		HardwareProfile onH200 = new HardwareProfile(null, "hgx-8x", "HGX H200", h200.id(), 8, new BigDecimal("70000"),
				new BigDecimal("24000"), new BigDecimal("5000"), eur, 2000, "quote");
		assertThat(this.hardware.updateHardwareProfile(onH200)).isTrue();
		HostingProfile colder = new HostingProfile(null, "colo", "Colo", eur, new BigDecimal("0.07"),
				new BigDecimal("1.3"), ColocationBasis.PER_RACK_MONTH, new BigDecimal("1500"), new BigDecimal("15"),
				colo.staffFtePerNode(), colo.staffLoadedCostPerYear(), colo.supportFractionOfCapexPerYear(),
				colo.softwarePerNodePerYear(), "tender");
		assertThat(this.hardware.updateHostingProfile(colder)).isTrue();

		assertThat(this.hardware.findGpu("h100-sxm5-80gb")).get()
			.usingRecursiveComparison()
			.withComparatorForType(NUMERICALLY, BigDecimal.class)
			.isEqualTo(dearer);
		HardwareProfile node = this.hardware.findHardwareProfile("hgx-8x").orElseThrow();
		assertThat(node.gpuId()).isEqualTo(h200.id());
		assertThat(node.currency()).isEqualTo(eur);
		assertThat(this.hardware.findHostingProfile("colo")).get()
			.usingRecursiveComparison()
			.ignoringFields("id")
			.withComparatorForType(NUMERICALLY, BigDecimal.class)
			.isEqualTo(colder);
		assertThat(this.hardware.measurementsOnHardwareProfile("hgx-8x")).isZero();
		JdbcClient jdbc = JdbcClient.create(this.database.dataSource());
		jdbc.sql(
				"""
						INSERT INTO throughput_measurement (raw_model, hardware_profile_id, gpu_id, gpu_count, engine,
						    quantisation, input_tokens, output_tokens, output_tokens_per_second, source_kind, source_ref, created_at)
						VALUES ('llama', ?, ?, 8, 'vllm', 'FP8', 1000, 1000, 5000, 'VLLM', 'run.json', ?)""")
			.params(node.id(), h200.id(), java.sql.Timestamp.from(CLOCK.instant()))
			.update();
		assertThat(this.hardware.measurementsOnHardwareProfile("HGX-8X")).isEqualTo(1);
		jdbc.sql("DELETE FROM throughput_measurement").update();

		assertThat(this.hardware.deleteHardwareProfile("hgx-8x")).isTrue();
		assertThat(this.hardware.deleteHostingProfile("colo")).isTrue();
		assertThat(this.hardware.deleteHostingProfile("colo")).isFalse();
		assertThat(this.hardware.countHardwareProfiles()).isZero();
		assertThat(this.hardware.countHostingProfiles()).isZero();
		assertThat(this.hardware.countGpus()).isEqualTo(2);
	}

	@Test
	void saveArchitecture_storesWhatTheMemoryCheckReads() {
		Provider deepseek = this.providers.add(Provider.of("deepseek", "DeepSeek", ProviderKind.API, null));
		Model chat = this.models.add(chatModel("deepseek/deepseek-chat", deepseek.id()));
		// DeepSeek-V3: 671B parameters, 37B active, 61 layers, 128 heads of 128, 128k
		// context (model card config.json)
		ModelArchitecture v3 = new ModelArchitecture(new BigDecimal("671"), new BigDecimal("37"), 61, 128, 128,
				131_072);

		assertThat(this.models.saveArchitecture(chat.withArchitecture(v3, true))).isTrue();

		Model stored = this.models.resolve("deepseek/deepseek-chat").orElseThrow();
		assertThat(stored.openWeights()).isTrue();
		assertThat(stored.parametersBillions()).isEqualByComparingTo("671");
		assertThat(stored.activeParametersBillions()).isEqualByComparingTo("37");
		assertThat(List.of(stored.layers(), stored.kvHeads(), stored.headDim(), stored.contextWindowTokens()))
			.containsExactly(61, 128, 128, 131_072);
		assertThatThrownBy(() -> new ModelArchitecture(new BigDecimal("8"), new BigDecimal("9"), 32, 8, 128, 8192))
			.hasMessageContaining("activeParametersBillions must be > 0 and <= parametersBillions 8, was 9");
	}

	@Test
	void qualityScores_keepTheIntervalAndCategoryAndTheDefaultBenchmarkIsAPercentage() {
		long openai = this.providers.add(Provider.of("openai", "OpenAI", ProviderKind.API, null)).id();
		Model gpt4o = this.models.add(chatModel("openai/gpt-4o", openai));
		Model mini = this.models.add(chatModel("openai/gpt-4o-mini", openai));
		QualityScoreRepository quality = new QualityScoreRepository(JdbcClient.create(this.database.dataSource()));
		LocalDate leaderboard = LocalDate.of(2025, 12, 11);
		// two ratings of LMArena's coding category, and one published percentage
		quality.put(new QualityScore(null, gpt4o.id(), "LMArena text: coding", "coding", new BigDecimal("1339.2154"),
				null, new BigDecimal("1331.4952"), new BigDecimal("1346.9356"), leaderboard, "lmarena key gpt-4o"));
		quality.put(new QualityScore(null, mini.id(), "LMArena text: coding", "coding", new BigDecimal("1290.5"), null,
				new BigDecimal("1283"), new BigDecimal("1298"), leaderboard, "lmarena key gpt-4o-mini"));
		quality.put(new QualityScore(null, gpt4o.id(), "MMLU (0-shot CoT)", new BigDecimal("88.7"),
				new BigDecimal("100"), leaderboard, "simple-evals"));

		QualityScore coding = quality.latest()
			.stream()
			.filter(score -> score.modelId() == gpt4o.id() && score.category() != null)
			.findFirst()
			.orElseThrow();
		assertThat(coding.category()).isEqualTo("coding");
		assertThat(coding.lowerBound()).isEqualByComparingTo("1331.4952");
		assertThat(coding.upperBound()).isEqualByComparingTo("1346.9356");
		assertThat(coding.scaleMax()).isNull();
		// the ratings compare two models, the percentage one, yet a number typed as a
		// floor is read on the percentage's scale
		assertThat(quality.mostScoredBenchmark()).contains("MMLU (0-shot CoT)");
	}

	private static Model chatModel(String name, long creator) {
		return new Model(null, name, creator, name, null, ModelMode.CHAT, false, 128_000, null, null, null, null, null,
				null);
	}

	private static Price price(long model, long provider, String input, String output, LocalDate from, LocalDate to) {
		return new Price(null, model, provider, "global", 0, USD, new BigDecimal(input), null, null,
				new BigDecimal(output), null, null, null, from, to, "manual", null, false);
	}

}
