package com.breakeven.web.catalogue;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import com.breakeven.pricing.Model;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A model's architecture as an admin enters it, from the model card's
 * {@code config.json}: what the memory check needs to size weights and KV cache.
 *
 * @param parametersBillions total parameters, billions
 * @param activeParametersBillions parameters active per token of a mixture-of-experts
 * model, billions, at most {@code parametersBillions}; empty for a dense model
 * @param layers transformer layers ({@code num_hidden_layers})
 * @param kvHeads key/value attention heads ({@code num_key_value_heads})
 * @param headDim dimension of one attention head ({@code head_dim}, or hidden size ÷
 * attention heads)
 * @param contextWindowTokens longest prompt and answer, tokens
 * @param openWeights whether the weights can be downloaded and self-hosted; unchanged
 * when absent
 */
// examples: Llama 3.3 70B Instruct as sample-data/models.csv has it (its config.json)
@Schema(description = "What the memory check needs of a model, from its config.json.")
public record ArchitectureForm(
		@Schema(description = "Total parameters, billions.", example = "70.6") @NotNull @DecimalMin(value = "0",
				inclusive = false) @DecimalMax("100000") @Digits(integer = 7, fraction = 3,
						message = "must have at most 3 decimals") BigDecimal parametersBillions,
		@Schema(description = "Parameters active per token of a mixture-of-experts model, billions, at most "
				+ "parametersBillions; absent (null) for a dense model.",
				example = "null") @DecimalMin(value = "0", inclusive = false) @DecimalMax("100000") @Digits(integer = 7,
						fraction = 3, message = "must have at most 3 decimals") BigDecimal activeParametersBillions,
		@Schema(description = "Transformer layers (num_hidden_layers), a count.",
				example = "80") @NotNull @Min(1) @Max(2_000) Integer layers,
		@Schema(description = "Key/value attention heads (num_key_value_heads), a count.",
				example = "8") @NotNull @Min(1) @Max(1_024) Integer kvHeads,
		@Schema(description = "Dimension of one attention head (head_dim, or hidden size ÷ attention heads).",
				example = "128") @NotNull @Min(1) @Max(4_096) Integer headDim,
		@Schema(description = "Longest prompt and answer, tokens.",
				example = "131072") @NotNull @Min(1) @Max(100_000_000) Integer contextWindowTokens,
		@Schema(description = "Whether the weights can be downloaded and self-hosted; unchanged when absent.",
				example = "true") Boolean openWeights) {

	static ArchitectureForm of(Model m) {
		return new ArchitectureForm(m.parametersBillions(), m.activeParametersBillions(), m.layers(), m.kvHeads(),
				m.headDim(), m.contextWindowTokens(), m.openWeights());
	}

}
