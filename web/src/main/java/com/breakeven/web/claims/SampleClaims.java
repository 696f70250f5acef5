package com.breakeven.web.claims;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The claims the product ships as examples, read once from
 * {@code sample-data/seed_claims.json}: each with its wording, source, assumptions and
 * the check request that answers it.
 */
@Component
public class SampleClaims {

	static final String RESOURCE = "sample-data/seed_claims.json";

	private final List<Sample> samples;

	SampleClaims(JsonMapper json) {
		this.samples = read(json);
	}

	/**
	 * @param id stable name ({@code cloud-bill-500m})
	 * @param text the claim as published
	 * @param source where it was published
	 * @param assumptions what the check assumes where the claim says nothing
	 * @param check the request that checks it
	 * @param fields the request's fields as text, as the page's form shows them
	 */
	public record Sample(String id, String text, String source, String assumptions, ClaimRequest check,
			Map<String, String> fields) {

	}

	public List<Sample> all() {
		return this.samples;
	}

	public Optional<Sample> find(String id) {
		return this.samples.stream().filter(s -> s.id().equals(id)).findFirst();
	}

	private static List<Sample> read(JsonMapper json) {
		try (InputStream in = SampleClaims.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is not on the class path");
			}
			List<Sample> samples = new ArrayList<>();
			for (JsonNode claim : json.readTree(in).path("claims")) {
				JsonNode check = claim.path("check");
				Map<String, String> fields = new LinkedHashMap<>();
				check.properties().forEach(field -> fields.put(field.getKey(), field.getValue().asString()));
				samples.add(new Sample(claim.path("id").asString(), claim.path("text").asString(),
						claim.path("source").asString(), claim.path("assumptions").asString(),
						json.treeToValue(check, ClaimRequest.class), Map.copyOf(fields)));
			}
			return List.copyOf(samples);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
