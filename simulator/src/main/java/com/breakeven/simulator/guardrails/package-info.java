/**
 * Guardrails on spend, as pure functions over a scope's daily history: the forecast of a
 * period's spend with its interval ({@link SpendForecaster}), days far outside their
 * expected band ({@link AnomalyDetector}), what drove a change ({@link SpendDrivers}) and
 * where a budget stands ({@link BudgetStatus}). The rules and their reasons are in
 * {@code docs/guardrails.md}.
 */
package com.breakeven.simulator.guardrails;
