/**
 * The planning core's rules: which price a question is answered at (the one price rule),
 * with negotiated terms and currency conversion stated, resolved from what a
 * {@link com.breakeven.simulator.planning.PlanningCatalogue} supplies. Pure: the
 * catalogue is read through the interface, the answer is an immutable record.
 */
package com.breakeven.simulator.planning;
