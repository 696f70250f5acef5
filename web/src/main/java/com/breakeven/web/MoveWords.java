package com.breakeven.web;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import com.breakeven.pricing.Model;
import com.breakeven.simulator.shift.Recommendation;
import com.breakeven.web.export.Money;

/**
 * A recommended move in one sentence a person reads once: "move helpdesk from GPT-4o at
 * OpenAI to gpt-oss-20b at Darkbloom: saves 44,845 USD a month". The workload's model is
 * named once (the workload's name, "helpdesk on openai/gpt-4o", already carries it),
 * models by their catalogue names and sellers by {@link SellerNames}.
 */
public final class MoveWords {

	private static final String AT = " at ";

	private static final String ON = " on ";

	private MoveWords() {
	}

	/**
	 * @param move the move, as the advisor states it ({@code from} is "model at seller"
	 * or the model alone; {@code workload} "project on model" or the model alone)
	 * @param modelName a canonical model name to its name for people
	 */
	public static String sentence(Recommendation move, UnaryOperator<String> modelName) {
		String currentModel = currentModel(move);
		String currentSeller = currentSeller(move);
		String project = move.workload().endsWith(ON + currentModel)
				? move.workload().substring(0, move.workload().length() - ON.length() - currentModel.length()) : null;
		StringBuilder text = new StringBuilder("move ");
		if (project != null) {
			text.append(project).append(" from ").append(modelName.apply(currentModel));
			if (currentSeller != null) {
				text.append(AT).append(currentSeller);
			}
		}
		else {
			text.append(modelName.apply(currentModel));
			if (currentSeller != null) {
				text.append(" from ").append(currentSeller);
			}
		}
		text.append(" to ").append(destination(move, modelName));
		if (move.monthlySavings() < 0) {
			return text.append(": required, costs ")
				.append(Money.text(-move.monthlySavings(), move.currency(), 0))
				.append(" a month more")
				.toString();
		}
		return text.append(": saves ")
			.append(Money.text(move.monthlySavings(), move.currency(), 0))
			.append(" a month")
			.toString();
	}

	/**
	 * Where the workload runs today, as the move's row on the recommendations page names
	 * it: "GPT-4o at OpenAI", or the model alone where its seller is not known.
	 */
	public static String origin(Recommendation move, UnaryOperator<String> modelName) {
		String seller = currentSeller(move);
		return modelName.apply(currentModel(move)) + ((seller != null) ? AT + seller : "");
	}

	/**
	 * Model names for people from a catalogue: a canonical name's display name
	 * ("GPT-4o"), or the name itself where the catalogue does not hold it.
	 * @param resolve the catalogue's lookup by name or alias (the repository's, or a
	 * snapshot's for one question)
	 */
	public static UnaryOperator<String> displayNames(Function<String, Optional<Model>> resolve) {
		return (canonical) -> resolve.apply(canonical).map(Model::displayName).orElse(canonical);
	}

	/**
	 * The model of "model at seller", or the whole of a {@code from} without a seller.
	 */
	private static String currentModel(Recommendation move) {
		int at = move.from().indexOf(AT);
		return (at > 0) ? move.from().substring(0, at) : move.from();
	}

	/** The seller of "model at seller" by its name; {@code null} when none is stated. */
	private static String currentSeller(Recommendation move) {
		int at = move.from().indexOf(AT);
		return (at > 0) ? SellerNames.of(move.from().substring(at + AT.length())) : null;
	}

	/** "gpt-oss-20b at Darkbloom", or "gpt-oss-20b on your own HGX H100 8-GPU server". */
	public static String destination(Recommendation move, UnaryOperator<String> modelName) {
		String model = modelName.apply(move.toModel());
		String rest = move.to().startsWith(move.toModel()) ? move.to().substring(move.toModel().length()) : "";
		if (move.selfHosted()) {
			return rest.startsWith(ON) ? model + " on your own " + rest.substring(ON.length())
					: model + " on your own hardware";
		}
		String seller = (move.toSeller() != null) ? move.toSeller()
				: (rest.startsWith(AT) ? rest.substring(AT.length()) : null);
		return (seller != null) ? model + AT + SellerNames.of(seller) : model;
	}

}
