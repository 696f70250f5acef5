package com.breakeven.web;

import org.springframework.stereotype.Service;

import com.breakeven.ingestion.UsageRepository;
import com.breakeven.ingestion.UsageSummary;
import com.breakeven.web.recommendation.Recommendations;

/**
 * The landing page's answer: the recommendations' default question, asked as the page
 * asks it.
 */
@Service
class LandingService {

	private final UsageRepository usage;

	private final Recommendations recommendations;

	LandingService(UsageRepository usage, Recommendations recommendations) {
		this.usage = usage;
		this.recommendations = recommendations;
	}

	Landing landing() {
		UsageSummary summary = this.usage.summary();
		if (summary.rows() == 0) {
			return new Landing(summary, null, null);
		}
		try {
			return new Landing(summary, this.recommendations.advise(Recommendations.DEFAULTS).orElse(null), null);
		}
		catch (IllegalArgumentException ex) {
			return new Landing(summary, null, ex.getMessage());
		}
	}

}
