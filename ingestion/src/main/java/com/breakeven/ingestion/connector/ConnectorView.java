package com.breakeven.ingestion.connector;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A connector as the page and the API show it: never its key, only the key's last four
 * characters.
 *
 * @param id its id
 * @param name its name
 * @param provider whose API it pulls
 * @param keyLastFour the admin key's last four characters
 * @param backfillDays complete days its first pull reaches back
 * @param paused whether the schedule skips it
 * @param running whether a pull holds it now
 * @param createdBy who made it
 * @param createdAt when
 * @param lastRunAt when its last pull ended, else {@code null}
 * @param lastSuccessAt when its last pull ended without error, else {@code null}
 * @param lastError the last pull's error, else {@code null}
 * @param completeThrough the last day every stream has stored, else {@code null}
 * @param lagDays complete days not yet stored (0 when up to date), else {@code null}
 * before a first complete pull
 * @param rowsPulled results received over all pulls and streams
 * @param streams each stream's cursor
 */
public record ConnectorView(long id, String name, ConnectorProvider provider, String keyLastFour, int backfillDays,
		boolean paused, boolean running, String createdBy, OffsetDateTime createdAt, OffsetDateTime lastRunAt,
		OffsetDateTime lastSuccessAt, String lastError, LocalDate completeThrough, Long lagDays, long rowsPulled,
		List<StreamView> streams) {

	/**
	 * One stream's cursor.
	 *
	 * @param stream usage or costs
	 * @param endpoint the path it pulls
	 * @param completeThrough the last day stored, else {@code null}
	 * @param resumesAt the first day of the window a stopped pull resumes inside, else
	 * {@code null}
	 * @param pagesPulled pages stored
	 * @param rowsPulled results received
	 */
	public record StreamView(UsageEndpoint.Stream stream, String endpoint, LocalDate completeThrough,
			LocalDate resumesAt, long pagesPulled, long rowsPulled) {
	}

}
