package com.breakeven.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.security.test.context.support.WithMockUser;

import com.breakeven.pricing.PriceCatalogue;
import com.breakeven.pricing.PriceOverride;
import com.breakeven.pricing.PriceOverrideRepository;

/**
 * {@code GET /api/v1/prices} answers from the price history built on first start: the
 * curated sample prices and the bundled LiteLLM (July 2026) and OpenRouter (August 2026)
 * snapshots, imported through the real job.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:prices-api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@WithMockUser(roles = "VIEWER")
class PriceApiTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private PriceOverrideRepository overrides;

	@Autowired
	private PriceCatalogue catalogue;

	@Test
	void prices_showANegotiatedDiscountBesideTheListPrice() {
		long anthropic = this.catalogue.provider("anthropic").orElseThrow().id();
		this.overrides.add(new PriceOverride(null, anthropic, null, "acme-legal", PriceOverride.Kind.PERCENT_DISCOUNT,
				new BigDecimal("0.12"), null, null, null, null, LocalDate.of(2026, 9, 1), null, "MSA 2026-09"));

		// list $3 / $15 per million; 12 % off for the acme-legal account: 3 × 0.88 =
		// 2.64, 15 × 0.88 = 13.2
		assertThat(this.mvc.get()
			.uri("/api/v1/prices?model=claude-sonnet-4-5&provider=anthropic&at=2026-09-15&account=acme-legal"))
			.hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.prices[0].input").isEqualTo("3");
				assertThat(json).extractingPath("$.prices[0].negotiated.input").isEqualTo("2.64");
				assertThat(json).extractingPath("$.prices[0].negotiated.output").isEqualTo("13.2");
				assertThat(json).extractingPath("$.prices[0].negotiated.note").isEqualTo("MSA 2026-09");
			});
		assertThat(this.mvc.get().uri("/api/v1/prices?model=claude-sonnet-4-5&provider=anthropic&at=2026-09-15"))
			.bodyJson()
			.extractingPath("$.prices[0].negotiated")
			.isNull();
	}

	@Test
	void prices_ofAModelAtASellerOnADayAreItsListPricePerMillionTokens() {
		assertThat(this.mvc.get().uri("/api/v1/prices?model=gpt-4o-2024-08-06&provider=openai&at=2026-09-15"))
			.hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.model").isEqualTo("openai/gpt-4o");
				assertThat(json).extractingPath("$.prices[0].input").isEqualTo("2.5");
				assertThat(json).extractingPath("$.prices[0].output").isEqualTo("10");
				assertThat(json).extractingPath("$.prices[0].currency").isEqualTo("USD");
				assertThat(json).extractingPath("$.prices[0].unit").isEqualTo("per 1000000 tokens");
				assertThat(json).extractingPath("$.prices[0].effectiveFrom").isEqualTo("2026-07-01");
			});
	}

	@Test
	void prices_withoutASellerListEverySellerThatPricedItThatDay() {
		assertThat(this.mvc.get().uri("/api/v1/prices?model=openai/gpt-4o&at=2026-09-15")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.prices[*].provider")
			.asArray()
			.contains("openai", "azure-openai", "openrouter");
	}

	@Test
	void prices_beforeAnySnapshotIsANotFoundProblemNamingTheDay() {
		assertThat(this.mvc.get().uri("/api/v1/prices?model=gpt-4o&provider=openai&at=2026-06-15"))
			.hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.detail")
					.isEqualTo("no price of openai/gpt-4o at openai was in force on 2026-06-15");
				assertThat(json).extractingPath("$.field").isEqualTo("at");
			});
	}

	@Test
	void prices_ofAnUnknownModelOrABadDateAreProblemsNamingTheField() {
		assertThat(this.mvc.get().uri("/api/v1/prices?model=gpt-99")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.extractingPath("$.field")
			.isEqualTo("model");
		assertThat(this.mvc.get().uri("/api/v1/prices?model=gpt-4o&at=15/09/2026")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("parameter 'at' must be a date as YYYY-MM-DD, was '15/09/2026'");
		assertThat(this.mvc.get().uri("/api/v1/prices")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.field")
			.isEqualTo("model");
	}

}
