package com.breakeven.web.connector;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import com.breakeven.ingestion.connector.ConnectorSettings;
import com.breakeven.ingestion.connector.RetryPolicy;
import com.breakeven.ingestion.connector.SecretBox;
import com.breakeven.ingestion.connector.UsageApiClient;

/**
 * The connectors' collaborators: the sealing key (from {@code BREAKEVEN_SECRET_KEY} or
 * the key file), the HTTP client with its retry policy, the settings.
 */
@Configuration(proxyBeanMethods = false)
class ConnectorConfiguration {

	/**
	 * The variable is read through the environment, so that a test or a command line can
	 * also pass it as a property of the same name.
	 */
	@Bean
	SecretBox secretBox(Environment environment, SecretsProperties properties) {
		return SecretBox.of(environment.getProperty(SecretBox.ENVIRONMENT_VARIABLE), properties.keyFile());
	}

	@Bean
	ConnectorSettings connectorSettings(ConnectorProperties properties) {
		return new ConnectorSettings(properties.openaiUrl(), properties.anthropicUrl(), properties.backfillDays(),
				properties.restateDays(), properties.spoolDirectory(), properties.staleAfter());
	}

	/**
	 * A test context may define its own {@link UsageApiClient.Sleeper} that records the
	 * waits instead of sleeping.
	 */
	@Bean
	UsageApiClient usageApiClient(ConnectorProperties properties, Clock clock,
			ObjectProvider<UsageApiClient.Sleeper> sleeper) {
		HttpClient http = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(20))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		return new UsageApiClient(http,
				new RetryPolicy(properties.maxAttempts(), properties.firstRetryDelay(), properties.maxRetryDelay()),
				properties.requestTimeout(), sleeper.getIfAvailable(UsageApiClient::threadSleep), clock);
	}

}
