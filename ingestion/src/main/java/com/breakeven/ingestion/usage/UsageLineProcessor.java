package com.breakeven.ingestion.usage;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import com.breakeven.ingestion.RowFailure;

/**
 * Filters out lines that are not AI usage (counted as filtered by the step) and refuses
 * accepted rows outside {@link UsageValues}' limits; accepted and refused lines pass
 * through to the writer, which stages or quarantines them.
 */
public class UsageLineProcessor implements ItemProcessor<UsageLine, UsageLine> {

	private final UsageValues limits;

	private final UsageFormat format;

	private final String fileName;

	UsageLineProcessor(UsageValues limits, UsageFormat format, String fileName) {
		this.limits = limits;
		this.format = format;
		this.fileName = fileName;
	}

	@Override
	public UsageLine process(UsageLine line) {
		if (line instanceof UsageLine.Skipped) {
			return null;
		}
		if (line instanceof UsageLine.Accepted accepted) {
			RowFailure broken = this.limits.firstBroken(accepted.usage(), this.format, this.fileName, accepted.line());
			return (broken != null) ? new UsageLine.Refused(broken) : line;
		}
		return line;
	}

}
