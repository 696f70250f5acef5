package com.breakeven.web.connector;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.breakeven.ingestion.connector.ConnectorProvider;
import com.breakeven.ingestion.connector.ConnectorRefused;
import com.breakeven.ingestion.connector.ConnectorView;
import com.breakeven.ingestion.connector.Connectors;
import com.breakeven.web.api.ApiProblem;

/**
 * Usage connectors over {@code /api/v1/connectors}, for admins: list, create (the admin
 * key is accepted once and never answered back), replace the key, pull now, pause,
 * resume, delete. A pull answers when it has ended, with the connector's cursor and last
 * error.
 */
@RestController
@Tag(name = "connectors")
@RequestMapping("/api/v1/connectors")
class ConnectorApiController {

	private static final String ID = "The connector's id.";

	private final Connectors connectors;

	ConnectorApiController(Connectors connectors) {
		this.connectors = connectors;
	}

	/**
	 * A new connector.
	 *
	 * @param name a name to tell it apart
	 * @param provider {@code OPENAI} or {@code ANTHROPIC}
	 * @param adminKey the provider's admin key
	 * @param backfillDays complete days the first pull reaches back (default 90)
	 */
	@Schema(description = "A new connector.")
	record NewConnector(
			@Schema(description = "A name to tell it apart, 1 to 200 characters.", example = "OpenAI org") String name,
			@Schema(description = "Whose API it pulls: OPENAI or ANTHROPIC.", example = "OPENAI") String provider,
			@Schema(description = "The provider's admin key (OpenAI sk-admin-…, Anthropic sk-ant-admin…); stored "
					+ "encrypted, never shown again.", example = "sk-admin-example") String adminKey,
			@Schema(description = "Complete days the first pull reaches back, days (default 90).",
					example = "90") Integer backfillDays) {

		@Override
		public String toString() {
			// a request logged or shown in a debugger does not show the key
			return "NewConnector[name=" + this.name + ", provider=" + this.provider + "]";
		}

	}

	@GetMapping
	List<ConnectorResponse> list() {
		return this.connectors.all().stream().map(ConnectorResponse::of).toList();
	}

	@GetMapping("/{id}")
	ConnectorResponse one(@Parameter(description = ID, example = "1") @PathVariable long id) {
		return ConnectorResponse.of(answer(() -> this.connectors.find(id)));
	}

	@PostMapping
	ResponseEntity<ConnectorResponse> create(@RequestBody NewConnector request, Principal who) {
		ConnectorView created = answer(() -> this.connectors.create(request.name(), provider(request.provider()),
				request.adminKey(), request.backfillDays(), who.getName()));
		return ResponseEntity.created(URI.create("/api/v1/connectors/" + created.id()))
			.body(ConnectorResponse.of(created));
	}

	/**
	 * A replacement admin key.
	 *
	 * @param adminKey the provider's admin key
	 */
	@Schema(description = "A replacement admin key.")
	record NewKey(@Schema(description = "The provider's admin key; stored encrypted, never shown again.",
			example = "sk-admin-example") String adminKey) {

		@Override
		public String toString() {
			return "NewKey[…]";
		}

	}

	@PutMapping("/{id}/key")
	ConnectorResponse replaceKey(@Parameter(description = ID, example = "1") @PathVariable long id,
			@RequestBody NewKey request, Principal who) {
		return ConnectorResponse.of(answer(() -> this.connectors.replaceKey(id, request.adminKey(), who.getName())));
	}

	@PostMapping("/{id}/run")
	ConnectorResponse run(@Parameter(description = ID, example = "1") @PathVariable long id, Principal who) {
		return ConnectorResponse.of(answer(() -> this.connectors.pull(id, "run now by " + who.getName())));
	}

	@PostMapping("/{id}/pause")
	ConnectorResponse pause(@Parameter(description = ID, example = "1") @PathVariable long id) {
		return ConnectorResponse.of(answer(() -> this.connectors.pause(id)));
	}

	@PostMapping("/{id}/resume")
	ConnectorResponse resume(@Parameter(description = ID, example = "1") @PathVariable long id) {
		return ConnectorResponse.of(answer(() -> this.connectors.resume(id)));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@Parameter(description = ID, example = "1") @PathVariable long id) {
		answer(() -> {
			this.connectors.delete(id);
			return null;
		});
		return ResponseEntity.noContent().build();
	}

	/**
	 * @throws ApiProblem 400 naming the field when the provider is missing or unknown
	 */
	static ConnectorProvider provider(String value) {
		if (value == null || value.isBlank()) {
			throw ApiProblem.badRequest("provider is required: one of " + List.of(ConnectorProvider.values()),
					"provider");
		}
		try {
			return ConnectorProvider.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw ApiProblem.badRequest("provider must be one of " + List.of(ConnectorProvider.values()) + ", was '"
					+ ApiProblem.shortened(value) + "'", "provider");
		}
	}

	private static <T> T answer(java.util.function.Supplier<T> call) {
		try {
			return call.get();
		}
		catch (ConnectorRefused refused) {
			throw switch (refused.reason()) {
				case INVALID -> ApiProblem.badRequest(refused.getMessage(), refused.field());
				case CONFLICT -> ApiProblem.conflict(refused.getMessage(), refused.field());
				case NOT_FOUND -> ApiProblem.notFound(refused.getMessage(), refused.field());
			};
		}
	}

}
