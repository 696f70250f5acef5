package com.breakeven.ingestion.usage;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Filters out lines that are not AI usage (counted as filtered by the step); accepted and
 * refused lines pass through to the writer, which stages or quarantines them.
 */
public class UsageLineProcessor implements ItemProcessor<UsageLine, UsageLine> {

	@Override
	public UsageLine process(UsageLine line) {
		return (line instanceof UsageLine.Skipped) ? null : line;
	}

}
