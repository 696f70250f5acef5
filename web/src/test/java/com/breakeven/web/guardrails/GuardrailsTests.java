package com.breakeven.web.guardrails;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.breakeven.web.security.ApiTokens;
import com.breakeven.web.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Budgets, forecasts and alerts on the sample data (July to October 2026, six workloads),
 * with the clock on 21 October: a monthly budget 10 % below September's spend raises one
 * threshold alert and one forecast alert, delivered once each to a signed webhook, a
 * Slack-style webhook and a real SMTP server (GreenMail); an injected spike day raises
 * one anomaly naming its model, and a restated export does not raise it again; a failing
 * webhook is retried with backoff and never sent twice.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:guardrails;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.mail.host=127.0.0.1", "breakeven.alerts.check-cron=-", "breakeven.reports.check-cron=-",
		"breakeven.alerts.delivery-interval-ms=3600000", "breakeven.alerts.mail-to=cfo@example.com" })
@AutoConfigureMockMvc
class GuardrailsTests {

	private static final int SMTP_PORT = freePort();

	private static final HttpServer RECEIVER = receiver();

	/** What the webhook receiver got: path, signature header, body. */
	private static final List<String[]> RECEIVED = new CopyOnWriteArrayList<>();

	/** Answers 500 to this many next posts to /signed. */
	private static final AtomicInteger FAILURES_TO_ANSWER = new AtomicInteger();

	/** The clock: 21 October 2026, 12:00 UTC, moved by tests that wait for a retry. */
	static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-10-21T12:00:00Z"));

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(
			new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@DynamicPropertySource
	static void endpoints(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.port", () -> SMTP_PORT);
		String base = "http://127.0.0.1:" + RECEIVER.getAddress().getPort();
		// a list binds from one property source only: every webhook property is here
		properties.add("breakeven.alerts.webhooks[0].url", () -> base + "/signed");
		properties.add("breakeven.alerts.webhooks[0].format", () -> "json");
		properties.add("breakeven.alerts.webhooks[0].secret", () -> "s3cret");
		properties.add("breakeven.alerts.webhooks[1].url", () -> base + "/slack");
		properties.add("breakeven.alerts.webhooks[1].format", () -> "slack");
	}

	@TestConfiguration
	static class FixedClock {

		@Bean
		@Primary
		Clock testClock() {
			return CLOCK;
		}

	}

	@Autowired
	private BudgetService budgets;

	@Autowired
	private AlertChecks checks;

	@Autowired
	private AlertDeliveries deliveries;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApiTokens tokens;

	@BeforeEach
	void clean() {
		this.jdbc.sql("DELETE FROM alert_delivery").update();
		this.jdbc.sql("DELETE FROM alert").update();
		this.jdbc.sql("DELETE FROM alert_mute").update();
		this.jdbc.sql("DELETE FROM budget").update();
		this.jdbc.sql("DELETE FROM usage_daily WHERE source_key = 'test:spike'").update();
		RECEIVED.clear();
		FAILURES_TO_ANSWER.set(0);
		CLOCK.set(Instant.parse("2026-10-21T12:00:00Z"));
	}

	@AfterAll
	static void stopReceiver() {
		RECEIVER.stop(0);
	}

	private BigDecimal spend(String from, String to) {
		return this.jdbc.sql("SELECT SUM(billed_cost) FROM usage_daily WHERE usage_date BETWEEN ? AND ?")
			.params(LocalDate.parse(from), LocalDate.parse(to))
			.query(BigDecimal.class)
			.single();
	}

	@Test
	void aBudgetTenPercentBelowLastMonthRaisesOneThresholdAndOneForecastAlertDeliveredOnceEach() throws Exception {
		// the sample's usage is USD estimates only: September's spend is the plain sum
		BigDecimal september = spend("2026-09-01", "2026-09-30");
		BigDecimal amount = september.multiply(new BigDecimal("0.9")).setScale(2, RoundingMode.HALF_EVEN);
		BigDecimal toDate = spend("2026-10-01", "2026-10-21");
		long id = this.budgets.create(new BudgetForm("AI spend", "all", null, "month", amount, "USD", null), "test");

		BudgetView view = this.budgets.find(id).orElseThrow();
		// spend known to the 21st (the clock's day; the sample runs to the 31st)
		assertThat(view.asOf()).isEqualTo("2026-10-21");
		assertThat(view.spendToDate()).isEqualByComparingTo(toDate.setScale(2, RoundingMode.HALF_EVEN));
		double percent = toDate.doubleValue() / amount.doubleValue() * 100;
		assertThat(view.spendPercent().doubleValue()).isCloseTo(percent, org.assertj.core.api.Assertions.within(0.05));
		// 21 of 31 days at about September's pace, against 90 % of September: 50 %
		// reached, not 80 %
		assertThat(percent).isBetween(50.0, 80.0);
		assertThat(view.thresholdReached()).isEqualTo(50);
		assertThat(view.forecastThresholdReached()).isEqualTo(100);
		assertThat(view.status()).isEqualTo("AT_RISK");
		assertThat(view.forecastLower()).isLessThan(view.forecast());
		assertThat(view.forecastUpper()).isGreaterThan(view.forecast());

		// the card's heading in whole units, its figures to the cent, its days in words
		assertThat(this.mvc.get().uri("/budgets").with(user("vera").roles(Role.VIEWER.name()))).hasStatusOk()
			.bodyText()
			.contains(String.format(java.util.Locale.ROOT, "AI spend — all usage, %,d USD a month</h2>",
					amount.setScale(0, RoundingMode.HALF_UP).longValue()))
			.contains(String.format(java.util.Locale.ROOT, ">%,.2f USD<", toDate))
			.contains("Spent 1 October 2026 to 21 October 2026")
			.contains("Forecast to 31 October 2026");

		AlertChecks.Result first = this.checks.check();
		List<Alert> budgetAlerts = budgetAlerts();
		assertThat(budgetAlerts).extracting(Alert::kind)
			.containsExactlyInAnyOrder(Alert.Kind.BUDGET_ACTUAL, Alert.Kind.BUDGET_FORECAST);
		assertThat(budgetAlerts).allSatisfy(alert -> assertThat(first.raised()).contains(alert.id()));
		Alert actual = budgetAlerts.stream()
			.filter(a -> a.kind() == Alert.Kind.BUDGET_ACTUAL)
			.findFirst()
			.orElseThrow();
		// the headline in whole units, said once: the body names the days, not the
		// amounts again
		assertThat(actual.title()).isEqualTo(String.format(java.util.Locale.ROOT,
				"Budget 'AI spend' passed its 50 %% threshold in October 2026: %,d of %,d USD spent (%s)",
				toDate.setScale(0, RoundingMode.HALF_UP).longValue(),
				amount.setScale(0, RoundingMode.HALF_UP).longValue(),
				com.breakeven.web.export.Percent.of(percent).words()));
		assertThat(actual.detail()).isEqualTo("Counted: the spend on all usage from 1 October 2026 to 21 October 2026.")
			.doesNotContain(String.format(java.util.Locale.ROOT, "%,d", toDate.longValue()));

		// a second check, and a third, raise nothing
		assertThat(this.checks.check().raised()).isEmpty();
		assertThat(budgetAlerts()).hasSize(2);

		this.deliveries.deliverDue();
		this.deliveries.deliverDue();

		List<String[]> signed = received("/signed");
		List<String> signedKinds = signed.stream()
			.map(post -> this.json.readTree(post[2]).get("kind").asString())
			.toList();
		assertThat(signedKinds).filteredOn(kind -> kind.startsWith("BUDGET"))
			.containsExactlyInAnyOrder("BUDGET_ACTUAL", "BUDGET_FORECAST");
		for (String[] post : signed) {
			// the receiver's own check: HMAC-SHA256 of the body under the shared secret
			javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
			mac.init(new javax.crypto.spec.SecretKeySpec("s3cret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			String expected = "sha256="
					+ java.util.HexFormat.of().formatHex(mac.doFinal(post[2].getBytes(StandardCharsets.UTF_8)));
			assertThat(post[1]).isEqualTo(expected);
		}
		assertThat(received("/slack")).filteredOn(post -> post[2].contains("Budget 'AI spend'")).hasSize(2);
		assertThat(received("/slack").get(0)[1]).isNull();
		MimeMessage[] mails = mail.getReceivedMessages();
		assertThat(List.of(mails)).filteredOn(m -> subject(m).contains("Budget 'AI spend'")).hasSize(2);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM alert_delivery WHERE delivered_at IS NULL")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anInjectedSpikeRaisesOneAnomalyNamingItsModelAndARestatementDoesNotRaiseItAgain() {
		// helpdesk's Tuesday 20 October, five times the usual Tuesday on top of the day
		// as exported
		BigDecimal tuesday = this.jdbc
			.sql("""
					SELECT SUM(billed_cost) FROM usage_daily WHERE usage_date = DATE '2026-10-13' AND project = 'helpdesk'""")
			.query(BigDecimal.class)
			.single();
		injectSpike(tuesday.multiply(BigDecimal.valueOf(4)));

		this.checks.check();

		List<Alert> anomalies = alertsOf(Alert.Kind.ANOMALY);
		assertThat(anomalies).singleElement().satisfies(anomaly -> {
			assertThat(anomaly.scope()).isEqualTo("workload helpdesk on openai/gpt-4o");
			assertThat(anomaly.periodStart()).isEqualTo("2026-10-20");
			assertThat(anomaly.title()).startsWith("Spend spike on helpdesk on openai/gpt-4o (model openai/gpt-4o)");
			assertThat(anomaly.detail()).contains("Teams: customer-support +").contains("Token classes: input +");
		});

		// the export restated: the same day imported again raises nothing new
		this.jdbc.sql("DELETE FROM usage_daily WHERE source_key = 'test:spike'").update();
		injectSpike(tuesday.multiply(BigDecimal.valueOf(4)));
		assertThat(this.checks.check().raised()).isEmpty();
		assertThat(alertsOf(Alert.Kind.ANOMALY)).hasSize(1);
	}

	@Test
	void theSampleDataAloneRaisesNoAnomaly() {
		this.checks.check();
		assertThat(alertsOf(Alert.Kind.ANOMALY)).isEmpty();
	}

	@Test
	void aFailingWebhookIsRetriedWithBackoffAndDeliveredOnce() {
		BigDecimal september = spend("2026-09-01", "2026-09-30");
		this.budgets.create(new BudgetForm("Retry", "all", null, "month", september, "USD", List.of(50)), "test");
		FAILURES_TO_ANSWER.set(1);
		this.checks.check();
		int alerts = budgetAlerts().size();
		assertThat(alerts).isEqualTo(1);

		this.deliveries.deliverDue();
		assertThat(received("/signed")).hasSize(1);
		Map<String, Object> failed = this.jdbc
			.sql("SELECT attempts, last_error FROM alert_delivery WHERE channel = 'WEBHOOK'")
			.query()
			.singleRow();
		assertThat(failed.get("attempts")).isEqualTo(1);
		assertThat((String) failed.get("last_error")).contains("500");

		// not due before the 30 s backoff has passed
		this.deliveries.deliverDue();
		assertThat(received("/signed")).hasSize(1);
		CLOCK.set(CLOCK.instant().plus(Duration.ofSeconds(31)));
		this.deliveries.deliverDue();
		this.deliveries.deliverDue();
		assertThat(received("/signed")).hasSize(2);
		assertThat(AlertDeliveries.backoff(1, Duration.ofSeconds(30), Duration.ofHours(1))).hasSeconds(30);
		assertThat(AlertDeliveries.backoff(3, Duration.ofSeconds(30), Duration.ofHours(1))).hasSeconds(120);
		assertThat(AlertDeliveries.backoff(20, Duration.ofSeconds(30), Duration.ofHours(1))).hasHours(1);
	}

	@Test
	void mutingAnAlertMutesLaterOnesOfItsKindAndScope() {
		BigDecimal september = spend("2026-09-01", "2026-09-30");
		this.budgets.create(new BudgetForm("Muted", "all", null, "month", september, "USD", List.of(10, 50)), "test");
		// on 4 October about 4 ÷ 30 of September is spent: 10 % reached
		CLOCK.set(Instant.parse("2026-10-04T12:00:00Z"));
		this.checks.check();
		Alert ten = alertsOf(Alert.Kind.BUDGET_ACTUAL).get(0);
		assertThat(ten.title()).contains("passed its 10 % threshold");
		this.alerts.mute(ten.id(), "ana");
		assertThat(find(ten.id()).state()).isEqualTo(Alert.State.MUTED);

		// on the 21st 50 % is reached: stored, muted, sent nowhere
		CLOCK.set(Instant.parse("2026-10-21T12:00:00Z"));
		this.checks.check();
		List<Alert> actual = alertsOf(Alert.Kind.BUDGET_ACTUAL);
		assertThat(actual).hasSize(2);
		assertThat(actual.get(1).title()).contains("passed its 50 % threshold");
		assertThat(actual.get(1).detail())
			.endsWith(" The budget's 10 % threshold is passed too; each check raises one alert,"
					+ " for the highest threshold reached.");
		assertThat(actual.get(1).state()).isEqualTo(Alert.State.MUTED);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM alert_delivery WHERE alert_id IN (?, ?)")
			.params(ten.id(), actual.get(1).id())
			.query(Long.class)
			.single()).isZero();
		// the forecast's alerts are another kind: not muted
		assertThat(alertsOf(Alert.Kind.BUDGET_FORECAST))
			.allSatisfy(alert -> assertThat(alert.state()).isEqualTo(Alert.State.OPEN));
	}

	@Test
	void aMonthWithoutUsageIsSaidOnTheBudgetsAndAlertsPages() {
		// the sample's usage ends on 31 October: on 30 November the budgets stand in
		// October, and the pages say why
		CLOCK.set(Instant.parse("2026-11-30T12:00:00Z"));
		for (String page : List.of("/budgets", "/alerts")) {
			assertThat(this.mvc.get().uri(page).with(user("vera").roles(Role.VIEWER.name()))).hasStatusOk()
				.bodyText()
				.contains("November 2026 has no usage yet; latest month with usage: October 2026.");
		}
		// on 21 October the month in hand has usage: nothing to say
		CLOCK.set(Instant.parse("2026-10-21T12:00:00Z"));
		assertThat(this.mvc.get().uri("/budgets").with(user("vera").roles(Role.VIEWER.name()))).hasStatusOk()
			.bodyText()
			.doesNotContain("has no usage yet");
	}

	@Test
	void theApiAndThePageSetBudgetsAndNameEveryWrongField() {
		String analyst = this.tokens.create("budget analyst", Set.of(Role.ANALYST), null, null).token();
		String viewer = this.tokens.create("budget viewer", Set.of(Role.VIEWER), null, null).token();

		MvcTestResult refused = this.mvc.post()
			.uri("/api/v1/budgets")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + analyst)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"\",\"scope\":\"galaxy\",\"period\":\"week\",\"amount\":-5,\"currency\":\"XX\","
					+ "\"thresholds\":[0]}")
			.exchange();
		assertThat(refused).hasStatus(422);
		JsonNode problem = this.json.readTree(refused.getResponse().getContentAsByteArray());
		assertThat(problem.get("fields").propertyNames()).contains("name", "scope", "period", "amount", "currency",
				"thresholds");

		MvcTestResult created = this.mvc.post()
			.uri("/api/v1/budgets")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + analyst)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Legal\",\"scope\":\"team\",\"scopeValue\":\"legal\",\"period\":\"quarter\","
					+ "\"amount\":50000,\"currency\":\"USD\"}")
			.exchange();
		assertThat(created).hasStatus(201);
		JsonNode budget = this.json.readTree(created.getResponse().getContentAsByteArray());
		// the fourth quarter, legal's spend from 1 October to the 21st
		assertThat(budget.get("periodStart").asString()).isEqualTo("2026-10-01");
		assertThat(budget.get("periodEnd").asString()).isEqualTo("2026-12-31");
		BigDecimal legal = this.jdbc.sql("""
				SELECT SUM(billed_cost) FROM usage_daily
				WHERE usage_date BETWEEN DATE '2026-10-01' AND DATE '2026-10-21' AND team = 'legal'""")
			.query(BigDecimal.class)
			.single()
			.setScale(2, RoundingMode.HALF_EVEN);
		assertThat(budget.get("spendToDate").decimalValue()).isEqualByComparingTo(legal);
		assertThat(budget.get("budget").get("thresholds").toString()).isEqualTo("[50,80,100]");

		assertThat(this.mvc.post()
			.uri("/api/v1/budgets")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + viewer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")
			.exchange()).hasStatus(403);
		assertThat(
				this.mvc.get().uri("/api/v1/budgets").header(HttpHeaders.AUTHORIZATION, "Bearer " + viewer).exchange())
			.hasStatusOk()
			.bodyText()
			.contains("\"Legal\"");

		// the page: a wrong amount is shown back beside its field; delete needs its box
		// ticked
		MvcTestResult page = this.mvc.post()
			.uri("/budgets")
			.with(user("ana").roles("ANALYST"))
			.with(csrf())
			.param("name", "Support")
			.param("scope", "project")
			.param("scopeValue", "helpdesk")
			.param("period", "month")
			.param("amount", "ten thousand")
			.param("currency", "USD")
			.param("thresholds", "50, 90")
			.exchange();
		assertThat(page).hasStatus(422).bodyText().contains("id=\"amount-error\"").contains("ten thousand");
		// a decimal comma, as German is written, is refused beside the amount: never
		// 1,250
		assertThat(this.mvc.post()
			.uri("/budgets")
			.with(user("ana").roles("ANALYST"))
			.with(csrf())
			.param("name", "Support, decimal comma")
			.param("scope", "all")
			.param("period", "month")
			.param("amount", "12,50")
			.param("currency", "USD")
			.param("thresholds", "50, 90")).hasStatus(422)
			.bodyText()
			.contains("id=\"amount-error\">“12,50”: a comma only separates thousands here");
		// grouped as the page shows it: 12,500.5 is read as twelve thousand five hundred
		// and a half
		assertThat(this.mvc.post()
			.uri("/budgets")
			.with(user("ana").roles("ANALYST"))
			.with(csrf())
			.param("name", "Support, grouped")
			.param("scope", "all")
			.param("period", "month")
			.param("amount", "12,500.5")
			.param("currency", "USD")
			.param("thresholds", "50, 90")).hasStatus3xxRedirection();
		BudgetView grouped = this.budgets.all()
			.stream()
			.filter(b -> b.budget().name().equals("Support, grouped"))
			.findFirst()
			.orElseThrow();
		assertThat(grouped.budget().amount()).isEqualByComparingTo("12500.50");
		assertThat(this.mvc.get().uri("/budgets/" + grouped.id() + "/edit").with(user("ana").roles("ANALYST")))
			.bodyText()
			.contains("id=\"amount\" name=\"amount\" inputmode=\"decimal\" value=\"12,500.5\"");
		long legalId = budget.get("id").asLong();
		assertThat(
				this.mvc.post().uri("/budgets/" + legalId + "/delete").with(user("ana").roles("ANALYST")).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(this.budgets.find(legalId)).isPresent();
		assertThat(this.mvc.post()
			.uri("/budgets/" + legalId + "/delete")
			.param("confirm", "yes")
			.with(user("ana").roles("ANALYST"))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(this.budgets.find(legalId)).isEmpty();
	}

	private void injectSpike(BigDecimal cost) {
		this.jdbc.sql("""
				INSERT INTO usage_daily (usage_date, raw_provider, raw_model, model_id, account, project, team,
				                         application, input_tokens, cached_input_tokens, output_tokens, requests,
				                         billed_cost, currency, source_format, source_key, row_key)
				SELECT usage_date, raw_provider, raw_model, model_id, account, project, team, application,
				       input_tokens * 4, cached_input_tokens * 4, output_tokens * 4, requests * 4, :cost, currency,
				       source_format, 'test:spike', row_key
				FROM usage_daily WHERE usage_date = DATE '2026-10-20' AND project = 'helpdesk'""")
			.param("cost", cost)
			.update();
	}

	private List<Alert> budgetAlerts() {
		return this.jdbc.sql("SELECT id FROM alert WHERE kind LIKE 'BUDGET%' ORDER BY id")
			.query(Long.class)
			.list()
			.stream()
			.map(this::find)
			.toList();
	}

	private List<Alert> alertsOf(Alert.Kind kind) {
		return this.jdbc.sql("SELECT id FROM alert WHERE kind = ? ORDER BY id")
			.params(kind.name())
			.query(Long.class)
			.list()
			.stream()
			.map(this::find)
			.toList();
	}

	@Autowired
	private Alerts alerts;

	private Alert find(long id) {
		return this.alerts.find(id).orElseThrow();
	}

	private static List<String[]> received(String path) {
		return RECEIVED.stream().filter(post -> post[0].equals(path)).toList();
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static HttpServer receiver() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/", exchange -> {
				String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
				String path = exchange.getRequestURI().getPath();
				RECEIVED.add(new String[] { path,
						exchange.getRequestHeaders().getFirst(AlertDeliveries.SIGNATURE_HEADER), body });
				int status = (path.equals("/signed") && FAILURES_TO_ANSWER.getAndUpdate(n -> Math.max(0, n - 1)) > 0)
						? 500 : 200;
				exchange.sendResponseHeaders(status, -1);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A clock a test moves. */
	static final class MutableClock extends Clock {

		private volatile Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void set(Instant instant) {
			this.now = instant;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
