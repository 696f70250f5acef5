/**
 * Evaluation of models on a user's own tasks: accuracy with its Wilson 95 % interval and
 * what each task and each correct answer cost at the one price rule's price. Pure: the
 * answers are counted elsewhere, the price comes resolved.
 */
package com.breakeven.simulator.evaluation;
