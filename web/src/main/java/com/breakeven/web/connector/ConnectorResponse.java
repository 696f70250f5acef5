package com.breakeven.web.connector;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import com.breakeven.ingestion.connector.ConnectorView;

/**
 * A connector as {@code /api/v1/connectors} answers it: the ingestion module's view with
 * each field described for the OpenAPI document. Never the key, only its last four
 * characters.
 */
@Schema(description = "A usage connector: pulls a provider's usage and costs with an admin key, on a schedule.")
record ConnectorResponse(@Schema(description = "The connector's id.", example = "1") long id,
		@Schema(description = "A name to tell it apart.", example = "OpenAI org") String name,
		@Schema(description = "Whose API it pulls: OPENAI or ANTHROPIC.", example = "OPENAI") String provider,
		@Schema(description = "The admin key's last four characters; the key itself is never shown again.",
				example = "x9Qa") String keyLastFour,
		@Schema(description = "Complete days the first pull reaches back, days.", example = "90") int backfillDays,
		@Schema(description = "Whether the schedule skips it.", example = "false") boolean paused,
		@Schema(description = "Whether a pull holds it now.", example = "false") boolean running,
		@Schema(description = "Who made it.", example = "admin") String createdBy,
		@Schema(description = "When it was made, ISO 8601 date-time with offset.") OffsetDateTime createdAt,
		@Schema(description = "When its last pull ended, ISO 8601 date-time with offset; null before one.") OffsetDateTime lastRunAt,
		@Schema(description = "When its last pull ended without error, ISO 8601 date-time with offset; null before one.") OffsetDateTime lastSuccessAt,
		@Schema(description = "The last pull's error; null when it succeeded.") String lastError,
		@Schema(description = "The last day every stream has stored, ISO date YYYY-MM-DD; null before a first "
				+ "complete pull.", example = "2026-11-29") LocalDate completeThrough,
		@Schema(description = "Complete days not yet stored, days (0 when up to date); null before a first complete "
				+ "pull.", example = "0") Long lagDays,
		@Schema(description = "Results received over all pulls and streams, a count.",
				example = "5400") long rowsPulled,
		@Schema(description = "Each stream's cursor.") List<Stream> streams) {

	/** One stream's cursor. */
	@Schema(description = "One stream of a connector (usage or costs) and its cursor.")
	record Stream(@Schema(description = "USAGE or COSTS.", example = "USAGE") String stream,
			@Schema(description = "The provider's path it pulls.",
					example = "/v1/organization/usage/completions") String endpoint,
			@Schema(description = "The last day stored, ISO date YYYY-MM-DD; null before one.",
					example = "2026-11-29") LocalDate completeThrough,
			@Schema(description = "The first day of the window a stopped pull resumes inside, ISO date YYYY-MM-DD; "
					+ "null when none is stopped.") LocalDate resumesAt,
			@Schema(description = "Pages stored, a count.", example = "3") long pagesPulled,
			@Schema(description = "Results received, a count.", example = "2700") long rowsPulled) {

	}

	static ConnectorResponse of(ConnectorView view) {
		return new ConnectorResponse(view.id(), view.name(), view.provider().name(), view.keyLastFour(),
				view.backfillDays(), view.paused(), view.running(), view.createdBy(), view.createdAt(),
				view.lastRunAt(), view.lastSuccessAt(), view.lastError(), view.completeThrough(), view.lagDays(),
				view.rowsPulled(),
				view.streams()
					.stream()
					.map(stream -> new Stream(stream.stream().name(), stream.endpoint(), stream.completeThrough(),
							stream.resumesAt(), stream.pagesPulled(), stream.rowsPulled()))
					.toList());
	}

}
