package com.breakeven.web.recommendation;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.breakeven.web.StatementLog;
import com.breakeven.web.security.ApiTokens;
import com.breakeven.web.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recommendations read the catalogue in memory (issue 22): once the snapshot of the
 * catalogue's version is built, a recommendations request sends the database one
 * catalogue query, the version check, and otherwise reads only the usage (whose queries
 * name models by the catalogue's canonical names).
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:recommendations-snapshot;MODE=PostgreSQL;"
		+ "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@Import(StatementLog.Configuration.class)
@WithMockUser(roles = "VIEWER")
class RecommendationsSnapshotTests {

	/**
	 * The catalogue's version query: what {@code CatalogueSnapshots} asks each question.
	 */
	private static final String VERSION_QUERY = "(SELECT MAX(ended_at) FROM import_run) AS import_end";

	private static final Pattern CATALOGUE_TABLE = Pattern.compile(
			"\\b(FROM|JOIN)\\s+(provider|model|model_alias|model_modality_claim|price|price_override|fx_rate|gpu"
					+ "|hardware_profile|hosting_profile|throughput_measurement|quality_score)\\b",
			Pattern.CASE_INSENSITIVE);

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private StatementLog statements;

	@Autowired
	private ApiTokens tokens;

	@Test
	void recommendationsPage_readsTheCatalogueVersionOnceAndNoCatalogueTable() {
		String page = "/recommendations?benchmark=MMLU (0-shot CoT)&floor=80";
		assertThat(this.mvc.get().uri(page)).hasStatusOk();

		this.statements.clear();
		assertThat(this.mvc.get().uri(page)).hasStatusOk().bodyText().contains("contracts on ");

		assertReadTheCatalogueOnce(this.statements.statements());
	}

	@Test
	void recommendationsDownloadsAndApi_readTheCatalogueVersionOnceEach() {
		String viewer = this.tokens.create("snapshot viewer", Set.of(Role.VIEWER), null, null).token();
		for (String uri : List.of("/recommendations/routing.yaml", "/recommendations/ranked.csv",
				"/api/v1/recommendations")) {
			assertThat(this.mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + viewer)).hasStatusOk();
			this.statements.clear();

			assertThat(this.mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + viewer)).hasStatusOk();

			assertReadTheCatalogueOnce(this.statements.statements());
		}
	}

	private static void assertReadTheCatalogueOnce(List<String> sent) {
		assertThat(sent).filteredOn(sql -> sql.contains(VERSION_QUERY)).hasSize(1);
		// every other statement that names a catalogue table reads the usage by it
		assertThat(sent).filteredOn(sql -> !sql.contains(VERSION_QUERY) && CATALOGUE_TABLE.matcher(sql).find())
			.allMatch(sql -> sql.contains("usage_daily"), "reads usage_daily");
	}

}
