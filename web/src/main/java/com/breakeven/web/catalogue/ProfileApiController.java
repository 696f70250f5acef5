package com.breakeven.web.catalogue;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.breakeven.pricing.Gpu;
import com.breakeven.pricing.HardwareProfile;
import com.breakeven.pricing.HardwareRepository;
import com.breakeven.pricing.HostingProfile;
import com.breakeven.web.api.ApiPage;
import com.breakeven.web.api.ApiProblem;

import static com.breakeven.web.api.ApiNumbers.plain;

/**
 * GPUs, hardware (node) profiles and hosting profiles over {@code /api/v1}: listed and
 * read by any role; created ({@code 201} with {@code Location}), replaced and deleted
 * ({@code 204}) by admins. Bad values are {@code 422} problems naming each field; a taken
 * code, or a profile that a scenario or measurement still names, is {@code 409}.
 */
@RestController
@Tag(name = "catalogue")
@RequestMapping("/api/v1")
class ProfileApiController {

	private final HardwareRepository hardware;

	private final CatalogueEdits edits;

	ProfileApiController(HardwareRepository hardware, CatalogueEdits edits) {
		this.hardware = hardware;
		this.edits = edits;
	}

	/**
	 * One device: a GPU, NPU, CPU socket or unified-memory chip.
	 *
	 * @param memoryGb memory as the vendor states it, in {@code memoryUnit}
	 * @param tdpWatts power at full load, W
	 * @param idleWatts power when idle, W
	 * @param unitPrice price of one device in {@code currency}; absent when unknown
	 * @param kind {@code GPU}, {@code NPU}, {@code CPU} or {@code UNIFIED}
	 * @param memoryUnit {@code GB} for a GPU or NPU, {@code GiB} for system or unified
	 * memory
	 */
	record GpuView(String code, String vendor, String displayName, String memoryGb, int tdpWatts, int idleWatts,
			String unitPrice, String currency, String source, String kind, String memoryUnit) {

		static GpuView of(Gpu g) {
			return new GpuView(g.code(), g.vendor(), g.displayName(), plain(g.memoryGb()), g.tdpWatts(), g.idleWatts(),
					plain(g.unitPrice()), (g.currency() != null) ? g.currency().getCurrencyCode() : null, g.source(),
					g.kind().name(), g.kind().memoryUnit());
		}

	}

	@GetMapping("/gpus")
	ApiPage<GpuView> gpus(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return ApiPage.of(this.hardware.findAllGpus().stream().map(GpuView::of).toList(), page, size);
	}

	@GetMapping("/gpus/{code}")
	GpuView gpu(@PathVariable String code) {
		return GpuView.of(this.hardware.findGpu(code).orElseThrow(() -> notFound("GPU", code)));
	}

	@Operation(summary = "Add a GPU (admin)")
	@PostMapping("/gpus")
	ResponseEntity<GpuView> createGpu(@RequestBody GpuForm form) {
		Gpu gpu = saved("GPU", () -> this.edits.createGpu(form));
		return ResponseEntity.created(URI.create("/api/v1/gpus/" + gpu.code())).body(GpuView.of(gpu));
	}

	@Operation(summary = "Replace a GPU's figures (admin); every hardware profile with it uses them")
	@PutMapping("/gpus/{code}")
	GpuView replaceGpu(@PathVariable String code, @RequestBody GpuForm form) {
		return GpuView.of(saved("GPU", () -> this.edits.updateGpu(code, form)));
	}

	/**
	 * A node: its GPUs and what it costs to buy.
	 *
	 * @param gpu code of the GPU in the node
	 * @param gpuName its name
	 * @param gpuMemoryGb memory of one GPU, GB
	 * @param gpuTdpWatts board power of one GPU at full load, W
	 * @param gpuIdleWatts board power of one idle GPU, W
	 * @param gpuUnitPrice price of one GPU, in {@code currency}
	 * @param nodeOverheadWatts power the node draws besides its GPUs, W
	 */
	record HardwareProfileView(String code, String displayName, String gpu, String gpuName, int gpusPerNode,
			String gpuMemoryGb, int gpuTdpWatts, int gpuIdleWatts, String currency, String gpuUnitPrice,
			String serverCapex, String networkingCapex, String installationCapex, int nodeOverheadWatts,
			String source) {

		static HardwareProfileView of(HardwareProfile p, Gpu gpu) {
			return new HardwareProfileView(p.code(), p.displayName(), gpu.code(), gpu.displayName(), p.gpusPerNode(),
					plain(gpu.memoryGb()), gpu.tdpWatts(), gpu.idleWatts(), p.currency().getCurrencyCode(),
					plain(gpu.unitPrice()), plain(p.serverCapex()), plain(p.networkingCapex()),
					plain(p.installationCapex()), p.nodeOverheadWatts(), p.source());
		}

	}

	@GetMapping("/hardware-profiles")
	ApiPage<HardwareProfileView> hardwareProfiles(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		Map<Long, Gpu> gpus = new LinkedHashMap<>();
		this.hardware.findAllGpus().forEach(g -> gpus.put(g.id(), g));
		return ApiPage.of(this.hardware.findAllHardwareProfiles()
			.stream()
			.map(p -> HardwareProfileView.of(p, gpus.get(p.gpuId())))
			.toList(), page, size);
	}

	@GetMapping("/hardware-profiles/{code}")
	HardwareProfileView hardwareProfile(@PathVariable String code) {
		return view(this.hardware.findHardwareProfile(code).orElseThrow(() -> notFound("hardware profile", code)));
	}

	@Operation(summary = "Add a hardware profile (admin)")
	@PostMapping("/hardware-profiles")
	ResponseEntity<HardwareProfileView> createHardwareProfile(@RequestBody HardwareProfileForm form) {
		HardwareProfile profile = saved("hardware profile", () -> this.edits.createHardware(form));
		return ResponseEntity.created(URI.create("/api/v1/hardware-profiles/" + profile.code())).body(view(profile));
	}

	@Operation(summary = "Replace a hardware profile (admin); its code stays")
	@PutMapping("/hardware-profiles/{code}")
	HardwareProfileView replaceHardwareProfile(@PathVariable String code, @RequestBody HardwareProfileForm form) {
		return view(saved("hardware profile", () -> this.edits.updateHardware(code, form)));
	}

	@Operation(summary = "Delete a hardware profile that no scenario or measurement names (admin)")
	@DeleteMapping("/hardware-profiles/{code}")
	ResponseEntity<Void> deleteHardwareProfile(@PathVariable String code) {
		deleted(() -> this.edits.deleteHardware(code));
		return ResponseEntity.noContent().build();
	}

	private HardwareProfileView view(HardwareProfile p) {
		return HardwareProfileView.of(p, this.hardware.findGpu(p.gpuId()).orElseThrow());
	}

	/**
	 * Where nodes run and what that costs.
	 *
	 * @param energyPricePerKwh in {@code currency} per kWh
	 * @param pue facility power over IT power
	 * @param colocationBasis what {@code colocationPrice} is per
	 * @param staffFtePerNode full-time staff per node
	 * @param supportFractionOfCapexPerYear 0.08 = 8 % of capex a year
	 */
	record HostingProfileView(String code, String displayName, String currency, String energyPricePerKwh, String pue,
			String colocationBasis, String colocationPrice, String rackPowerKw, String staffFtePerNode,
			String staffLoadedCostPerYear, String supportFractionOfCapexPerYear, String softwarePerNodePerYear,
			String source) {

		static HostingProfileView of(HostingProfile p) {
			return new HostingProfileView(p.code(), p.displayName(), p.currency().getCurrencyCode(),
					plain(p.energyPricePerKwh()), plain(p.pue()), p.colocationBasis().name(),
					plain(p.colocationPrice()), plain(p.rackPowerKw()), plain(p.staffFtePerNode()),
					plain(p.staffLoadedCostPerYear()), plain(p.supportFractionOfCapexPerYear()),
					plain(p.softwarePerNodePerYear()), p.source());
		}

	}

	@GetMapping("/hosting-profiles")
	ApiPage<HostingProfileView> hostingProfiles(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return ApiPage.of(this.hardware.findAllHostingProfiles().stream().map(HostingProfileView::of).toList(), page,
				size);
	}

	@GetMapping("/hosting-profiles/{code}")
	HostingProfileView hostingProfile(@PathVariable String code) {
		return HostingProfileView
			.of(this.hardware.findHostingProfile(code).orElseThrow(() -> notFound("hosting profile", code)));
	}

	@Operation(summary = "Add a hosting profile (admin)")
	@PostMapping("/hosting-profiles")
	ResponseEntity<HostingProfileView> createHostingProfile(@RequestBody HostingProfileForm form) {
		HostingProfile profile = saved("hosting profile", () -> this.edits.createHosting(form));
		return ResponseEntity.created(URI.create("/api/v1/hosting-profiles/" + profile.code()))
			.body(HostingProfileView.of(profile));
	}

	@Operation(summary = "Replace a hosting profile (admin); its code stays")
	@PutMapping("/hosting-profiles/{code}")
	HostingProfileView replaceHostingProfile(@PathVariable String code, @RequestBody HostingProfileForm form) {
		return HostingProfileView.of(saved("hosting profile", () -> this.edits.updateHosting(code, form)));
	}

	@Operation(summary = "Delete a hosting profile that no scenario names (admin)")
	@DeleteMapping("/hosting-profiles/{code}")
	ResponseEntity<Void> deleteHostingProfile(@PathVariable String code) {
		deleted(() -> this.edits.deleteHosting(code));
		return ResponseEntity.noContent().build();
	}

	/**
	 * The edit's result, or its refusal as a problem: 422 by field, 409 for a taken code.
	 */
	static <T> T saved(String what, Supplier<T> edit) {
		try {
			return edit.get();
		}
		catch (CatalogueEdits.Refused refused) {
			throw ApiProblem.unprocessable("the " + what + " was not saved: " + refused.byField(), refused.byField());
		}
		catch (CatalogueEdits.CodeTaken taken) {
			throw ApiProblem.conflict(taken.getMessage(), "code");
		}
	}

	/** A deletion, or 409 naming what still uses the profile. */
	private static void deleted(Runnable delete) {
		try {
			delete.run();
		}
		catch (CatalogueEdits.InUse inUse) {
			ApiProblem problem = ApiProblem.conflict(inUse.getMessage(), "code");
			problem.getBody().setProperty("usedBy", inUse.uses());
			throw problem;
		}
	}

	private static ApiProblem notFound(String what, String code) {
		return ApiProblem.notFound("no " + what + " '" + code + "' in the catalogue", "code");
	}

}
