package com.breakeven.web.catalogue;

import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import jakarta.validation.Validator;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;

import com.breakeven.pricing.DeviceKind;
import com.breakeven.pricing.Gpu;
import com.breakeven.pricing.HardwareProfile;
import com.breakeven.pricing.HardwareRepository;
import com.breakeven.pricing.HostingProfile;
import com.breakeven.pricing.Model;
import com.breakeven.pricing.ModelArchitecture;
import com.breakeven.pricing.ModelRepository;
import com.breakeven.web.scenario.CatalogueSnapshots;
import com.breakeven.web.scenario.ScenarioStore;

/**
 * Admin edits of the hardware catalogue and of models' architecture, for the catalogue
 * pages and the API alike: a form is checked (Bean Validation, then against the
 * catalogue), refused with a reason per field, or stored. A profile that a saved scenario
 * or a throughput measurement names is not deleted; the refusal names what uses it.
 */
@Service
public class CatalogueEdits {

	/** Codes as the catalogue stores them: lower case, no spaces. */
	static final String CODE = "[a-z0-9][a-z0-9._-]*";

	static final String CODE_RULE = "must be lower-case letters, digits, '.', '_' or '-', starting with a letter or digit";

	static final String CURRENCY = "[A-Z]{3}";

	static final String CURRENCY_RULE = "must be an ISO 4217 code such as USD";

	private final HardwareRepository hardware;

	private final ModelRepository models;

	private final ScenarioStore scenarios;

	private final Validator validator;

	private final CatalogueSnapshots snapshots;

	CatalogueEdits(HardwareRepository hardware, ModelRepository models, ScenarioStore scenarios, Validator validator,
			CatalogueSnapshots snapshots) {
		this.snapshots = snapshots;
		this.hardware = hardware;
		this.models = models;
		this.scenarios = scenarios;
		this.validator = validator;
	}

	@Transactional
	public Gpu createGpu(GpuForm form) {
		Gpu gpu = gpu(form, null);
		if (this.hardware.findGpu(gpu.code()).isPresent()) {
			throw new CodeTaken("a GPU is already coded '" + gpu.code() + "'");
		}
		return this.hardware.addGpu(gpu);
	}

	/**
	 * Replaces the GPU's figures; refused when a hardware profile using it would lose its
	 * GPU price or have it in another currency.
	 */
	@Transactional
	public Gpu updateGpu(String code, GpuForm form) {
		Gpu old = this.hardware.findGpu(code).orElseThrow(() -> new NoSuchEntry("no GPU '" + code + "'"));
		Gpu gpu = gpu(form.withCode(pathCode(old.code(), form.code())), old.id());
		List<String> pricedOtherwise = this.hardware.findAllHardwareProfiles()
			.stream()
			.filter(p -> p.gpuId() == old.id() && !p.currency().equals(gpu.currency()))
			.map(p -> p.code() + " (" + p.currency().getCurrencyCode() + ")")
			.toList();
		if (!pricedOtherwise.isEmpty()) {
			throw new Refused(Map.of((gpu.unitPrice() == null) ? "unitPrice" : "currency", "hardware profiles "
					+ String.join(", ", pricedOtherwise) + " use this GPU and need its unit price in their currency"));
		}
		this.hardware.updateGpu(gpu);
		// a GPU row keeps its id and count, and has no edit time: the snapshot's version
		// cannot show it
		this.snapshots.changed();
		return gpu;
	}

	@Transactional
	public HardwareProfile createHardware(HardwareProfileForm form) {
		HardwareProfile profile = hardwareProfile(form);
		if (this.hardware.findHardwareProfile(profile.code()).isPresent()) {
			throw new CodeTaken("a hardware profile is already coded '" + profile.code() + "'");
		}
		return this.hardware.addHardwareProfile(profile);
	}

	@Transactional
	public HardwareProfile updateHardware(String code, HardwareProfileForm form) {
		HardwareProfile old = this.hardware.findHardwareProfile(code)
			.orElseThrow(() -> new NoSuchEntry("no hardware profile '" + code + "'"));
		HardwareProfile profile = hardwareProfile(form.withCode(pathCode(old.code(), form.code())));
		this.hardware.updateHardwareProfile(profile);
		// its edit time shows the change, but not within one tick of a fixed clock
		this.snapshots.changed();
		return this.hardware.findHardwareProfile(old.code()).orElseThrow();
	}

	/** What names the hardware profile: saved scenarios and throughput measurements. */
	public List<String> usesOfHardware(String code) {
		List<String> uses = scenariosNaming(code, true);
		long measured = this.hardware.measurementsOnHardwareProfile(code);
		if (measured > 0) {
			uses.add(measured + " throughput measurement" + ((measured == 1) ? "" : "s"));
		}
		return uses;
	}

	@Transactional
	public void deleteHardware(String code) {
		HardwareProfile profile = this.hardware.findHardwareProfile(code)
			.orElseThrow(() -> new NoSuchEntry("no hardware profile '" + code + "'"));
		refuseIfUsed("hardware profile " + profile.code(), usesOfHardware(profile.code()));
		this.hardware.deleteHardwareProfile(profile.code());
	}

	@Transactional
	public HostingProfile createHosting(HostingProfileForm form) {
		HostingProfile profile = hostingProfile(form);
		if (this.hardware.findHostingProfile(profile.code()).isPresent()) {
			throw new CodeTaken("a hosting profile is already coded '" + profile.code() + "'");
		}
		return this.hardware.addHostingProfile(profile);
	}

	@Transactional
	public HostingProfile updateHosting(String code, HostingProfileForm form) {
		HostingProfile old = this.hardware.findHostingProfile(code)
			.orElseThrow(() -> new NoSuchEntry("no hosting profile '" + code + "'"));
		HostingProfile profile = hostingProfile(form.withCode(pathCode(old.code(), form.code())));
		this.hardware.updateHostingProfile(profile);
		// its edit time shows the change, but not within one tick of a fixed clock
		this.snapshots.changed();
		return this.hardware.findHostingProfile(old.code()).orElseThrow();
	}

	/** What names the hosting profile: saved scenarios. */
	public List<String> usesOfHosting(String code) {
		return scenariosNaming(code, false);
	}

	@Transactional
	public void deleteHosting(String code) {
		HostingProfile profile = this.hardware.findHostingProfile(code)
			.orElseThrow(() -> new NoSuchEntry("no hosting profile '" + code + "'"));
		refuseIfUsed("hosting profile " + profile.code(), usesOfHosting(profile.code()));
		this.hardware.deleteHostingProfile(profile.code());
	}

	/**
	 * Sets the architecture the memory check reads (and, when stated, whether the weights
	 * are open).
	 * @param modelName canonical name or alias
	 * @return the model as stored
	 */
	@Transactional
	public Model setArchitecture(String modelName, ArchitectureForm form) {
		Model model = this.models.resolve(modelName)
			.orElseThrow(() -> new NoSuchEntry("no model or alias '" + modelName + "' in the catalogue"));
		Map<String, String> refused = violations(form);
		if (refused.isEmpty() && form.activeParametersBillions() != null
				&& form.activeParametersBillions().compareTo(form.parametersBillions()) > 0) {
			refused.put("activeParametersBillions",
					"must be at most the total parameters, " + form.parametersBillions().toPlainString() + " billion");
		}
		Model updated = build(refused,
				() -> model.withArchitecture(
						new ModelArchitecture(form.parametersBillions(), form.activeParametersBillions(), form.layers(),
								form.kvHeads(), form.headDim(), form.contextWindowTokens()),
						(form.openWeights() != null) ? form.openWeights() : model.openWeights()));
		this.models.saveArchitecture(updated);
		// nor can it show a model's architecture
		this.snapshots.changed();
		return this.models.resolve(model.canonicalName()).orElseThrow();
	}

	private Gpu gpu(GpuForm form, Long id) {
		Map<String, String> refused = violations(form);
		if (!refused.containsKey("idleWatts") && form.idleWatts() != null && form.tdpWatts() != null
				&& form.idleWatts() > form.tdpWatts()) {
			refused.put("idleWatts", "must be at most the TDP, " + form.tdpWatts() + " W");
		}
		if (form.unitPrice() != null && blank(form.currency())) {
			refused.putIfAbsent("currency", "is required with a unit price");
		}
		if (form.unitPrice() == null && !blank(form.currency())) {
			refused.putIfAbsent("unitPrice", "is required with a currency (or leave both empty)");
		}
		Currency currency = (form.unitPrice() != null) ? currency(form.currency(), refused) : null;
		return build(refused,
				() -> new Gpu(id, form.code(), form.vendor().strip(), form.displayName().strip(), form.memoryGb(),
						form.tdpWatts(), form.idleWatts(), form.unitPrice(), currency, text(form.source()),
						(form.kind() != null) ? form.kind() : DeviceKind.GPU));
	}

	private HardwareProfile hardwareProfile(HardwareProfileForm form) {
		Map<String, String> refused = violations(form);
		Currency currency = currency(form.currency(), refused);
		Gpu gpu = null;
		if (!refused.containsKey("gpu")) {
			gpu = this.hardware.findGpu(form.gpu()).orElse(null);
			if (gpu == null) {
				refused.put("gpu", "no GPU '" + form.gpu() + "' in the catalogue (GPUs: "
						+ String.join(", ", this.hardware.findAllGpus().stream().map(Gpu::code).toList()) + ")");
			}
			else if (gpu.unitPrice() == null) {
				refused.put("gpu", "GPU " + gpu.code() + " has no unit price: set one on the GPU first");
			}
			else if (currency != null && !gpu.currency().equals(currency)) {
				refused.put("currency", "must be the currency of GPU " + gpu.code() + "'s unit price, "
						+ gpu.currency().getCurrencyCode());
			}
		}
		long gpuId = (gpu != null) ? gpu.id() : 0;
		return build(refused,
				() -> new HardwareProfile(null, form.code(), form.displayName().strip(), gpuId, form.gpusPerNode(),
						form.serverCapex(), form.networkingCapex(), form.installationCapex(), currency,
						form.nodeOverheadWatts(), text(form.source())));
	}

	private HostingProfile hostingProfile(HostingProfileForm form) {
		Map<String, String> refused = violations(form);
		Currency currency = currency(form.currency(), refused);
		if (form.colocationBasis() == com.breakeven.pricing.ColocationBasis.PER_RACK_MONTH
				&& form.rackPowerKw() == null) {
			refused.putIfAbsent("rackPowerKw", "is required when colocation is billed per rack");
		}
		return build(refused,
				() -> new HostingProfile(null, form.code(), form.displayName().strip(), currency,
						form.energyPricePerKwh(), form.pue(), form.colocationBasis(), form.colocationPrice(),
						form.rackPowerKw(), form.staffFtePerNode(), form.staffLoadedCostPerYear(),
						form.supportFractionOfCapexPerYear(), form.softwarePerNodePerYear(), text(form.source())));
	}

	/** Each Bean Validation failure, first message per field, in a stable order. */
	private Map<String, String> violations(Object form) {
		Map<String, String> refused = new java.util.TreeMap<>();
		this.validator.validate(form)
			.forEach(v -> refused.merge(v.getPropertyPath().toString(), v.getMessage(), (a, b) -> a));
		return refused;
	}

	/**
	 * The record, once nothing is refused; a record's own check (its message starts with
	 * the field) is refused by that field.
	 */
	private static <T> T build(Map<String, String> refused, Supplier<T> record) {
		if (refused.isEmpty()) {
			try {
				return record.get();
			}
			catch (IllegalArgumentException ex) {
				String message = Objects.requireNonNullElse(ex.getMessage(), "is not valid");
				int space = message.indexOf(' ');
				refused.put((space > 0) ? message.substring(0, space) : "",
						(space > 0) ? message.substring(space + 1) : message);
			}
		}
		throw new Refused(refused);
	}

	private static Currency currency(String code, Map<String, String> refused) {
		if (blank(code) || refused.containsKey("currency")) {
			return null;
		}
		try {
			return Currency.getInstance(code);
		}
		catch (IllegalArgumentException ex) {
			refused.put("currency", "'" + code + "' is not an ISO 4217 currency");
			return null;
		}
	}

	/**
	 * The code of an entry being replaced: a code in the body must be the one in the
	 * path, since scenarios name profiles by code.
	 */
	private static String pathCode(String pathCode, String bodyCode) {
		if (bodyCode != null && !bodyCode.equals(pathCode)) {
			throw new Refused(Map.of("code",
					"cannot change (was '" + pathCode + "'); create a new entry under the new code instead"));
		}
		return pathCode;
	}

	private List<String> scenariosNaming(String code, boolean hardwareProfile) {
		List<String> uses = new ArrayList<>();
		for (ScenarioStore.Saved saved : this.scenarios.findAll()) {
			String named = hardwareProfile ? saved.form().hardwareProfile() : saved.form().hostingProfile();
			if (code.equalsIgnoreCase(Objects.requireNonNullElse(named, "").strip())) {
				uses.add("scenario “" + saved.name() + "”");
			}
		}
		return uses;
	}

	private static void refuseIfUsed(String what, List<String> uses) {
		if (!uses.isEmpty()) {
			throw new InUse(what + " is used by " + String.join(", ", uses)
					+ ": point those at another profile (or delete them) first", uses);
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String text(String value) {
		return blank(value) ? null : value.strip();
	}

	/** Values refused, each with its reason by field (422 on the API). */
	public static class Refused extends IllegalArgumentException {

		private final Map<String, String> byField;

		Refused(Map<String, String> byField) {
			super(byField.toString());
			this.byField = new LinkedHashMap<>(byField);
		}

		public Map<String, String> byField() {
			return this.byField;
		}

	}

	/** The code is already another entry's (409 on the API). */
	public static class CodeTaken extends IllegalArgumentException {

		CodeTaken(String message) {
			super(message);
		}

	}

	/** Something still names the profile (409 on the API). */
	public static class InUse extends IllegalStateException {

		private final List<String> uses;

		InUse(String message, List<String> uses) {
			super(message);
			this.uses = List.copyOf(uses);
		}

		public List<String> uses() {
			return this.uses;
		}

	}

	/** No GPU, profile or model by that name (404). */
	@ResponseStatus(HttpStatus.NOT_FOUND)
	public static class NoSuchEntry extends RuntimeException {

		NoSuchEntry(String message) {
			super(message);
		}

	}

}
