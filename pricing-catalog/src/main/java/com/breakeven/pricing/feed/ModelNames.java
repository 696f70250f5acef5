package com.breakeven.pricing.feed;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.breakeven.pricing.Names;

/**
 * Derives a canonical {@code creator/model} identity from the way feeds and exports spell
 * model names. The rules, in order, each recorded so that no name is guessed silently:
 * <ol>
 * <li>lower case, trimmed; the raw spelling is always an alias;</li>
 * <li>leading route segments that only say how the feed reaches the model
 * ({@code together_ai/}, {@code bedrock/invoke/}, {@code azure/}) are dropped;</li>
 * <li>a region segment ({@code azure/eu/}, {@code bedrock/us-east-1/}) or a cross-region
 * inference prefix ({@code us.}, {@code eu.}, {@code apac.}, {@code global.}) becomes the
 * price's region;</li>
 * <li>a Bedrock-style vendor prefix ({@code anthropic.claude-…-v1:0}) names the creator
 * and loses its version suffix;</li>
 * <li>a Vertex AI version suffix ({@code claude-3-7-sonnet@20250219},
 * {@code codestral@latest}, {@code mistral-large@2411-001}) names a version of the same
 * model: a date is a snapshot, {@code @latest}/{@code @default} the current version, any
 * other a numbered one;</li>
 * <li>an OpenRouter suffix {@code :free} or {@code :beta} marks a variant of the same
 * model;</li>
 * <li>{@code creator/model} spellings name the creator, through a table of creator
 * aliases ({@code mistralai} → {@code mistral}); bare names get the creator of their
 * family ({@code gpt-} → openai, {@code claude-} → anthropic), else the seller;</li>
 * <li>a trailing snapshot date ({@code -2024-08-06}, {@code -20250929}) makes the name an
 * alias of the undated model;</li>
 * <li>the canonical name with dotted versions written with dashes
 * ({@code claude-3-5-sonnet} for {@code claude-3.5-sonnet}) is an alias too, so feeds
 * that spell versions differently meet.</li>
 * </ol>
 */
public final class ModelNames {

	/** The region of a price that names none. */
	public static final String GLOBAL = "global";

	/**
	 * The creator of last resort of a name read for look-up only: no catalogued creator
	 * has this code.
	 */
	private static final String UNKNOWN_SELLER = "unknown-creator";

	private static final Pattern AWS_REGION = Pattern.compile("[a-z]{2}(-gov)?-[a-z]+-\\d");

	private static final Set<String> AZURE_SCOPES = Set.of("eu", "us", "global", "global-standard", "data-zone");

	private static final Pattern CROSS_REGION_PREFIX = Pattern
		.compile("^(us|eu|apac|global|jp|au|ca|us-gov|in)\\.(.+)$");

	private static final Pattern BEDROCK_VENDOR = Pattern.compile(
			"^(anthropic|meta|mistral|amazon|cohere|ai21|deepseek|qwen|openai|writer|twelvelabs|stability|luma|google|minimax|moonshot|moonshotai|xai)\\.(.+)$");

	private static final Pattern BEDROCK_VERSION = Pattern.compile("-v\\d+(:\\d+)?$|:\\d+$");

	/**
	 * Bedrock provisioned-throughput terms ({@code 1-month-commitment}): a pricing
	 * scheme, not a model.
	 */
	private static final Pattern COMMITMENT = Pattern.compile("\\d+-month-commitment");

	/**
	 * A version written with a dot ({@code 3.5}) matches the same version written with a
	 * dash ({@code 3-5}).
	 */
	private static final Pattern DOTTED_VERSION = Pattern.compile("(\\d)\\.(\\d)");

	/**
	 * OpenRouter variants of one model ({@code :free}, {@code :beta}, {@code :batch},
	 * {@code :thinking}…).
	 */
	private static final Pattern SUFFIX_VARIANT = Pattern
		.compile("^(.+):(free|beta|batch|extended|nitro|floor|online|thinking|exacto)$");

	/**
	 * Bedrock's model version ({@code -v1:0}), unambiguous with its colon even without a
	 * vendor prefix.
	 */
	private static final Pattern BEDROCK_COLON_VERSION = Pattern.compile("-v\\d+:\\d+$");

	private static final Pattern ISO_DATE_SUFFIX = Pattern.compile("^(.+)-(\\d{4}-\\d{2}-\\d{2})$");

	private static final Pattern COMPACT_DATE_SUFFIX = Pattern.compile("^(.+)-(20\\d{6})$");

	/**
	 * Route segments that say how a feed reaches a model, not which model it is
	 * ({@code @cf}, {@code @hf}: Cloudflare Workers AI's namespaces for models it hosts
	 * and models from Hugging Face).
	 */
	private static final Set<String> ROUTE_SEGMENTS = Set.of("invoke", "converse", "converse_like", "openai",
			"accounts", "@cf", "@hf");

	/**
	 * Vertex AI's {@code model@version}: the version is a date, {@code latest},
	 * {@code default} or a number ({@code 001}, {@code 2411-001}).
	 */
	private static final Pattern AT_VERSION = Pattern.compile("^([^@]+)@([a-z0-9][a-z0-9-]*)$");

	private static final Pattern DATE_VERSION = Pattern.compile("20\\d{6}");

	private static final Set<String> CURRENT_VERSION = Set.of("latest", "default");

	/** Spellings of creators in {@code creator/model} names. */
	private static final Map<String, String> CREATOR_ALIASES = Map.ofEntries(Map.entry("meta", "meta-llama"),
			Map.entry("meta-llama", "meta-llama"), Map.entry("mistralai", "mistral"), Map.entry("mistral", "mistral"),
			Map.entry("deepseek-ai", "deepseek"), Map.entry("deepseek", "deepseek"), Map.entry("qwen", "qwen"),
			Map.entry("x-ai", "xai"), Map.entry("xai", "xai"), Map.entry("google", "google"),
			Map.entry("openai", "openai"), Map.entry("anthropic", "anthropic"), Map.entry("cohere", "cohere"),
			Map.entry("z-ai", "zhipu"), Map.entry("zai-org", "zhipu"), Map.entry("thudm", "zhipu"),
			Map.entry("moonshotai", "moonshot"), Map.entry("nvidia", "nvidia"), Map.entry("microsoft", "microsoft"),
			Map.entry("amazon", "amazon"), Map.entry("ai21", "ai21"));

	/**
	 * Family prefixes of bare model names and their creators, longest first where
	 * prefixes overlap.
	 */
	private static final List<Map.Entry<String, String>> FAMILY_CREATORS = List.of(Map.entry("gpt-", "openai"),
			Map.entry("chatgpt-", "openai"), Map.entry("o1", "openai"), Map.entry("o3", "openai"),
			Map.entry("o4", "openai"), Map.entry("codex-", "openai"), Map.entry("text-embedding-", "openai"),
			Map.entry("whisper-", "openai"), Map.entry("dall-e-", "openai"), Map.entry("tts-1", "openai"),
			Map.entry("omni-moderation-", "openai"), Map.entry("text-moderation-", "openai"),
			Map.entry("claude-", "anthropic"), Map.entry("claude", "anthropic"), Map.entry("gemini-", "google"),
			Map.entry("gemma", "google"), Map.entry("mistral-", "mistral"), Map.entry("mixtral-", "mistral"),
			Map.entry("codestral", "mistral"), Map.entry("pixtral", "mistral"), Map.entry("ministral", "mistral"),
			Map.entry("magistral", "mistral"), Map.entry("devstral", "mistral"), Map.entry("open-mistral", "mistral"),
			Map.entry("llama-", "meta-llama"), Map.entry("llama3", "meta-llama"), Map.entry("meta-llama", "meta-llama"),
			Map.entry("qwen", "qwen"), Map.entry("deepseek", "deepseek"), Map.entry("grok", "xai"),
			Map.entry("command", "cohere"), Map.entry("glm-", "zhipu"), Map.entry("zai-glm-", "zhipu"),
			Map.entry("kimi", "moonshot"), Map.entry("phi-", "microsoft"), Map.entry("reka-", "reka"),
			Map.entry("code-llama-", "meta-llama"), Map.entry("codellama-", "meta-llama"), Map.entry("jamba-", "ai21"),
			Map.entry("minimax-", "minimax"), Map.entry("nemotron-", "nvidia"));

	private ModelNames() {
	}

	/**
	 * @param rawKey the model name as the feed or export writes it
	 * @param routePrefixes leading segments that name the feed's route to the seller
	 * ({@code together_ai}, {@code bedrock}); dropped
	 * @param sellerCode the seller's provider code, the creator of last resort
	 * @return the identity
	 */
	public static ModelIdentity identify(String rawKey, Set<String> routePrefixes, String sellerCode) {
		String key = Names.normalise(rawKey);
		Set<String> aliases = new LinkedHashSet<>();
		aliases.add(key);
		String region = GLOBAL;
		List<String> segments = List.of(key.split("/"));
		int first = 0;
		while (first < segments.size() - 1) {
			String segment = segments.get(first);
			if (routePrefixes.contains(segment) || ROUTE_SEGMENTS.contains(segment)) {
				first++;
			}
			else if (AWS_REGION.matcher(segment).matches() || segment.equals("*")
					|| (routePrefixes.contains("azure") && AZURE_SCOPES.contains(segment))) {
				region = segment;
				first++;
			}
			else if (segment.equals("fireworks") || segment.equals("models") || COMMITMENT.matcher(segment).matches()) {
				first++;
			}
			else {
				break;
			}
		}
		String name = String.join("/", segments.subList(first, segments.size()));
		Matcher crossRegion = CROSS_REGION_PREFIX.matcher(name);
		if (crossRegion.matches()) {
			region = crossRegion.group(1);
			name = crossRegion.group(2);
		}
		String creator = null;
		Matcher vendor = BEDROCK_VENDOR.matcher(name);
		if (!name.contains("/") && vendor.matches()) {
			creator = creatorOf(vendor.group(1));
			name = BEDROCK_VERSION.matcher(vendor.group(2)).replaceAll("");
		}
		name = BEDROCK_COLON_VERSION.matcher(name).replaceAll("");
		int variant = 0;
		String snapshotDate = "";
		Matcher atVersion = AT_VERSION.matcher(name);
		if (atVersion.matches()) {
			aliases.add(name);
			name = atVersion.group(1);
			String version = atVersion.group(2);
			if (DATE_VERSION.matcher(version).matches()) {
				snapshotDate = version;
				variant = 2;
			}
			else {
				variant = CURRENT_VERSION.contains(version) ? 1 : 2;
			}
		}
		Matcher suffix = SUFFIX_VARIANT.matcher(name);
		if (suffix.matches()) {
			name = suffix.group(1);
			variant = 1;
		}
		if (name.contains("/")) {
			int slash = name.indexOf('/');
			String named = name.substring(0, slash);
			if (creator == null) {
				creator = creatorOf(named);
			}
			name = name.substring(slash + 1);
		}
		if (creator == null) {
			creator = familyCreator(name, sellerCode);
		}
		Matcher iso = ISO_DATE_SUFFIX.matcher(name);
		Matcher compact = COMPACT_DATE_SUFFIX.matcher(name);
		if (iso.matches()) {
			aliases.add(name);
			name = iso.group(1);
			snapshotDate = iso.group(2).replace("-", "");
			variant = 2;
		}
		else if (compact.matches()) {
			aliases.add(name);
			name = compact.group(1);
			snapshotDate = compact.group(2);
			variant = 2;
		}
		name = name.replace('/', '-');
		aliases.add(name);
		String canonical = creator + "/" + name;
		aliases.add(canonical);
		aliases.add(DOTTED_VERSION.matcher(canonical).replaceAll("$1-$2"));
		return new ModelIdentity(canonical, creator, region, aliases, variant, snapshotDate);
	}

	/**
	 * Where a name from outside the catalogue stops being a spelling and becomes a guess:
	 * the spellings under which the model it names may be catalogued, for look-up only
	 * (never stored as aliases). They are the {@link #identify identity}'s aliases (the
	 * creator spelled as the catalogue spells it, the undated name of a dated snapshot,
	 * dotted versions written with dashes), for the name as written and as two
	 * publishers' conventions write it:
	 * <ul>
	 * <li>Hugging Face repositories of Meta call Llama 3 and 3.1 {@code Meta-Llama-3-8B}
	 * and mark Llama 2's Transformers conversion {@code -hf}
	 * ({@code Llama-2-7b-chat-hf}): the models {@code llama-3-8b},
	 * {@code llama-2-7b-chat};</li>
	 * <li>Fireworks writes a dotted version with a {@code p} ({@code qwen1p5-72b-chat} is
	 * {@code qwen1.5-72b-chat}).</li>
	 * </ul>
	 * @param rawName a model name as a leaderboard or an evaluation result writes it
	 * @return the spellings, the name itself (normalised) first
	 */
	public static Set<String> spellings(String rawName) {
		String key = Names.normalise(rawName);
		Set<String> written = new LinkedHashSet<>();
		written.add(key);
		int slash = key.lastIndexOf('/');
		String prefix = key.substring(0, slash + 1);
		String name = key.substring(slash + 1);
		if (name.startsWith("meta-llama-")) {
			written.add(prefix + name.substring("meta-".length()));
		}
		for (String spelled : List.copyOf(written)) {
			if (spelled.endsWith("-hf")) {
				written.add(spelled.substring(0, spelled.length() - "-hf".length()));
			}
		}
		Set<String> spellings = new LinkedHashSet<>();
		for (String spelled : written) {
			spellings.add(spelled);
			spellings.addAll(identify(spelled, Set.of(), UNKNOWN_SELLER).aliases());
		}
		for (String spelled : List.copyOf(spellings)) {
			spellings.add(DOTTED_VERSION.matcher(spelled).replaceAll("$1p$2"));
		}
		return spellings;
	}

	private static String creatorOf(String spelled) {
		String known = CREATOR_ALIASES.get(spelled);
		return (known != null) ? known : spelled.replace('_', '-').replace('.', '-');
	}

	private static String familyCreator(String bareName, String sellerCode) {
		for (Map.Entry<String, String> family : FAMILY_CREATORS) {
			if (bareName.startsWith(family.getKey())) {
				return family.getValue();
			}
		}
		return sellerCode.toLowerCase(Locale.ROOT);
	}

}
