package com.breakeven.ingestion;

import java.time.OffsetDateTime;

/**
 * One import of one file or feed.
 *
 * @param id database id
 * @param kind what was imported
 * @param format the source's format ({@code FOCUS}, {@code LITELLM}, {@code VLLM})
 * @param source file path or URL
 * @param sourceSha256 SHA-256 of the source bytes, hex, when known
 * @param status where the run stands
 * @param startedAt when it started, UTC
 * @param endedAt when it ended, UTC, or {@code null} while running
 * @param counts what it did
 * @param message the reason of a failure, or a summary
 */
public record ImportRun(long id, ImportKind kind, String format, String source, String sourceSha256,
		ImportStatus status, OffsetDateTime startedAt, OffsetDateTime endedAt, ImportCounts counts, String message) {

}
