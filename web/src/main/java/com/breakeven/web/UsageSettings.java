package com.breakeven.web;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Usage import settings ({@code breakeven.usage.*}).
 *
 * @param maxBadRowShare share of refused AI rows above which an import keeps nothing of
 * the file (0.05 = 5 %)
 * @param chunkSize rows per committed chunk (the restart granularity)
 * @param earliestUsageDate the first plausible usage day (ISO date); an older row is
 * quarantined
 * @param maxDaysAhead days after today (UTC) a usage row may be dated; a later row is
 * quarantined
 */
@ConfigurationProperties("breakeven.usage")
record UsageSettings(@DefaultValue("0.05") double maxBadRowShare, @DefaultValue("50000") int chunkSize,
		@DefaultValue("2015-01-01") LocalDate earliestUsageDate, @DefaultValue("7") int maxDaysAhead) {

}
