package com.breakeven.pricing;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one source says a model takes in and gives out: OpenRouter's
 * {@code architecture.input_modalities}/{@code output_modalities}, LiteLLM's
 * {@code supported_modalities} or its {@code mode}, or the model's name. Modalities are
 * lower-case words in OpenRouter's vocabulary ({@code text}, {@code image},
 * {@code audio}, {@code embeddings}, {@code speech}…).
 *
 * @param source who says it: a feed code ({@code litellm}, {@code openrouter}) or
 * {@value #NAME_SOURCE}
 * @param inputs what it takes in; empty when the source does not say
 * @param outputs what it gives out; empty when it gives out nothing (no token)
 * @param evidence the entry and field the statement comes from, for people
 */
public record ModalityClaim(String source, Set<String> inputs, Set<String> outputs, String evidence) {

	/** The source of statements read from a model's name. */
	public static final String NAME_SOURCE = "name";

	public static final String TEXT = "text";

	public ModalityClaim {
		Checks.requireCode("source", source);
		Objects.requireNonNull(evidence, "evidence must not be null");
		inputs = Collections.unmodifiableSortedSet(new TreeSet<>(inputs));
		outputs = Collections.unmodifiableSortedSet(new TreeSet<>(outputs));
	}

	/**
	 * @return whether the source says the model answers in text and, when it says what
	 * the model takes in, that text is among it (it may take or give more besides)
	 */
	public boolean textInTextOut() {
		return (this.inputs.isEmpty() || this.inputs.contains(TEXT)) && this.outputs.contains(TEXT);
	}

	/**
	 * @return {@code image+text->text}; {@code ?} for inputs not stated, {@code nothing}
	 * for no output
	 */
	public String modalities() {
		return (this.inputs.isEmpty() ? "?" : joined(this.inputs)) + "->"
				+ (this.outputs.isEmpty() ? "nothing" : joined(this.outputs));
	}

	/**
	 * @return {@code litellm: text->image}
	 */
	public String describe() {
		return this.source + ": " + modalities();
	}

	/**
	 * @return the stored form of a set of modalities: sorted, {@code +}-joined, empty for
	 * none
	 */
	public static String joined(Collection<String> modalities) {
		return String.join("+", new TreeSet<>(modalities));
	}

	/**
	 * @return the set a stored form names
	 */
	public static Set<String> split(String joined) {
		return joined.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(joined.split("\\+")));
	}

}
