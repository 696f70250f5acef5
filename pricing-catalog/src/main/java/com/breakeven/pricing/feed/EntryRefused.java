package com.breakeven.pricing.feed;

/**
 * Unwinds the parsing of one feed entry that must be refused; caught by the feed reader,
 * never escapes it.
 */
final class EntryRefused extends RuntimeException {

	private final transient FeedProblem problem;

	EntryRefused(FeedProblem problem) {
		super(problem.describe(), null, false, false);
		this.problem = problem;
	}

	FeedProblem problem() {
		return this.problem;
	}

}
