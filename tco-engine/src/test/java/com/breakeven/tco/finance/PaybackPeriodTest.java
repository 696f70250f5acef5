package com.breakeven.tco.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;

import org.junit.jupiter.api.Test;

import com.breakeven.tco.Payback;

class PaybackPeriodTest {

	private static final Currency USD = Currency.getInstance("USD");

	@Test
	void paybackMonth_isTheFirstMonthCumulativeSavingsReachTheCapex() {
		// savings 30 a month (API 50 − running 20) on 100 of capex: cumulative −100, −70,
		// −40, −10, +20 → month 4
		Payback payback = PaybackPeriod.paybackMonth(USD, flows(100, 0, 0, 0, 0), flows(0, 20, 20, 20, 20),
				flows(0, 50, 50, 50, 50), 0);

		assertThat(payback).isEqualTo(Payback.inMonth(4));
		assertThat(payback.reason()).isEqualTo("pays back in month 4");
	}

	@Test
	void paybackMonth_countsAMonthThatExactlyCoversTheCapex() {
		// −100 + 50 + 50 = 0 in month 2
		assertThat(PaybackPeriod.paybackMonth(USD, flows(100, 0, 0, 0), flows(0, 0, 0, 0), flows(0, 50, 50, 50), 0))
			.isEqualTo(Payback.inMonth(2));
	}

	@Test
	void paybackMonth_mustStayPaidBackToTheHorizon() {
		// a refresh bought in month 3 sets it back: cumulative −100, −40, +20, −60, 0,
		// +60
		// → covered for good from month 4 (0 counts as covered)
		Payback payback = PaybackPeriod.paybackMonth(USD, flows(100, 0, 0, 140, 0, 0), flows(0, 0, 0, 0, 0, 0),
				flows(0, 60, 60, 60, 60, 60), 0);

		assertThat(payback).isEqualTo(Payback.inMonth(4));
	}

	@Test
	void paybackMonth_reportsTheLeadTimeThatDelaysIt() {
		// paid up front, 2 months waiting on the API (no saving), then 100 a month:
		// −300, −300, −300, −200, −100, 0 → month 5, of which 2 waiting
		Payback payback = PaybackPeriod.paybackMonth(USD, flows(300, 0, 0, 0, 0, 0), flows(0, 80, 80, 0, 0, 0),
				flows(0, 80, 80, 100, 100, 100), 2);

		assertThat(payback).isEqualTo(new Payback.InMonth(5, 2));
		assertThat(payback.reason())
			.isEqualTo("pays back in month 5, delayed by the 2-month lead time before the hardware serves");
	}

	@Test
	void paybackMonth_neverBecauseOpexAloneExceedsTheApiBill() {
		// running 120 against an avoided bill of 100 every month: no horizon helps
		Payback payback = PaybackPeriod.paybackMonth(USD, flows(100, 0, 0, 0), flows(0, 120, 120, 120),
				flows(0, 100, 100, 100), 0);

		assertThat(payback).isEqualTo(Payback.never(Payback.Why.OPEX_EXCEEDS_API,
				"never: in every month of the horizon its running cost alone (120.00 USD a month) is at least the API"
						+ " bill it replaces (100.00 USD a month), so a longer horizon will not help"));
	}

	@Test
	void paybackMonth_neverWhenTheApiPriceFallsBelowTheRunningCostByTheEnd() {
		// saves 50, then 10, then loses 10 in the last month: the trend is against it
		Payback payback = PaybackPeriod.paybackMonth(USD, flows(100, 0, 0, 0), flows(0, 50, 50, 50),
				flows(0, 100, 60, 40), 0);

		assertThat(payback).isInstanceOfSatisfying(Payback.Never.class, never -> {
			assertThat(never.why()).isEqualTo(Payback.Why.OPEX_EXCEEDS_API);
			assertThat(never.reason()).startsWith("never: in month 3, the last of the horizon, its running cost alone"
					+ " (50.00 USD a month) is at least the API bill it replaces (40.00 USD a month)");
		});
	}

	@Test
	void paybackMonth_notWithinTheHorizonSaysTheHorizonAndWhatIsRecovered() {
		// 20 a month for 3 months recovers 60 of 100
		Payback payback = PaybackPeriod.paybackMonth(USD, flows(100, 0, 0, 0), flows(0, 0, 0, 0), flows(0, 20, 20, 20),
				0);

		assertThat(payback).isEqualTo(Payback.never(Payback.Why.NOT_WITHIN_HORIZON,
				"not within the 3-month horizon: after 3 months the savings have recovered 60 % of the capital"
						+ " (100.00 USD); it saves 20.00 USD a month by then"));
	}

	@Test
	void paybackMonth_neverForAMoveThatSavesNothing() {
		// an API at the same price as today's: all flows zero must not read "month 1"
		Payback payback = PaybackPeriod.paybackMonth(USD, flows(0, 0, 0), flows(0, 70, 70), flows(0, 70, 70), 0);

		assertThat(payback).isInstanceOfSatisfying(Payback.Never.class,
				never -> assertThat(never.why()).isEqualTo(Payback.Why.OPEX_EXCEEDS_API));
	}

	@Test
	void paybackMonth_aCheaperApiPaysBackInMonthOne() {
		// no capital, saves 30 from the first month; cross-check: cumulative 30 >= 0
		assertThat(PaybackPeriod.paybackMonth(USD, flows(0, 0, 0), flows(0, 70, 70), flows(0, 100, 100), 0))
			.isEqualTo(Payback.inMonth(1));
	}

	@Test
	void month_isTheMonthOfPaybackMonthWithoutItsReasons() {
		// the refresh case above (month 4), the exact cover (month 2), opex above the
		// bill
		// and too little recovered (both never: 0)
		assertThat(
				PaybackPeriod.month(flows(100, 0, 0, 140, 0, 0), flows(0, 0, 0, 0, 0, 0), flows(0, 60, 60, 60, 60, 60)))
			.isEqualTo(4);
		assertThat(PaybackPeriod.month(flows(100, 0, 0, 0), flows(0, 0, 0, 0), flows(0, 50, 50, 50))).isEqualTo(2);
		assertThat(PaybackPeriod.month(flows(100, 0, 0, 0), flows(0, 120, 120, 120), flows(0, 100, 100, 100))).isZero();
		assertThat(PaybackPeriod.month(flows(100, 0, 0, 0), flows(0, 0, 0, 0), flows(0, 20, 20, 20))).isZero();
		assertThat(PaybackPeriod.month(flows(0, 0, 0), flows(0, 70, 70), flows(0, 70, 70))).isZero();
	}

	@Test
	void notAMove_saysTheStrategyIsToday() {
		assertThat(Payback.notAMove("All on current API").reason())
			.isEqualTo("not a move: All on current API is what the workload runs on today");
	}

	private static double[] flows(double... months) {
		return months;
	}

}
