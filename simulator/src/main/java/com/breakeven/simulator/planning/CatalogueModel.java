package com.breakeven.simulator.planning;

/**
 * A catalogued model as planning needs it.
 *
 * @param name canonical name ("meta-llama/llama-3.3-70b-instruct")
 * @param displayName what people call it
 * @param creator provider code of its creator, or {@code null}
 * @param family its family, to judge the risk of a switch
 * @param openWeights whether its weights can run on own hardware
 * @param chat whether it answers prompts (chat or completion): only such models can take
 * a chat workload; an embedding, image or audio model never can
 * @param contextWindowTokens its longest context, or 0 when unknown
 */
public record CatalogueModel(String name, String displayName, String creator, String family, boolean openWeights,
		boolean chat, int contextWindowTokens) {

	public CatalogueModel {
		if (name == null) {
			throw new IllegalArgumentException("a model needs its canonical name");
		}
		displayName = (displayName != null) ? displayName : name;
		family = (family != null) ? family : name;
	}

}
