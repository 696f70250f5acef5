package com.breakeven.ingestion.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;

import org.junit.jupiter.api.Test;

import com.breakeven.ingestion.RowFailure;
import com.breakeven.ingestion.UsageDay;
import com.breakeven.ingestion.UsageKind;

class UsageValuesTest {

	private static final UsageValues OCTOBER_2026 = new UsageValues(LocalDate.of(2015, 1, 1),
			LocalDate.of(2026, 10, 31));

	@Test
	void costReason_noneForTwelveDecimalsOrEighteenDigits() {
		// per-request spend and FOCUS lines carry more than 6 decimals: kept exactly
		assertThat(UsageValues.costReason(new BigDecimal("0.0000004"))).isNull();
		assertThat(UsageValues.costReason(new BigDecimal("0.000000000001"))).isNull();
		// trailing zeros are not decimals: 1.2500000 is 1.25
		assertThat(UsageValues.costReason(new BigDecimal("1.2500000"))).isNull();
		assertThat(UsageValues.costReason(new BigDecimal("999999999999999999.999999999999"))).isNull();
	}

	@Test
	void costReason_refusesWhatNumeric30And12WouldRoundOrOverflow() {
		assertThat(UsageValues.costReason(new BigDecimal("0.0000000000004")))
			.isEqualTo("has more than 12 decimals: costs are stored to 0.000000000001 and it would be rounded");
		// 10^18 has 19 digits before the point
		assertThat(UsageValues.costReason(new BigDecimal("1E+18")))
			.isEqualTo("exceeds the largest cost stored, 999999999999999999.999999999999 (18 digits before the point)");
	}

	@Test
	void notACount_saysWhetherAFractionOrAnOverflow() {
		assertThat(UsageValues.notACount("1000.7"))
			.isEqualTo("is not a whole number: a count of tokens or requests has no fraction");
		assertThat(UsageValues.notACount("9223372036854775808"))
			.isEqualTo("exceeds the largest count stored, 9223372036854775807");
		assertThat(UsageValues.notACount("lots")).isEqualTo("is not a whole number");
	}

	@Test
	void firstBroken_namesTheFilesColumnForADateOutsideTheWindow() {
		RowFailure failure = OCTOBER_2026.firstBroken(usage(LocalDate.of(9999, 12, 31)), new FocusFormat(), "focus.csv",
				7);

		assertThat(failure.describe()).isEqualTo("focus.csv line 7, field 'ChargePeriodStart': is outside the"
				+ " plausible usage period 2015-01-01 to 2026-10-31 (value '9999-12-31')");
		assertThat(OCTOBER_2026.firstBroken(usage(LocalDate.of(2026, 10, 31)), new FocusFormat(), "focus.csv", 7))
			.isNull();
	}

	@Test
	void utcDay_refusesADayTheMonthDoesNotHaveInEverySpelling() {
		for (String impossible : new String[] { "2026-02-30", "2026-02-29 10:00:00", "2026-02-30 10:00", "2/30/2026",
				"2/29/26", "2026-04-31T00:00:00Z" }) {
			assertThatExceptionOfType(DateTimeParseException.class).as(impossible)
				.isThrownBy(() -> ExportDates.utcDay(impossible));
		}
		assertThat(ExportDates.utcDay("2/29/28")).isEqualTo(LocalDate.of(2028, 2, 29));
	}

	private static UsageDay usage(LocalDate day) {
		return new UsageDay(day, null, "Microsoft", null, "gpt-4o", "sub-1", null, null, null, null, 1000L, null, null,
				null, null, false, new BigDecimal("1.00"), null, null, Currency.getInstance("USD"), UsageKind.BILLED,
				"focus", "focus:acct-1", "L7");
	}

}
