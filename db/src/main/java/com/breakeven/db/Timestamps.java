package com.breakeven.db;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Every timestamp the schema stores is UTC; this is where a clock reading becomes one.
 */
public final class Timestamps {

	private Timestamps() {
	}

	/**
	 * @param clock the application's clock
	 * @return the current instant as a UTC offset date-time, ready to bind to a
	 * {@code TIMESTAMP WITH TIME ZONE}
	 */
	public static OffsetDateTime utcNow(Clock clock) {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

}
