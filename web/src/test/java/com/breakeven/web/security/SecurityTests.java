package com.breakeven.web.security;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Who may do what: anonymous visitors are sent to sign in (pages) or answered 401 (API);
 * viewers cannot write; passwords are bcrypt hashes; API tokens are shown once, stored
 * hashed, scoped to roles, stop working when revoked and record their last use; no
 * password or token reaches the log or an answer after the one that made it.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:security;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class SecurityTests {

	private static final Pattern NEW_TOKEN = Pattern.compile("id=\"new-token\">([^<]+)<");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private UserAccounts accounts;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void anonymous_isSentToSignInOnPagesAndAnswered401ProblemOnTheApi() {
		assertThat(this.mvc.get().uri("/dashboard")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
		assertThat(this.mvc.get().uri("/login")).hasStatusOk().bodyText().contains("id=\"sign-in\"");
		assertThat(this.mvc.get().uri("/breakeven.css")).hasStatusOk();

		MvcTestResult api = this.mvc.get().uri("/api/v1/prices?model=openai/gpt-4o").exchange();
		assertThat(api).hasStatus(HttpStatus.UNAUTHORIZED)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo(401);
		assertThat(api.getResponse().getHeader("WWW-Authenticate")).isEqualTo("Bearer");
	}

	@Test
	void viewer_readsPagesButSavingAScenarioUploadingOrEditingTheCatalogueIsForbidden() {
		var viewer = user("vera").roles(Role.VIEWER.name());
		// pages offer a viewer nothing the server would refuse
		assertThat(this.mvc.get().uri("/scenarios").with(viewer)).hasStatusOk()
			.bodyText()
			.doesNotContain("id=\"new-scenario\"");
		assertThat(this.mvc.get().uri("/imports").with(viewer)).hasStatusOk()
			.bodyText()
			.contains("id=\"read-only\"")
			.doesNotContain("id=\"usage-upload\"");
		assertThat(this.mvc.post().uri("/scenarios").with(viewer).with(csrf()).param("name", "x"))
			.hasStatus(HttpStatus.FORBIDDEN);
		MockMultipartFile csv = new MockMultipartFile("file", "usage.csv", "text/csv", "a,b\n".getBytes());
		assertThat(this.mvc.post()
			.uri("/imports/usage")
			.multipart()
			.file(csv)
			.param("format", "focus")
			.with(viewer)
			.with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/catalogue/hosting/colo-texas")
			.with(user("ann").roles(Role.ANALYST.name()))
			.with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/catalogue/hardware/hgx-h100-8x/delete")
			.with(user("ann").roles(Role.ANALYST.name()))
			.with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		// a viewer sees the profile's figures but no save or delete button
		assertThat(this.mvc.get().uri("/catalogue/hardware/hgx-h100-8x").with(viewer)).hasStatusOk()
			.bodyText()
			.contains("Figures (an admin edits them)")
			.doesNotContain("id=\"save\"")
			.doesNotContain("id=\"delete\"");
		assertThat(this.mvc.get().uri("/admin/users").with(user("ann").roles(Role.ANALYST.name())))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void adminPages_shareOneSubMenuAndTheHeaderShowsTheDisplayName() throws Exception {
		this.accounts.create("gina", "Gina Admin", "long enough password", Set.of(Role.ADMIN));
		String menu = null;
		for (String page : List.of("/admin/users", "/admin/tokens", "/admin/connectors")) {
			String body = asGina(page);
			// the account's name, not its username
			assertThat(body).contains("id=\"signed-in-as\">Gina Admin<");
			int start = body.indexOf("id=\"admin-menu\"");
			assertThat(start).as(page).isNotNegative();
			String shown = body.substring(start, body.indexOf("</p>", start));
			assertThat(shown).contains(">API documentation</a>").contains(">Connectors</a>");
			if (menu != null) {
				assertThat(shown).as(page).isEqualTo(menu);
			}
			menu = shown;
		}
		// the tokens page says what a token is once, in its lead
		assertThat(asGina("/admin/tokens").split("A token lets a tool", -1)).hasSizeLessThanOrEqualTo(2);
	}

	private String asGina(String page) throws Exception {
		return this.mvc.get()
			.uri(page)
			.with(user("gina").roles(Role.ADMIN.name()))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void signIn_checksTheBcryptHashAndRecordsTheTime(CapturedOutput output) {
		String password = "correct horse battery staple";
		this.accounts.create("carla", "Carla", password, Set.of(Role.ANALYST));

		String hash = this.jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'carla'")
			.query(String.class)
			.single();
		assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(password);

		assertThat(this.mvc.perform(formLogin().user("carla").password("wrong password!"))).hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/login?error");
		assertThat(this.mvc.perform(formLogin().user("carla").password(password))).hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/");
		assertThat(this.accounts.find("carla").orElseThrow().lastLoginAt()).isNotNull();
		assertThat(output.getAll()).doesNotContain(password);
	}

	@Test
	void apiToken_shownOnceStoredHashedWorksUntilRevokedAndRecordsItsLastUse(CapturedOutput output)
			throws java.io.UnsupportedEncodingException {
		var admin = user("admin").roles(Role.ADMIN.name());
		String page = this.mvc.post()
			.uri("/admin/tokens")
			.with(admin)
			.with(csrf())
			.param("name", "procurement tool")
			.param("role", "VIEWER")
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Matcher shown = NEW_TOKEN.matcher(page);
		assertThat(shown.find()).as(page).isTrue();
		String token = shown.group(1);

		// only the hash is stored; the list shows the prefix, never the token
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_sha256 = ?")
			.param(ApiTokens.sha256(token))
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.mvc.get().uri("/admin/tokens").with(admin)).bodyText()
			.contains("procurement tool")
			.doesNotContain(token);

		assertThat(this.mvc.get().uri("/api/v1/prices?model=openai/gpt-4o").header("Authorization", "Bearer " + token))
			.hasStatusOk();
		assertThat(this.jdbc.sql("SELECT last_used_at FROM api_token WHERE token_sha256 = ?")
			.param(ApiTokens.sha256(token))
			.query(java.time.OffsetDateTime.class)
			.single()).isNotNull();

		// a viewer's token cannot write
		assertThat(this.mvc.post()
			.uri("/api/v1/scenarios")
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).hasStatus(HttpStatus.FORBIDDEN)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

		long id = this.jdbc.sql("SELECT id FROM api_token WHERE token_sha256 = ?")
			.param(ApiTokens.sha256(token))
			.query(Long.class)
			.single();
		assertThat(this.mvc.post().uri("/admin/tokens/" + id + "/revoke").with(admin).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(this.mvc.get().uri("/api/v1/prices?model=openai/gpt-4o").header("Authorization", "Bearer " + token))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(
				this.mvc.get().uri("/api/v1/prices?model=openai/gpt-4o").header("Authorization", "Bearer bkn_madeup"))
			.hasStatus(HttpStatus.UNAUTHORIZED);

		assertThat(output.getAll()).doesNotContain(token).doesNotContain(ApiTokens.sha256(token));
	}

	@Test
	void firstStartAdmin_existsWithAHashedPasswordAndIsNotMadeTwice() {
		UserAccount admin = this.accounts.find(FirstStartAdmin.USERNAME).orElseThrow();
		assertThat(admin.roles()).containsExactly(Role.ADMIN);
		long users = this.accounts.count();

		ByteArrayOutputStream console = new ByteArrayOutputStream();
		new FirstStartAdmin(this.accounts, new PrintStream(console, true, StandardCharsets.UTF_8)).run(null);

		assertThat(console.toString(StandardCharsets.UTF_8)).isEmpty();
		assertThat(this.accounts.count()).isEqualTo(users);
		// 20 characters of 57 (no look-alikes): about 117 bits, never the same twice
		assertThat(FirstStartAdmin.randomPassword(20)).hasSize(20)
			.matches("[A-Za-z2-9]+")
			.isNotEqualTo(FirstStartAdmin.randomPassword(20));
	}

	@Test
	void accounts_refuseAShortPasswordATakenNameAndNoRole() {
		assertThat(org.assertj.core.api.Assertions
			.catchThrowableOfType(UserAccounts.AccountRefused.class,
					() -> this.accounts.create("dora", null, "short", Set.of(Role.VIEWER)))
			.field()).isEqualTo("password");
		this.accounts.create("dora", null, "long enough password", Set.of(Role.VIEWER));
		assertThat(org.assertj.core.api.Assertions
			.catchThrowableOfType(UserAccounts.AccountRefused.class,
					() -> this.accounts.create("dora", null, "long enough password", Set.of(Role.VIEWER)))
			.getMessage()).isEqualTo("username 'dora' is taken");
		assertThat(org.assertj.core.api.Assertions
			.catchThrowableOfType(UserAccounts.AccountRefused.class,
					() -> this.accounts.create("eve", null, "long enough password", Set.of()))
			.field()).isEqualTo("roles");
	}

}
