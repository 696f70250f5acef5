package com.breakeven.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

import org.junit.jupiter.api.Test;

/**
 * Catalogue records refuse impossible values with a message that names the field and the
 * value.
 */
class RecordValidationTest {

	private static final Currency USD = Currency.getInstance("USD");

	@Test
	void provider_refusesCodesThatAreNotNormalised() {
		assertThatThrownBy(() -> Provider.of("OpenAI", "OpenAI", ProviderKind.API, null))
			.hasMessage("code must be trimmed lower case, was 'OpenAI'");
	}

	@Test
	void model_refusesNamesWithoutCreator() {
		assertThatThrownBy(() -> new Model(null, "gpt-4o", 1, "GPT-4o", null, ModelMode.CHAT, false, null, null, null,
				null, null, null, null))
			.hasMessage("canonicalName must be creator/model, was 'gpt-4o'");
	}

	@Test
	void model_refusesMoreActiveThanTotalParameters() {
		assertThatThrownBy(() -> new Model(null, "qwen/qwen3-235b-a22b", 1, "Qwen3", null, ModelMode.CHAT, true, null,
				null, new BigDecimal("22"), new BigDecimal("235"), null, null, null))
			.hasMessage("activeParametersBillions must be <= parametersBillions, was 235 > 22");
	}

	@Test
	void price_refusesNegativeAmountsAndInvertedDates() {
		assertThatThrownBy(() -> new Price(null, 1, 1, "global", 0, USD, new BigDecimal("-0.5"), null, null, null, null,
				null, null, LocalDate.of(2025, 1, 1), null, "manual", null, false))
			.hasMessage("inputPerMtok must be >= 0, was -0.5");
		assertThatThrownBy(() -> new Price(null, 1, 1, "global", 0, USD, BigDecimal.ONE, null, null, null, null, null,
				null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1), "manual", null, false))
			.hasMessage("effectiveTo must be after effectiveFrom, was 2025-01-01 <= 2025-01-01");
	}

	@Test
	void gpu_refusesIdlePowerAboveBoardPower() {
		assertThatThrownBy(() -> new Gpu(null, "l4", "NVIDIA", "L4", new BigDecimal("24"), 72, 80, null, null, null))
			.hasMessage("idleWatts must be between 0 and tdpWatts 72, was 80");
	}

	@Test
	void hostingProfile_refusesPercentWrittenAsWholeNumberAndPueBelowOne() {
		assertThatThrownBy(() -> hosting(new BigDecimal("1.58"), new BigDecimal("8")))
			.hasMessage("supportFractionOfCapexPerYear is a fraction (0.08 = 8 %) and must be < 1, was 8");
		assertThatThrownBy(() -> hosting(new BigDecimal("0.9"), new BigDecimal("0.08")))
			.hasMessage("pue must be >= 1, was 0.9");
	}

	@Test
	void qualityScore_refusesAnIntervalWithOneBoundOrAScoreOutsideIt() {
		// LMArena text, overall, gpt-4o-2024-08-06: 1335.6 between 1329.6 and 1341.5
		BigDecimal rating = new BigDecimal("1335.6");
		assertThatThrownBy(() -> new QualityScore(null, 1, "LMArena text", "full", rating, null,
				new BigDecimal("1329.6"), null, LocalDate.of(2025, 12, 11), "lmarena"))
			.hasMessage("an interval needs both bounds, was 1329.6 to null");
		assertThatThrownBy(() -> new QualityScore(null, 1, "LMArena text", "full", rating, null, new BigDecimal("1340"),
				new BigDecimal("1341.5"), LocalDate.of(2025, 12, 11), "lmarena"))
			.hasMessage("score 1335.6 lies outside its interval 1340 to 1341.5");
		assertThat(new QualityScore(null, 1, "LMArena text", "full", rating, null, new BigDecimal("1329.6"),
				new BigDecimal("1341.5"), LocalDate.of(2025, 12, 11), "lmarena")
			.hasInterval()).isTrue();
	}

	private static HostingProfile hosting(BigDecimal pue, BigDecimal support) {
		return new HostingProfile(null, "colo", "Colo", USD, new BigDecimal("0.09"), pue, ColocationBasis.PER_KW_MONTH,
				new BigDecimal("184.06"), null, BigDecimal.ONE, BigDecimal.ONE, support, BigDecimal.ZERO, null);
	}

}
