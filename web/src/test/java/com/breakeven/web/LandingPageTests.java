package com.breakeven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The landing page counts the sample data loaded on first start; health is UP. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:landing;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class LandingPageTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void landingPage_countsTheSampleDataLoadedOnFirstStart() {
		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("id=\"count-usage\">" + SampleFiles.dataRows("usage_daily.csv") + "<")
			.contains("id=\"count-models\">" + SampleFiles.dataRows("models.csv") + "<")
			.contains("id=\"count-prices\">" + SampleFiles.dataRows("prices.csv") + "<")
			.contains("id=\"count-hardware\">" + SampleFiles.dataRows("hardware_profiles.csv") + "<")
			.contains("id=\"count-throughput\">" + SampleFiles.dataRows("throughput_published.csv") + "<")
			.contains("id=\"count-unresolved\">0<");
	}

	@Test
	void landingPage_showsBilledSpendRoundedToCentsWithItsCurrency() {
		// Expected: the file's billed_cost column summed exactly, then rounded half-up to
		// cents at the edge.
		BigDecimal total = SampleFiles.sumOfColumn("usage_daily.csv", "billed_cost").setScale(2, RoundingMode.HALF_UP);
		String shown = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(total);

		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("data-currency=\"USD\">" + shown + "<")
			.contains("2026-07-01")
			.contains("2026-10-31");
	}

	@Test
	void health_isUp() {
		assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("UP");
	}

}
