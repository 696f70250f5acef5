package com.breakeven.web.guardrails;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Currency;

/**
 * An alert as stored: raised once per kind, scope and period.
 *
 * @param id the stored id
 * @param kind what raised it
 * @param scope what it is about, in words ("all usage", "workload helpdesk on
 * openai/gpt-4o")
 * @param periodStart the period (or the day) it is about
 * @param periodEnd the period's last day
 * @param title one line
 * @param detail the evidence, with amounts
 * @param amount the amount it is about (the spend, the change), if any
 * @param currency the amount's currency
 * @param state open, acknowledged or muted
 * @param raisedAt when it was raised
 * @param acknowledgedBy who acknowledged or muted it
 */
public record Alert(long id, Kind kind, String scope, LocalDate periodStart, LocalDate periodEnd, String title,
		String detail, BigDecimal amount, Currency currency, State state, OffsetDateTime raisedAt,
		String acknowledgedBy) {

	/** What raises an alert. */
	public enum Kind {

		/** The actual spend reached a threshold of a budget. */
		BUDGET_ACTUAL,

		/** The forecast spend reaches a threshold of a budget. */
		BUDGET_FORECAST,

		/** A day far outside its expected band. */
		ANOMALY,

		/** A list-price change raised a workload's bill by more than the set share. */
		PRICE_CHANGE,

		/** A new model would save more than the set amount. */
		NEW_MODEL_SAVING

	}

	/** Where a person has taken an alert. */
	public enum State {

		OPEN, ACKNOWLEDGED, MUTED

	}

}
