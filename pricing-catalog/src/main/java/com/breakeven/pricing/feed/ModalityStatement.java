package com.breakeven.pricing.feed;

import java.util.Objects;

import com.breakeven.pricing.ModalityClaim;

/**
 * What one feed entry says a model takes in and gives out, priced or not: an embedding
 * entry the catalogue does not import still says that the model it names is an embedding
 * model.
 *
 * @param modelName the canonical {@code creator/model} name the entry resolves to
 * @param claim the statement
 */
public record ModalityStatement(String modelName, ModalityClaim claim) {

	public ModalityStatement {
		Objects.requireNonNull(modelName, "modelName must not be null");
		Objects.requireNonNull(claim, "claim must not be null");
	}

}
