package com.breakeven.web.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.breakeven.ingestion.MeasuredThroughput;
import com.breakeven.ingestion.ThroughputRepository;
import com.breakeven.pricing.HardwareRepository;
import com.breakeven.pricing.Model;
import com.breakeven.pricing.ModelRepository;
import com.breakeven.pricing.PriceCatalogue;
import com.breakeven.pricing.ProviderRepository;
import com.breakeven.pricing.QualityScoreRepository;
import com.breakeven.web.api.ApiPage;
import com.breakeven.web.api.ApiProblem;

import static com.breakeven.web.api.ApiNumbers.plain;

/**
 * The catalogues over {@code /api/v1}: models with their aliases and architecture (set by
 * admins), throughput measurements and quality scores (prices: {@code /api/v1/prices};
 * GPUs and profiles: {@link ProfileApiController}). Decimals are strings, amounts carry
 * their currency, rates their unit.
 */
@RestController
@Tag(name = "catalogue")
@RequestMapping("/api/v1")
class CatalogueApiController {

	private final ModelRepository models;

	private final ProviderRepository providers;

	private final HardwareRepository hardware;

	private final ThroughputRepository throughput;

	private final QualityScoreRepository quality;

	private final CatalogueEdits edits;

	private final PriceCatalogue prices;

	CatalogueApiController(ModelRepository models, ProviderRepository providers, HardwareRepository hardware,
			ThroughputRepository throughput, QualityScoreRepository quality, CatalogueEdits edits,
			PriceCatalogue prices) {
		this.prices = prices;
		this.models = models;
		this.providers = providers;
		this.hardware = hardware;
		this.throughput = throughput;
		this.quality = quality;
		this.edits = edits;
	}

	/**
	 * @param creator code of the provider that made the model
	 * @param contextWindowTokens longest prompt and answer, tokens
	 * @param parametersBillions total parameters, billions
	 * @param activeParametersBillions parameters active per token (mixture-of-experts),
	 * billions
	 * @param layers transformer layers
	 * @param kvHeads key/value attention heads
	 * @param headDim dimension of one attention head
	 * @param aliases other names the model goes by in feeds and usage exports
	 * @param firstPricedOn with {@code new-since}: the first day a feed or list priced it
	 * @param prices with {@code new-since}: its current prices, "seller: input / output
	 * CURRENCY per million tokens"
	 * @param quality with {@code new-since}: its latest quality scores, "benchmark: score
	 * (lower–upper)"
	 */
	record ModelView(String canonicalName, String displayName, String creator, String family, String mode,
			boolean openWeights, Integer contextWindowTokens, String parametersBillions,
			String activeParametersBillions, Integer layers, Integer kvHeads, Integer headDim, List<String> aliases,
			java.time.LocalDate firstPricedOn, List<String> prices, List<String> quality) {

		static ModelView of(Model m, String creator, List<String> aliases) {
			return of(m, creator, aliases, null, null, null);
		}

		static ModelView of(Model m, String creator, List<String> aliases, java.time.LocalDate firstPricedOn,
				List<String> prices, List<String> quality) {
			return new ModelView(m.canonicalName(), m.displayName(), creator, m.family(),
					(m.mode() != null) ? m.mode().name() : null, m.openWeights(), m.contextWindowTokens(),
					plain(m.parametersBillions()), plain(m.activeParametersBillions()), m.layers(), m.kvHeads(),
					m.headDim(), aliases, firstPricedOn, prices, quality);
		}

	}

	/**
	 * @param q part of a name or alias, case-insensitive
	 * @param openWeights only open-weight models (true) or only closed ones (false)
	 * @param newSince only chat models first priced in the feeds on or after this day,
	 * newest first, with their current prices and quality scores: what to evaluate next
	 */
	@GetMapping("/models")
	ApiPage<ModelView> models(@RequestParam(required = false) String q,
			@RequestParam(required = false) Boolean openWeights, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size,
			@RequestParam(name = "new-since", required = false) java.time.LocalDate newSince) {
		if (newSince != null) {
			return ApiPage.of(NewModels
				.of(this.prices.chatModelsFirstPricedSince(newSince), this.providers.findAll(), this.quality.latest())
				.stream()
				.filter(n -> openWeights == null || n.model().openWeights() == openWeights)
				.filter(n -> q == null
						|| n.model().canonicalName().toLowerCase(Locale.ROOT).contains(q.toLowerCase(Locale.ROOT)))
				.map(n -> ModelView.of(n.model(), n.creator(), this.models.aliasesOf(n.model().id()), n.firstPricedOn(),
						n.prices(), n.quality()))
				.toList(), page, size);
		}
		Map<Long, List<String>> aliases = new HashMap<>();
		this.models.aliasIndex().forEach((alias, id) -> aliases.computeIfAbsent(id, k -> new ArrayList<>()).add(alias));
		Map<Long, String> creators = new HashMap<>();
		this.providers.findAll().forEach(p -> creators.put(p.id(), p.code()));
		String needle = (q != null) ? q.toLowerCase(Locale.ROOT) : null;
		List<ModelView> views = new ArrayList<>();
		for (Model m : this.models.findAll()) {
			List<String> names = aliases.getOrDefault(m.id(), List.of()).stream().sorted().toList();
			if (openWeights != null && m.openWeights() != openWeights) {
				continue;
			}
			if (needle != null && !m.canonicalName().toLowerCase(Locale.ROOT).contains(needle)
					&& names.stream().noneMatch(a -> a.toLowerCase(Locale.ROOT).contains(needle))) {
				continue;
			}
			views.add(ModelView.of(m, creators.get(m.creatorProviderId()), names));
		}
		views.sort(Comparator.comparing(ModelView::canonicalName));
		return ApiPage.of(views, page, size);
	}

	/**
	 * Sets what the memory check needs of a model (from its {@code config.json}), so a
	 * scenario or quote can check that it fits a node.
	 * @param creator first part of the canonical name ({@code meta-llama})
	 * @param model second part ({@code llama-3.3-70b-instruct})
	 */
	@Operation(summary = "Set a model's architecture (admin): parameters, layers, KV heads, head dimension, context")
	@PutMapping("/models/{creator}/{model}/architecture")
	ModelView setArchitecture(@PathVariable String creator, @PathVariable String model,
			@RequestBody ArchitectureForm form) {
		Model stored = ProfileApiController.saved("architecture",
				() -> this.edits.setArchitecture(creator + "/" + model, form));
		return ModelView.of(stored,
				this.providers.findAll()
					.stream()
					.filter(p -> p.id() == stored.creatorProviderId())
					.map(p -> p.code())
					.findFirst()
					.orElse(null),
				this.models.aliasesOf(stored.id()));
	}

	/**
	 * What GPUs served in one benchmark run or probe.
	 *
	 * @param gpuCount GPUs serving the model in the run
	 * @param outputTokensPerSecond output tokens per second of the whole run
	 * @param ttftP99Ms time to first token, 99th percentile, ms
	 * @param itlP99Ms inter-token latency, 99th percentile, ms
	 */
	record MeasurementView(long id, String model, String gpu, int gpuCount, String engine, String engineVersion,
			String precision, Integer concurrency, int inputTokens, int outputTokens, String outputTokensPerSecond,
			String ttftP99Ms, String itlP99Ms, String source, java.time.LocalDate measuredOn) {

	}

	/**
	 * @param model canonical name or alias; all models when absent
	 */
	@GetMapping("/throughput")
	ApiPage<MeasurementView> throughput(@RequestParam(required = false) String model,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		Map<Long, String> gpuNames = new HashMap<>();
		this.hardware.findAllGpus().forEach(g -> gpuNames.put(g.id(), g.displayName()));
		Map<Long, String> modelNames = modelNames();
		List<MeasuredThroughput> measured = new ArrayList<>();
		if (model != null) {
			Model m = this.models.resolve(model)
				.orElseThrow(() -> ApiProblem.notFound("no model or alias '" + model + "' in the catalogue", "model"));
			measured.addAll(this.throughput.findByModel(m.id()));
		}
		else {
			this.models.findAll().forEach(m -> measured.addAll(this.throughput.findByModel(m.id())));
		}
		return ApiPage.of(measured.stream()
			.sorted(Comparator.comparing(MeasuredThroughput::id))
			.map(m -> new MeasurementView(m.id(), modelNames.get(m.modelId()), gpuNames.get(m.gpuId()), m.gpuCount(),
					m.engine(), m.engineVersion(), m.quantisation(), m.concurrency(), m.inputTokens(), m.outputTokens(),
					plain(m.outputTokensPerSecond()), plain(m.latencies().ttftP99Ms()), plain(m.latencies().itlP99Ms()),
					m.sourceKind() + ": " + m.sourceRef(), m.measuredOn()))
			.toList(), page, size);
	}

	/**
	 * @param category the part of the benchmark scored (LMArena's {@code coding}), or
	 * {@code null}
	 * @param scaleMax the best possible score, when the benchmark has one
	 * @param lowerBound the lower end of the score's 95 % interval, when it has one
	 * @param upperBound the upper end of the score's 95 % interval, when it has one
	 */
	record QualityScoreView(String model, String benchmark, String category, String score, String scaleMax,
			String lowerBound, String upperBound, java.time.LocalDate asOf, String source) {

	}

	/**
	 * @param benchmark only scores on this benchmark
	 */
	@GetMapping("/quality-scores")
	ApiPage<QualityScoreView> qualityScores(@RequestParam(required = false) String benchmark,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		Map<Long, String> names = modelNames();
		return ApiPage.of(this.quality.latest()
			.stream()
			.filter(q -> benchmark == null || q.benchmark().equals(benchmark))
			.map(q -> new QualityScoreView(names.get(q.modelId()), q.benchmark(), q.category(), plain(q.score()),
					plain(q.scaleMax()), plain(q.lowerBound()), plain(q.upperBound()), q.asOf(), q.source()))
			.toList(), page, size);
	}

	private Map<Long, String> modelNames() {
		Map<Long, String> names = new HashMap<>();
		this.models.findAll().forEach(m -> names.put(m.id(), m.canonicalName()));
		return names;
	}

}
