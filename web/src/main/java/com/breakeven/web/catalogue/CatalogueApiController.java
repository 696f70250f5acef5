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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import com.breakeven.web.api.ApiDocs;

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
	record ModelView(
			@Schema(description = ApiDocs.MODEL, example = "meta-llama/llama-3.3-70b-instruct") String canonicalName,
			@Schema(description = ApiDocs.DISPLAY_NAME, example = "Llama 3.3 70B Instruct") String displayName,
			@Schema(description = "Provider code of the maker.", example = "meta-llama") String creator,
			@Schema(description = "Model family.", example = "llama-3") String family,
			@Schema(description = "What it does: CHAT, COMPLETION, EMBEDDING, IMAGE_GENERATION, AUDIO_SPEECH, "
					+ "AUDIO_TRANSCRIPTION, RERANK, MODERATION, VIDEO_GENERATION or OTHER.",
					example = "CHAT") String mode,
			@Schema(description = "Whether the weights can be downloaded and self-hosted.",
					example = "true") boolean openWeights,
			@Schema(description = "Longest prompt and answer, tokens.", example = "131072") Integer contextWindowTokens,
			@Schema(description = "Total parameters, billions (decimal string).",
					example = "70.6") String parametersBillions,
			@Schema(description = "Parameters active per token (mixture-of-experts), billions (decimal string); absent for a dense model.") String activeParametersBillions,
			@Schema(description = "Transformer layers, a count.", example = "80") Integer layers,
			@Schema(description = "Key/value attention heads, a count.", example = "8") Integer kvHeads,
			@Schema(description = "Dimension of one attention head.", example = "128") Integer headDim,
			@Schema(description = "Other names the model goes by in feeds and usage exports.") List<String> aliases,
			@Schema(description = "With new-since: the first day a feed or list priced it"
					+ ApiDocs.ISO_DATE) java.time.LocalDate firstPricedOn,
			@Schema(description = "With new-since: its current prices, \"seller: input / output CURRENCY per million tokens\".") List<String> prices,
			@Schema(description = "With new-since: its latest quality scores, \"benchmark: score (lower–upper)\".") List<String> quality) {

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
	ApiPage<ModelView> models(
			@Parameter(description = "Part of a name or alias, case-insensitive; every model when absent.",
					example = "llama") @RequestParam(required = false) String q,
			@Parameter(description = "Only open-weight models (true) or only closed ones (false); both when absent.",
					example = "true") @RequestParam(required = false) Boolean openWeights,
			@Parameter(description = ApiPage.PAGE_PARAMETER,
					example = "0") @RequestParam(required = false) Integer page,
			@Parameter(description = ApiPage.SIZE_PARAMETER,
					example = "50") @RequestParam(required = false) Integer size,
			@Parameter(
					description = "Only chat models first priced in the feeds on or after this day" + ApiDocs.ISO_DATE
							+ " Newest first, with their current prices and quality scores: what to evaluate next.",
					example = "2026-01-01") @RequestParam(name = "new-since",
							required = false) java.time.LocalDate newSince) {
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
	ModelView setArchitecture(
			@Parameter(description = "First part of the canonical name.",
					example = "meta-llama") @PathVariable String creator,
			@Parameter(description = "Second part of the canonical name.",
					example = "llama-3.3-70b-instruct") @PathVariable String model,
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
	record MeasurementView(@Schema(description = "Measurement id.", example = "1") long id,
			@Schema(description = ApiDocs.MODEL, example = "meta-llama/llama-3.1-8b-instruct") String model,
			@Schema(description = "Name of the GPU it ran on.", example = "H100 SXM5 80GB") String gpu,
			@Schema(description = "GPUs serving the model in the run, a count.", example = "1") int gpuCount,
			@Schema(description = "Serving engine.", example = "TensorRT-LLM") String engine,
			@Schema(description = "Engine version; absent when not stated.") String engineVersion,
			@Schema(description = "Precision of the weights (quantisation).", example = "FP8") String precision,
			@Schema(description = "Sequences served at once, a count; absent when not stated.") Integer concurrency,
			@Schema(description = "Prompt tokens per request, tokens.", example = "1000") int inputTokens,
			@Schema(description = "Output tokens per request, tokens.", example = "1000") int outputTokens,
			@Schema(description = "Output tokens per second of the whole run, tokens per second (decimal string).",
					example = "15220") String outputTokensPerSecond,
			@Schema(description = "Time to first token, 99th percentile, ms (decimal string); absent when not measured.") String ttftP99Ms,
			@Schema(description = "Inter-token latency, 99th percentile, ms (decimal string); absent when not measured.") String itlP99Ms,
			@Schema(description = "Where it came from (PUBLISHED, VLLM or PROBE) and its reference: \"kind: reference\".") String source,
			@Schema(description = "Day it was measured" + ApiDocs.ISO_DATE
					+ " Absent when not stated.") java.time.LocalDate measuredOn) {

	}

	/**
	 * @param model canonical name or alias; all models when absent
	 */
	@GetMapping("/throughput")
	ApiPage<MeasurementView> throughput(
			@Parameter(description = ApiDocs.MODEL_OR_ALIAS + " All models when absent.",
					example = "meta-llama/llama-3.1-8b-instruct") @RequestParam(required = false) String model,
			@Parameter(description = ApiPage.PAGE_PARAMETER,
					example = "0") @RequestParam(required = false) Integer page,
			@Parameter(description = ApiPage.SIZE_PARAMETER,
					example = "50") @RequestParam(required = false) Integer size) {
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
	record QualityScoreView(@Schema(description = ApiDocs.MODEL, example = "openai/gpt-4o") String model,
			@Schema(description = "Benchmark name.", example = "MMLU (0-shot CoT)") String benchmark,
			@Schema(description = "The part of the benchmark scored (e.g. coding); absent for the whole.") String category,
			@Schema(description = "Score, in the benchmark's units (decimal string).", example = "88.7") String score,
			@Schema(description = "Best possible score, in the same units (decimal string); absent when unbounded.",
					example = "100") String scaleMax,
			@Schema(description = "Lower end of the score's 95 % interval (decimal string); absent when none.") String lowerBound,
			@Schema(description = "Upper end of the score's 95 % interval (decimal string); absent when none.") String upperBound,
			@Schema(description = "Day of the score" + ApiDocs.ISO_DATE) java.time.LocalDate asOf,
			@Schema(description = "Where the score was published.") String source) {

	}

	/**
	 * @param benchmark only scores on this benchmark
	 */
	@GetMapping("/quality-scores")
	ApiPage<QualityScoreView> qualityScores(
			@Parameter(description = "Only scores on this benchmark; every benchmark when absent.",
					example = "MMLU (0-shot CoT)") @RequestParam(required = false) String benchmark,
			@Parameter(description = ApiPage.PAGE_PARAMETER,
					example = "0") @RequestParam(required = false) Integer page,
			@Parameter(description = ApiPage.SIZE_PARAMETER,
					example = "50") @RequestParam(required = false) Integer size) {
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
