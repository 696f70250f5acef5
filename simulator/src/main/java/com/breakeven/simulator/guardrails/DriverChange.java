package com.breakeven.simulator.guardrails;

/**
 * How one member of a breakdown (a model, a team, a token class) moved between what was
 * expected and what happened.
 *
 * @param dimension what the breakdown is by ("model", "team", "token class")
 * @param member the member ("openai/gpt-4o")
 * @param expected the member's expected amount
 * @param actual the member's actual amount
 */
public record DriverChange(String dimension, String member, double expected, double actual) {

	/** Actual minus expected. */
	public double change() {
		return this.actual - this.expected;
	}

}
