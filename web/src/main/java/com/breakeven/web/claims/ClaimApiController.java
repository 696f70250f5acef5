package com.breakeven.web.claims;

import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.breakeven.web.api.ApiProblem;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code POST /api/v1/claims/check}: a published claim (an API bill, a payback, a model
 * on a node) recomputed from the catalogue, with whether it holds, by what factor, and at
 * what volume, price, bill or hardware it would. {@code GET /api/v1/claims/samples}: the
 * claims the product ships, each with the request that checks it.
 */
@RestController
@Tag(name = "claims")
class ClaimApiController {

	private final ClaimService claims;

	private final SampleClaims samples;

	ClaimApiController(ClaimService claims, SampleClaims samples) {
		this.claims = claims;
		this.samples = samples;
	}

	/**
	 * @param id stable name
	 * @param text the claim as published
	 * @param source where it was published
	 * @param assumptions what its check assumes where the claim says nothing
	 * @param check the body to post to {@code /api/v1/claims/check}
	 */
	record SampleView(@Schema(description = "Stable name.", example = "cloud-bill-500m") String id,
			@Schema(description = "The claim as published.") String text,
			@Schema(description = "Where it was published.") String source,
			@Schema(description = "What its check assumes where the claim says nothing.") String assumptions,
			@Schema(description = "The body to post to /api/v1/claims/check.") ClaimRequest check) {

	}

	@GetMapping("/api/v1/claims/samples")
	List<SampleView> samples() {
		return this.samples.all()
			.stream()
			.map(s -> new SampleView(s.id(), s.text(), s.source(), s.assumptions(), s.check()))
			.toList();
	}

	@PostMapping("/api/v1/claims/check")
	ClaimAnswer check(@RequestBody ClaimRequest request) {
		try {
			return this.claims.check(request);
		}
		catch (ClaimRefused refused) {
			throw ApiProblem.unprocessable(refused.getMessage(), refused.byField());
		}
	}

}
