package com.breakeven.web.catalogue;

import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.breakeven.web.DeleteConfirmation;
import com.breakeven.pricing.ColocationBasis;
import com.breakeven.pricing.DeviceKind;
import com.breakeven.pricing.Gpu;
import com.breakeven.pricing.HardwareProfile;
import com.breakeven.pricing.HardwareRepository;
import com.breakeven.pricing.HostingProfile;
import com.breakeven.pricing.ModelRepository;
import com.breakeven.web.forms.NumberEditor;

/**
 * The catalogue's editor pages: a GPU, a hardware profile, a hosting profile (new, edit,
 * delete when unused) and a model's architecture. Anyone signed in reads them; admins
 * save. A refused value is shown beside its field; a refused deletion names what still
 * uses the profile.
 */
@Controller
class ProfilePagesController {

	/**
	 * The hosting field the page shows in percent, while the catalogue refuses fractions.
	 */
	private static final String SUPPORT = "supportFractionOfCapexPerYear";

	private static final String SUPPORT_IN_PERCENT = "must be a percentage from 0 to under 100, with at most 4 decimals";

	private final HardwareRepository hardware;

	private final ModelRepository models;

	private final CatalogueEdits edits;

	ProfilePagesController(HardwareRepository hardware, ModelRepository models, CatalogueEdits edits) {
		this.hardware = hardware;
		this.models = models;
		this.edits = edits;
	}

	@GetMapping("/catalogue/gpus/new")
	String newGpu(Model page) {
		return editor(page, "gpu", null,
				new GpuForm(null, null, null, null, null, null, null, "USD", null, DeviceKind.GPU));
	}

	@GetMapping("/catalogue/gpus/{code}")
	String gpu(@PathVariable String code, Model page) {
		Gpu gpu = this.hardware.findGpu(code)
			.orElseThrow(() -> new CatalogueEdits.NoSuchEntry("no GPU '" + code + "'"));
		return editor(page, "gpu", gpu.code(), GpuForm.of(gpu));
	}

	@PostMapping("/catalogue/gpus")
	String createGpu(@ModelAttribute("form") GpuForm form, BindingResult errors, Model page,
			HttpServletResponse response, RedirectAttributes redirect) {
		return save(page, "gpu", null, form, errors, response, redirect, () -> this.edits.createGpu(form).code());
	}

	@PostMapping("/catalogue/gpus/{code}")
	String updateGpu(@PathVariable String code, @ModelAttribute("form") GpuForm form, BindingResult errors, Model page,
			HttpServletResponse response, RedirectAttributes redirect) {
		return save(page, "gpu", code, form, errors, response, redirect, () -> this.edits.updateGpu(code, form).code());
	}

	@GetMapping("/catalogue/hardware/new")
	String newHardware(Model page) {
		return editor(page, "hardware", null,
				new HardwareProfileForm(null, null, null, 8, null, null, null, "USD", null, null));
	}

	@GetMapping("/catalogue/hardware/{code}")
	String hardware(@PathVariable String code, Model page) {
		HardwareProfile profile = this.hardware.findHardwareProfile(code)
			.orElseThrow(() -> new CatalogueEdits.NoSuchEntry("no hardware profile '" + code + "'"));
		return editor(page, "hardware", profile.code(),
				HardwareProfileForm.of(profile, this.hardware.findGpu(profile.gpuId()).orElseThrow()));
	}

	@PostMapping("/catalogue/hardware")
	String createHardware(@ModelAttribute("form") HardwareProfileForm form, BindingResult errors, Model page,
			HttpServletResponse response, RedirectAttributes redirect) {
		return save(page, "hardware", null, form, errors, response, redirect,
				() -> this.edits.createHardware(form).code());
	}

	@PostMapping("/catalogue/hardware/{code}")
	String updateHardware(@PathVariable String code, @ModelAttribute("form") HardwareProfileForm form,
			BindingResult errors, Model page, HttpServletResponse response, RedirectAttributes redirect) {
		return save(page, "hardware", code, form, errors, response, redirect,
				() -> this.edits.updateHardware(code, form).code());
	}

	@PostMapping("/catalogue/hardware/{code}/delete")
	String deleteHardware(@PathVariable String code, @RequestParam(required = false) String confirm,
			RedirectAttributes redirect) {
		String name = this.hardware.findHardwareProfile(code).map(HardwareProfile::displayName).orElse(code);
		return delete("hardware", code, name, confirm, () -> this.edits.deleteHardware(code), redirect);
	}

	@GetMapping("/catalogue/hosting/new")
	String newHosting(Model page) {
		return editor(page, "hosting", null, new HostingProfileForm(null, null, "USD", null, null,
				ColocationBasis.PER_KW_MONTH, null, null, null, null, null, null, null));
	}

	@GetMapping("/catalogue/hosting/{code}")
	String hosting(@PathVariable String code, Model page) {
		return editor(page, "hosting", code,
				HostingProfileForm
					.of(this.hardware.findHostingProfile(code)
						.orElseThrow(() -> new CatalogueEdits.NoSuchEntry("no hosting profile '" + code + "'")))
					.supportInPercent());
	}

	@PostMapping("/catalogue/hosting")
	String createHosting(@ModelAttribute("form") HostingProfileForm form, BindingResult errors, Model page,
			HttpServletResponse response, RedirectAttributes redirect) {
		return save(page, "hosting", null, form, errors, response, redirect,
				() -> this.edits.createHosting(form.supportAsFraction()).code());
	}

	@PostMapping("/catalogue/hosting/{code}")
	String updateHosting(@PathVariable String code, @ModelAttribute("form") HostingProfileForm form,
			BindingResult errors, Model page, HttpServletResponse response, RedirectAttributes redirect) {
		return save(page, "hosting", code, form, errors, response, redirect,
				() -> this.edits.updateHosting(code, form.supportAsFraction()).code());
	}

	@PostMapping("/catalogue/hosting/{code}/delete")
	String deleteHosting(@PathVariable String code, @RequestParam(required = false) String confirm,
			RedirectAttributes redirect) {
		String name = this.hardware.findHostingProfile(code).map(HostingProfile::displayName).orElse(code);
		return delete("hosting", code, name, confirm, () -> this.edits.deleteHosting(code), redirect);
	}

	/** The architecture of one model (by default the first open model). */
	@GetMapping("/catalogue/architecture")
	String architecture(@RequestParam(required = false) String model, Model page) {
		com.breakeven.pricing.Model chosen = (model != null) ? this.models.resolve(model)
			.orElseThrow(() -> new CatalogueEdits.NoSuchEntry("no model or alias '" + model + "' in the catalogue"))
				: this.models.findAll()
					.stream()
					.filter(com.breakeven.pricing.Model::openWeights)
					.findFirst()
					.or(() -> this.models.findAll().stream().findFirst())
					.orElseThrow(() -> new CatalogueEdits.NoSuchEntry("the catalogue holds no model yet"));
		return editor(page, "architecture", chosen.canonicalName(), ArchitectureForm.of(chosen));
	}

	@PostMapping("/catalogue/architecture")
	String setArchitecture(@RequestParam String model, @ModelAttribute("form") ArchitectureForm form,
			BindingResult errors, Model page, HttpServletResponse response, RedirectAttributes redirect) {
		return save(page, "architecture", model, form, errors, response, redirect,
				() -> this.edits.setArchitecture(model, form).canonicalName());
	}

	/** Numbers shown and read with thousands separators. */
	@InitBinder
	void numbers(WebDataBinder binder) {
		NumberEditor.registerOn(binder);
	}

	/**
	 * Stores the form, or shows it again with each refusal beside its field (400).
	 * @param edit stores the form and answers the code (or name) it is stored under
	 */
	private String save(Model page, String kind, String code, Object form, BindingResult errors,
			HttpServletResponse response, RedirectAttributes redirect, Supplier<String> edit) {
		if (!errors.hasErrors()) {
			try {
				String saved = edit.get();
				redirect.addFlashAttribute("message", "Saved " + Kind.of(kind).label + " " + saved + ".");
				return "redirect:" + Kind.of(kind).after(saved);
			}
			catch (CatalogueEdits.Refused refused) {
				refused.byField().forEach((field, message) -> {
					if (field.isEmpty()) {
						errors.reject("refused", message);
					}
					else {
						errors.rejectValue(field, "refused", SUPPORT.equals(field) ? SUPPORT_IN_PERCENT : message);
					}
				});
			}
			catch (CatalogueEdits.CodeTaken taken) {
				errors.rejectValue("code", "taken", taken.getMessage());
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return editor(page, kind, code, form);
	}

	/** Deletes an entry once confirmed; the messages name it as its page does. */
	private String delete(String kind, String code, String name, String confirm, Runnable delete,
			RedirectAttributes redirect) {
		if (!DeleteConfirmation.given(confirm)) {
			redirect.addFlashAttribute("error", DeleteConfirmation.refusal(Kind.of(kind).label + " " + name));
			return "redirect:/catalogue/" + kind + "/" + code;
		}
		try {
			delete.run();
		}
		catch (CatalogueEdits.InUse inUse) {
			redirect.addFlashAttribute("error", "Not deleted: " + inUse.getMessage() + ".");
			return "redirect:/catalogue/" + kind + "/" + code;
		}
		redirect.addFlashAttribute("message", "Deleted " + Kind.of(kind).label + " " + name + ".");
		return "redirect:/catalogue/hardware";
	}

	private String editor(Model page, String kind, String code, Object form) {
		if (!page.containsAttribute("form")) {
			page.addAttribute("form", form);
		}
		page.addAttribute("kind", kind);
		page.addAttribute("label", Kind.of(kind).label);
		page.addAttribute("code", code);
		page.addAttribute("entryName", (code != null) ? entryName(form, code) : null);
		switch (kind) {
			case "hardware" -> {
				page.addAttribute("gpus", this.hardware.findAllGpus());
				page.addAttribute("uses", (code != null) ? this.edits.usesOfHardware(code) : List.of());
			}
			case "hosting" -> {
				page.addAttribute("colocationBases", ColocationBasis.values());
				page.addAttribute("uses", (code != null) ? this.edits.usesOfHosting(code) : List.of());
			}
			case "architecture" -> page.addAttribute("models", this.models.findAll());
			case "gpu" -> page.addAttribute("deviceKinds", DeviceKind.values());
			default -> {
			}
		}
		return "catalogue-edit";
	}

	/**
	 * The entry as people know it: its name (the code only while the name is empty, as
	 * after clearing it in a refused edit); headings and delete buttons show it.
	 */
	private static String entryName(Object form, String code) {
		String name = null;
		if (form instanceof GpuForm gpu) {
			name = gpu.displayName();
		}
		else if (form instanceof HardwareProfileForm hardware) {
			name = hardware.displayName();
		}
		else if (form instanceof HostingProfileForm hosting) {
			name = hosting.displayName();
		}

		return (name == null || name.isBlank()) ? code : name.strip();
	}

	/** What each editor edits, and where a saved entry is shown. */
	private enum Kind {

		GPU("gpu", "GPU"), HARDWARE("hardware", "hardware profile"), HOSTING("hosting", "hosting profile"),
		ARCHITECTURE("architecture", "the architecture of");

		private final String name;

		private final String label;

		Kind(String name, String label) {
			this.name = name;
			this.label = label;
		}

		static Kind of(String name) {
			for (Kind kind : values()) {
				if (kind.name.equals(name)) {
					return kind;
				}
			}
			throw new IllegalArgumentException("no editor '" + name + "'");
		}

		String after(String saved) {
			return (this == ARCHITECTURE) ? "/catalogue/architecture?model=" + saved
					: "/catalogue/hardware#" + this.name + "-" + saved;
		}

	}

}
