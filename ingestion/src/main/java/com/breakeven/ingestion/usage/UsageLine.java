package com.breakeven.ingestion.usage;

import com.breakeven.ingestion.RowFailure;
import com.breakeven.ingestion.UsageDay;

/**
 * What one line of a usage export became: a usage row, a refusal with its reason, or a
 * line that is not AI usage.
 */
public sealed interface UsageLine permits UsageLine.Accepted, UsageLine.Refused, UsageLine.Skipped {

	/**
	 * @return 1-based line (record) number in the file
	 */
	long line();

	/**
	 * @param line line number
	 * @param usage the canonical row, model and provider not yet resolved
	 */
	record Accepted(long line, UsageDay usage) implements UsageLine {

	}

	/**
	 * @param failure the file, line, column, value and reason
	 */
	record Refused(RowFailure failure) implements UsageLine {

		@Override
		public long line() {
			return this.failure.line();
		}

	}

	/**
	 * @param line line number
	 * @param reason why the line is not AI usage (a compute or storage charge in a
	 * billing export)
	 */
	record Skipped(long line, String reason) implements UsageLine {

	}

}
