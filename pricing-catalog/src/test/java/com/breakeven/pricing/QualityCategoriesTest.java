package com.breakeven.pricing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class QualityCategoriesTest {

	/**
	 * LMArena's text leaderboard of 2025-12-11 as the sample data ships it (copied from
	 * ../shared/data/quality).
	 */
	private static final Path LEADERBOARD = Path.of("..", "sample-data", "src", "main", "resources", "sample-data",
			"quality", "lmarena-leaderboard-text.json");

	@Test
	void acceptable_everyBoardOfTheRealLeaderboardIsReachableAndStoredUnderItsOwnBenchmark() throws Exception {
		List<String> boards = new ArrayList<>();
		JsonMapper.builder().build().readTree(Files.readString(LEADERBOARD)).propertyNames().forEach(boards::add);
		assertThat(boards).hasSize(29);

		for (String board : boards) {
			String category = QualityCategories.acceptable(board);
			assertThat(QualityCategories.accepted()).contains(category);
			String expected = "full".equals(board) ? "LMArena text" : "LMArena text: " + board;
			assertThat(QualityCategories.benchmarkIn("LMArena text", category)).as(board).isEqualTo(expected);
		}
	}

	@Test
	void acceptable_aBoardWithAPlainWordIsStoredAsTheWord() {
		assertThat(QualityCategories.acceptable("industry_legal_and_government")).isEqualTo("legal");
		assertThat(QualityCategories.acceptable(" Coding ")).isEqualTo("coding");
		assertThat(QualityCategories.acceptable("full")).isEqualTo("overall");
		assertThat(QualityCategories.acceptable(null)).isEqualTo("overall");
	}

	@Test
	void acceptable_refusesAnUnknownCategoryListingTheAcceptedOnes() {
		assertThatIllegalArgumentException().isThrownBy(() -> QualityCategories.acceptable("klingon"))
			.withMessageStartingWith("unknown category 'klingon': use one of overall, legal, medicine, finance,")
			.withMessageContaining("coding");
	}

}
