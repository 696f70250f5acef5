package com.breakeven.web.connector;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the key that seals stored secrets comes from when the environment variable
 * {@code BREAKEVEN_SECRET_KEY} is not set ({@code breakeven.secrets.*}).
 *
 * @param keyFile a file holding 32 random bytes in base64, else {@code null}
 */
@ConfigurationProperties("breakeven.secrets")
record SecretsProperties(Path keyFile) {

}
