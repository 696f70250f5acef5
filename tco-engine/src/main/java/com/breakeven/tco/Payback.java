package com.breakeven.tco;

/** The month cumulative savings first cover the capex, or never, with the reason. */
public sealed interface Payback permits Payback.InMonth, Payback.Never {

	/**
	 * @return paid back in month {@code month} (1 = the first month of operation)
	 */
	static Payback inMonth(int month) {
		return new InMonth(month);
	}

	/**
	 * @return never paid back, because of {@code reason}
	 */
	static Payback never(String reason) {
		return new Never(reason);
	}

	/**
	 * @param month 1-based month of operation in which cumulative savings first reach the
	 * capex
	 */
	record InMonth(int month) implements Payback {

		public InMonth {
			Require.atLeast("month", month, 1);
		}

	}

	/**
	 * @param reason why it never pays back, in words a CFO can act on
	 */
	record Never(String reason) implements Payback {

	}

}
