package com.breakeven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.LocalDate;
import java.util.Currency;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.breakeven.ingestion.FxRates;
import com.breakeven.ingestion.ImportRun;
import com.breakeven.ingestion.ImportStatus;

/**
 * The daily ECB refresh fetches its URL as the price feeds do, here from a local HTTP
 * server serving the ECB's daily CSV of 2026-04-13 (nothing reaches the network), and is
 * switched off in tests.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:fxrefresh;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "breakeven.sample-data.enabled=false" })
class FxRefreshTests {

	private static final HttpServer ECB = ecb();

	@Autowired
	private FxRefresh refresh;

	@Autowired
	private FxRates rates;

	@Autowired
	private Environment environment;

	@DynamicPropertySource
	static void ecbUrl(DynamicPropertyRegistry registry) {
		registry.add("breakeven.fx.url",
				() -> "http://127.0.0.1:" + ECB.getAddress().getPort() + "/stats/eurofxref/eurofxref.csv");
	}

	@AfterAll
	static void stop() {
		ECB.stop(0);
	}

	@Test
	void refresh_storesTheDaysRatesFromTheConfiguredUrl() {
		ImportRun run = this.refresh.refreshNow();

		assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
		assertThat(run.counts().added()).isEqualTo(29);
		// 1 EUR = 1.1684 USD on 2026-04-13: 1,168.40 USD is 1,000 EUR
		assertThat(this.rates.convert(new BigDecimal("1168.40"), Currency.getInstance("USD"),
				Currency.getInstance("EUR"), LocalDate.of(2026, 4, 13)))
			.hasValueSatisfying(eur -> assertThat(eur).isEqualByComparingTo("1000"));
		// fetched again: the ECB does not revise a day's rates
		assertThat(this.refresh.refreshNow().counts().added()).isZero();
	}

	@Test
	void refresh_isOffInTests() {
		assertThat(this.environment.getProperty("breakeven.fx.refresh-cron")).isEqualTo("-");
	}

	private static HttpServer ecb() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			server.createContext("/stats/eurofxref/eurofxref.csv", exchange -> {
				byte[] body;
				try (InputStream in = FxRefreshTests.class.getClassLoader()
					.getResourceAsStream("fx/eurofxref-daily.csv")) {
					body = in.readAllBytes();
				}
				exchange.sendResponseHeaders(200, body.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot start the local ECB server", ex);
		}
	}

}
