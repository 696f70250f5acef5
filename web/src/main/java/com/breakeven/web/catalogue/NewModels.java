package com.breakeven.web.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.breakeven.pricing.Model;
import com.breakeven.pricing.Price;
import com.breakeven.pricing.PriceCatalogue;
import com.breakeven.pricing.Provider;
import com.breakeven.pricing.QualityScore;

/**
 * A chat model new to the price feeds, in words for the page and the API: who made it,
 * since when it is priced, its current prices and its quality evidence.
 *
 * @param model the model
 * @param creator its creator's provider code
 * @param firstPricedOn the first day a feed or list priced it
 * @param prices "seller: input / output CURRENCY per million tokens", one per current
 * price
 * @param quality "benchmark: score (lower–upper)", one per latest score
 */
public record NewModels(Model model, String creator, LocalDate firstPricedOn, List<String> prices,
		List<String> quality) {

	public static List<NewModels> of(List<PriceCatalogue.NewModel> found, List<Provider> providers,
			List<QualityScore> latestScores) {
		Map<Long, String> codes = new HashMap<>();
		providers.forEach(p -> codes.put(p.id(), p.code()));
		Map<Long, List<String>> quality = new HashMap<>();
		for (QualityScore score : latestScores) {
			quality.computeIfAbsent(score.modelId(), id -> new ArrayList<>())
				.add(score.benchmark() + ": " + score.score().stripTrailingZeros().toPlainString()
						+ (score.hasInterval() ? " (" + score.lowerBound().stripTrailingZeros().toPlainString() + "–"
								+ score.upperBound().stripTrailingZeros().toPlainString() + ")" : ""));
		}
		return found.stream()
			.map(n -> new NewModels(n.model(), codes.get(n.model().creatorProviderId()), n.firstPricedOn(),
					n.currentPrices().stream().map(p -> price(p, codes)).toList(),
					quality.getOrDefault(n.model().id(), List.of())))
			.toList();
	}

	private static String price(Price p, Map<Long, String> codes) {
		if (p.dynamic() || p.inputPerMtok() == null || p.outputPerMtok() == null) {
			return codes.get(p.providerId()) + ": no fixed per-token price";
		}
		return String.format(Locale.ROOT, "%s%s: %s / %s %s per million tokens", codes.get(p.providerId()),
				p.region().equals("global") ? "" : " (" + p.region() + ")",
				p.inputPerMtok().stripTrailingZeros().toPlainString(),
				p.outputPerMtok().stripTrailingZeros().toPlainString(), p.currency().getCurrencyCode())
				+ ((p.contextAboveTokens() > 0) ? " above " + p.contextAboveTokens() + " prompt tokens" : "");
	}

}
