package com.breakeven.tco;

import java.util.Locale;

/**
 * The month cumulative savings first cover what a move cost (and stay covered), or never,
 * with a reason a CFO can act on.
 */
public sealed interface Payback permits Payback.InMonth, Payback.Never {

	/**
	 * @return paid back in month {@code month} (1 = the first month), with no lead time
	 */
	static Payback inMonth(int month) {
		return new InMonth(month, 0);
	}

	/**
	 * @return never paid back, because of {@code why}, explained in {@code reason}
	 */
	static Payback never(Why why, String reason) {
		return new Never(why, reason);
	}

	/**
	 * @param what the strategy, as named to the user
	 * @return never, because the strategy is what runs today: nothing to pay back
	 */
	static Payback notAMove(String what) {
		return new Never(Why.NOT_A_MOVE, "not a move: " + what + " is what the workload runs on today");
	}

	/**
	 * @return the answer in words a CFO can act on
	 */
	String reason();

	/** Why a move never pays back. */
	enum Why {

		/**
		 * Its running cost alone is at least the API bill it replaces at the horizon's
		 * end: a longer horizon will not help.
		 */
		OPEX_EXCEEDS_API,
		/**
		 * It saves each month, but not enough to recover its capital within the horizon.
		 */
		NOT_WITHIN_HORIZON,
		/**
		 * The strategy is the one in use today (or the same model): nothing to pay back.
		 */
		NOT_A_MOVE

	}

	/**
	 * @param month 1-based month in which cumulative savings reach what the move cost and
	 * stay there to the horizon
	 * @param leadTimeMonths months of it spent waiting for the hardware (paid, not yet
	 * serving), 0 when none
	 */
	record InMonth(int month, int leadTimeMonths) implements Payback {

		public InMonth {
			Require.atLeast("month", month, 1);
			Require.atLeast("leadTimeMonths", leadTimeMonths, 0);
		}

		/** Paid back in {@code month}, with no lead time. */
		public InMonth(int month) {
			this(month, 0);
		}

		@Override
		public String reason() {
			if (this.leadTimeMonths == 0) {
				return "pays back in month " + this.month;
			}
			return String.format(Locale.ROOT,
					"pays back in month %d, delayed by the %d-month lead time before the hardware serves", this.month,
					this.leadTimeMonths);
		}

	}

	/**
	 * @param why the kind of reason, for callers that act on it
	 * @param reason why it never pays back, in words a CFO can act on
	 */
	record Never(Why why, String reason) implements Payback {

		public Never {
			Require.notNull("why", why);
			Require.notNull("reason", reason);
		}

	}

}
