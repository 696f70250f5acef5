package com.breakeven.web.guardrails;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Currency;

import io.swagger.v3.oas.annotations.media.Schema;

import com.breakeven.web.api.ApiDocs;

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
@Schema(description = "An alert: raised once per kind, scope and period.")
public record Alert(@Schema(description = "Alert id.", example = "1") long id,
		@Schema(description = "What raised it: a budget's actual or forecast spend, an anomalous day, a price change "
				+ "or a new model's saving.", example = "BUDGET_ACTUAL") Kind kind,
		@Schema(description = "What it is about, in words.",
				example = "budget AI spend, customer support") String scope,
		@Schema(description = "First day of the period (or the day) it is about" + ApiDocs.ISO_DATE,
				example = "2026-10-01") LocalDate periodStart,
		@Schema(description = "Last day of that period" + ApiDocs.ISO_DATE, example = "2026-10-31") LocalDate periodEnd,
		@Schema(description = "One line.") String title,
		@Schema(description = "The evidence, with amounts, in words.") String detail,
		@Schema(description = "The amount it is about (the spend, the change), in currency; absent when none.",
				example = "41250.00") BigDecimal amount,
		@Schema(description = ApiDocs.CURRENCY + " Absent when there is no amount.", type = "string",
				example = "USD") Currency currency,
		@Schema(description = "OPEN, ACKNOWLEDGED or MUTED.", example = "OPEN") State state,
		@Schema(description = "When it was raised" + ApiDocs.INSTANT,
				example = "2026-10-21T06:00:00Z") OffsetDateTime raisedAt,
		@Schema(description = "User who acknowledged or muted it; absent while open.") String acknowledgedBy) {

	/** What raises an alert. */
	public enum Kind {

		/** The actual spend reached a threshold of a budget. */
		BUDGET_ACTUAL("Budget threshold, spend to date"),

		/** The forecast spend reaches a threshold of a budget. */
		BUDGET_FORECAST("Budget threshold, forecast"),

		/** A day far outside its expected band. */
		ANOMALY("Unusual day"),

		/** A list-price change raised a workload's bill by more than the set share. */
		PRICE_CHANGE("List-price rise"),

		/** A new model would save more than the set amount. */
		NEW_MODEL_SAVING("New model worth a move");

		private final String words;

		Kind(String words) {
			this.words = words;
		}

		/** The kind as pages show it: "Unusual day". */
		public String words() {
			return this.words;
		}

	}

	/** Where a person has taken an alert. */
	public enum State {

		OPEN, ACKNOWLEDGED, MUTED

	}

}
