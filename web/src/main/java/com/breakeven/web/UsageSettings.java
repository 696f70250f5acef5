package com.breakeven.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Usage import settings ({@code breakeven.usage.*}).
 *
 * @param maxBadRowShare share of refused AI rows above which an import keeps nothing of
 * the file (0.05 = 5 %)
 * @param chunkSize rows per committed chunk (the restart granularity)
 */
@ConfigurationProperties("breakeven.usage")
record UsageSettings(@DefaultValue("0.05") double maxBadRowShare, @DefaultValue("10000") int chunkSize) {

}
