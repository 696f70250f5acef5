package com.breakeven.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * A seller's name for people, from its code: "Together AI" for {@code together-ai}. The
 * one place pages, PDFs and reports name a seller (templates reach it as
 * {@code @sellers.name(code)}); the API, the CSV and XLSX downloads and the LiteLLM
 * routing file keep the code.
 * <p>
 * Known sellers are listed below, as the sellers name themselves (the sample catalogue's
 * providers, and the LiteLLM and OpenRouter sellers prices are commonly imported from). A
 * code not listed is written as its words, each capitalised and "ai" as "AI"
 * ({@code fireworks-ai} → "Fireworks AI"): a reading of the code, never a different name.
 */
@Component("sellers")
public class SellerNames {

	private static final Map<String, String> KNOWN = Map.ofEntries(Map.entry("openai", "OpenAI"),
			Map.entry("anthropic", "Anthropic"), Map.entry("google", "Google"),
			Map.entry("google-vertex-ai", "Google Vertex AI"), Map.entry("google-ai-studio", "Google AI Studio"),
			Map.entry("deepseek", "DeepSeek"), Map.entry("mistral", "Mistral AI"), Map.entry("meta-llama", "Meta"),
			Map.entry("meta", "Meta"), Map.entry("qwen", "Qwen (Alibaba)"), Map.entry("together-ai", "Together AI"),
			Map.entry("groq", "Groq"), Map.entry("deepinfra", "DeepInfra"), Map.entry("lambda", "Lambda"),
			Map.entry("lambda-ai", "Lambda"), Map.entry("runpod", "RunPod"), Map.entry("self-hosted", "Own GPUs"),
			Map.entry("openrouter", "OpenRouter"), Map.entry("aws-bedrock", "Amazon Bedrock"),
			Map.entry("bedrock-mantle", "Amazon Bedrock (Mantle)"), Map.entry("sagemaker", "Amazon SageMaker"),
			Map.entry("amazon-nova", "Amazon Nova"), Map.entry("azure-openai", "Azure OpenAI"),
			Map.entry("azure-ai", "Azure AI Foundry"), Map.entry("darkbloom", "Darkbloom"),
			Map.entry("fireworks-ai", "Fireworks AI"), Map.entry("cerebras", "Cerebras"),
			Map.entry("sambanova", "SambaNova"), Map.entry("xai", "xAI"), Map.entry("cohere-chat", "Cohere"),
			Map.entry("nebius", "Nebius"), Map.entry("novita", "Novita AI"), Map.entry("hyperbolic", "Hyperbolic"),
			Map.entry("baseten", "Baseten"), Map.entry("perplexity", "Perplexity"),
			Map.entry("databricks", "Databricks"), Map.entry("snowflake", "Snowflake"),
			Map.entry("watsonx", "IBM watsonx"), Map.entry("oci", "Oracle Cloud (OCI)"),
			Map.entry("cloudflare", "Cloudflare Workers AI"), Map.entry("moonshot", "Moonshot AI"),
			Map.entry("zai", "Z.ai"), Map.entry("minimax", "MiniMax"),
			Map.entry("dashscope", "Alibaba Cloud Model Studio"), Map.entry("replicate", "Replicate"),
			Map.entry("friendliai", "FriendliAI"), Map.entry("crusoe", "Crusoe"), Map.entry("scaleway", "Scaleway"),
			Map.entry("ovhcloud", "OVHcloud"), Map.entry("nscale", "Nscale"), Map.entry("ai21", "AI21 Labs"),
			Map.entry("featherless-ai", "Featherless AI"), Map.entry("vercel-ai-gateway", "Vercel AI Gateway"));

	/** Words of a code written in capitals where they stand alone. */
	private static final Set<String> CAPITALS = Set.of("ai", "api", "gpu", "aws", "ibm", "llm");

	/**
	 * @param code a seller's code ({@code together-ai})
	 * @return its name for people; "" for none
	 */
	public static String of(String code) {
		if (code == null || code.isBlank()) {
			return "";
		}
		String key = code.strip().toLowerCase(Locale.ROOT).replace('_', '-');
		String known = KNOWN.get(key);
		return (known != null) ? known : words(key);
	}

	/**
	 * Each code's name, for a chart's series or a table's columns: two codes of one name
	 * ({@code meta}, {@code meta-llama}) keep their codes beside it ("Meta
	 * (meta-llama)"), so that no two read the same.
	 * @param codes sellers' codes
	 * @return each code to its name, in the codes' order
	 */
	public static Map<String, String> distinct(java.util.Collection<String> codes) {
		Map<String, Long> uses = codes.stream()
			.distinct()
			.collect(java.util.stream.Collectors.groupingBy(SellerNames::of, java.util.stream.Collectors.counting()));
		Map<String, String> names = new java.util.LinkedHashMap<>();
		for (String code : codes) {
			String name = of(code);
			names.put(code, (uses.get(name) > 1) ? name + " (" + code + ")" : name);
		}
		return names;
	}

	/** The same as {@link #of}, for templates ({@code @sellers.name(code)}). */
	public String name(String code) {
		return of(code);
	}

	private static String words(String key) {
		StringBuilder name = new StringBuilder();
		for (String word : key.split("-")) {
			if (word.isEmpty()) {
				continue;
			}
			if (!name.isEmpty()) {
				name.append(' ');
			}
			name.append(CAPITALS.contains(word) ? word.toUpperCase(Locale.ROOT)
					: Character.toUpperCase(word.charAt(0)) + word.substring(1));
		}
		return name.toString();
	}

}
