package com.breakeven.web.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.breakeven.pricing.Model;
import com.breakeven.pricing.ModelMode;
import com.breakeven.pricing.Price;
import com.breakeven.web.chart.Charts;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueControllerTest {

	private static final Currency USD = Currency.getInstance("USD");

	@Test
	void priceChart_labelsWholeMonthsWithTheirYearAtBothWidths() {
		// a price from 30 June 2026 that changed on 1 August: the axis runs to today
		List<Price> history = List.of(price(LocalDate.of(2026, 6, 30), LocalDate.of(2026, 8, 1), "0.18", "0.80"),
				price(LocalDate.of(2026, 8, 1), null, "0.03", "0.17"));

		String page = Charts.forPage(CatalogueController.priceChart(history, Map.of(1L, "openrouter")), 960, 340);

		String wide = page.substring(0, page.indexOf("class=\"narrow\""));
		String narrow = page.substring(page.indexOf("class=\"narrow\""));
		List<String> wideLabels = dateLabels(wide);
		List<String> narrowLabels = dateLabels(narrow);
		// "Aug 2026", never "1-Aug" or "Aug-2026"
		assertThat(wideLabels).isNotEmpty().allMatch(label -> label.matches("[A-Z][a-z]{2} \\d{4}"));
		assertThat(narrowLabels).isNotEmpty().allMatch(label -> label.matches("[A-Z][a-z]{2} \\d{4}"));
		// the phone's chart labels fewer months, so that each stays whole
		assertThat(narrowLabels.size()).isLessThan(wideLabels.size());
		assertThat(wideLabels).contains("Jul 2026", "Aug 2026");
	}

	@Test
	void alike_namesTheSellersWhoseLinesLieOnOneAnother() {
		// three sellers at 0.30 / 1.20 since 1 July (one written 0.3000), a fourth
		// cheaper
		// from 1 August
		List<Price> drawn = List.of(seller(1, "0.30", "1.20"), seller(2, "0.3000", "1.2"), seller(3, "0.30", "1.20"),
				seller(4, "0.30", "0.90"));
		Map<Long, String> names = Map.of(1L, "Amazon Bedrock", 2L, "Baseten", 3L, "MiniMax", 4L, "OpenRouter");

		assertThat(
				CatalogueController.alike(drawn, names, List.of("OpenRouter", "Amazon Bedrock", "Baseten", "MiniMax")))
			.isEqualTo(
					" Amazon Bedrock, Baseten and MiniMax charge the same throughout: their lines lie on one another.");
		assertThat(CatalogueController.alike(drawn, names, List.of("OpenRouter", "Amazon Bedrock"))).isEmpty();
	}

	private static Price seller(long providerId, String input, String output) {
		return new Price(null, 7, providerId, "global", 0, USD, new BigDecimal(input), null, null,
				new BigDecimal(output), null, null, null, LocalDate.of(2026, 7, 1), null, "litellm", null, false);
	}

	@Test
	void architectureGaps_nameTheFiguresAnOpenModelLacks() {
		// DeepSeek V3: 671B parameters, 61 layers, 128K context; its latent attention has
		// no plain KV-head count
		Model deepseek = model(true, 671, 61, null, null, 131_072);
		Model complete = model(true, 70, 80, 8, 128, 131_072);
		Model closed = model(false, null, null, null, null, 128_000);

		assertThat(CatalogueController.architectureGaps(deepseek)).containsExactly("KV heads", "head dimension");
		assertThat(CatalogueController.architectureGaps(complete)).isEmpty();
		assertThat(CatalogueController.architectureGaps(closed)).isEmpty();
	}

	/** The texts of a chart's SVG that read like a date label (a month name). */
	private static List<String> dateLabels(String svg) {
		Matcher text = Pattern.compile(">([^<>]*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[^<>]*)</text>")
			.matcher(svg);
		List<String> labels = new java.util.ArrayList<>();
		while (text.find()) {
			labels.add(text.group(1));
		}
		return labels;
	}

	private static Price price(LocalDate from, LocalDate to, String input, String output) {
		return new Price(null, 7, 1, "global", 0, USD, new BigDecimal(input), null, null, new BigDecimal(output), null,
				null, null, from, to, "openrouter", null, false);
	}

	private static Model model(boolean open, Integer parameters, Integer layers, Integer kvHeads, Integer headDim,
			Integer context) {
		return new Model(1L, "creator/model", 1, "Model", "family", ModelMode.CHAT, open, context, 8_192,
				(parameters != null) ? new BigDecimal(parameters) : null, null, layers, kvHeads, headDim);
	}

}
