package com.breakeven.pricing;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A canonical model: {@code creator/model} in lower case
 * ({@code meta-llama/llama-3.3-70b-instruct}). Who sells it, and at what price, is on
 * {@link Price}. Architecture fields feed the model-fits-hardware check and may be
 * unknown ({@code null}) for closed models.
 *
 * @param id database id, {@code null} before it is stored
 * @param canonicalName unique {@code creator/model} name
 * @param creatorProviderId provider that made the model
 * @param displayName name shown to people
 * @param family model family for price-decline curves ({@code gpt-4o}, {@code llama-3})
 * @param mode what it produces
 * @param openWeights whether weights can be self-hosted
 * @param contextWindowTokens maximum input tokens
 * @param maxOutputTokens maximum output tokens
 * @param parametersBillions total parameters, billions
 * @param activeParametersBillions parameters active per token (mixture-of-experts),
 * billions
 * @param layers transformer layers
 * @param kvHeads key/value attention heads
 * @param headDim dimension of one attention head
 * @param modalities what the feeds say it takes in and gives out
 */
public record Model(Long id, String canonicalName, long creatorProviderId, String displayName, String family,
		ModelMode mode, boolean openWeights, Integer contextWindowTokens, Integer maxOutputTokens,
		BigDecimal parametersBillions, BigDecimal activeParametersBillions, Integer layers, Integer kvHeads,
		Integer headDim, Modalities modalities) {

	public Model {
		Objects.requireNonNull(modalities, "modalities must not be null");
		Checks.requireCode("canonicalName", canonicalName);
		if (!canonicalName.contains("/")) {
			throw new IllegalArgumentException("canonicalName must be creator/model, was '" + canonicalName + "'");
		}
		Objects.requireNonNull(displayName, "displayName must not be null");
		Objects.requireNonNull(mode, "mode must not be null");
		Checks.requirePositiveIfPresent("contextWindowTokens", contextWindowTokens);
		Checks.requirePositiveIfPresent("maxOutputTokens", maxOutputTokens);
		Checks.requirePositiveIfPresent("layers", layers);
		Checks.requirePositiveIfPresent("kvHeads", kvHeads);
		Checks.requirePositiveIfPresent("headDim", headDim);
		if (parametersBillions != null && parametersBillions.signum() <= 0) {
			throw new IllegalArgumentException("parametersBillions must be > 0, was " + parametersBillions);
		}
		if (activeParametersBillions != null && parametersBillions != null
				&& activeParametersBillions.compareTo(parametersBillions) > 0) {
			throw new IllegalArgumentException("activeParametersBillions must be <= parametersBillions, was "
					+ activeParametersBillions + " > " + parametersBillions);
		}
	}

	/**
	 * A model no feed has described yet.
	 */
	public Model(Long id, String canonicalName, long creatorProviderId, String displayName, String family,
			ModelMode mode, boolean openWeights, Integer contextWindowTokens, Integer maxOutputTokens,
			BigDecimal parametersBillions, BigDecimal activeParametersBillions, Integer layers, Integer kvHeads,
			Integer headDim) {
		this(id, canonicalName, creatorProviderId, displayName, family, mode, openWeights, contextWindowTokens,
				maxOutputTokens, parametersBillions, activeParametersBillions, layers, kvHeads, headDim,
				Modalities.NONE_STATED);
	}

	/**
	 * Whether the model can take a chat workload: the one rule, {@link Modalities}.
	 * @return why not, or empty when it can
	 */
	public Optional<String> whyNotTextChat() {
		return this.modalities.whyNotTextChat(this.mode, this.canonicalName);
	}

	/**
	 * @return whether the model can take a chat workload (text in, text out by every
	 * source)
	 */
	public boolean textChat() {
		return whyNotTextChat().isEmpty();
	}

	/**
	 * The same model with the architecture the memory check reads, open weights or not as
	 * stated.
	 */
	public Model withArchitecture(ModelArchitecture architecture, boolean weightsOpen) {
		return new Model(this.id, this.canonicalName, this.creatorProviderId, this.displayName, this.family, this.mode,
				weightsOpen, architecture.contextWindowTokens(), this.maxOutputTokens,
				architecture.parametersBillions(), architecture.activeParametersBillions(), architecture.layers(),
				architecture.kvHeads(), architecture.headDim(), this.modalities);
	}

	Model withModalities(Modalities stated) {
		return new Model(this.id, this.canonicalName, this.creatorProviderId, this.displayName, this.family, this.mode,
				this.openWeights, this.contextWindowTokens, this.maxOutputTokens, this.parametersBillions,
				this.activeParametersBillions, this.layers, this.kvHeads, this.headDim, stated);
	}

	Model withId(long newId) {
		return new Model(newId, this.canonicalName, this.creatorProviderId, this.displayName, this.family, this.mode,
				this.openWeights, this.contextWindowTokens, this.maxOutputTokens, this.parametersBillions,
				this.activeParametersBillions, this.layers, this.kvHeads, this.headDim, this.modalities);
	}

}
