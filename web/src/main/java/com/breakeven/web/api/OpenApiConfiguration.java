package com.breakeven.web.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The published OpenAPI 3 document ({@code /v3/api-docs}, Swagger UI at
 * {@code /swagger-ui.html}): the {@code /api/v1} endpoints, each requiring a bearer
 * token.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String BEARER = "bearer";

	@Bean
	OpenAPI breakevenApi() {
		return new OpenAPI()
			.info(new Info().title("Breakeven API")
				.version("v1")
				.description("Prices, usage, quotes, scenarios, recommendations and imports of Breakeven. Amounts are "
						+ "decimal strings with a currency field, rates carry a unit field, dates are ISO-8601; lists "
						+ "are paged (page from 0, size up to 500); every error is an RFC 9457 problem naming the "
						+ "offending field. Send Authorization: Bearer <token> (Admin → API tokens)."))
			.components(new Components().addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").description("An API token")))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

}
