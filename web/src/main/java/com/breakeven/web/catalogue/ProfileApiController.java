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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import com.breakeven.web.api.ApiDocs;

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

	/**
	 * Why a replace's path code is the body's: the example replaces what the create
	 * example made.
	 */
	private static final String FIXED = "Must equal the body's code: a code never changes.";

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
	record GpuView(@Schema(description = ApiDocs.GPU_CODE, example = "h100-sxm5-80gb") String code,
			@Schema(description = "Maker.", example = "NVIDIA") String vendor,
			@Schema(description = ApiDocs.DISPLAY_NAME, example = "H100 SXM5 80GB") String displayName,
			@Schema(description = "Memory as the vendor states it, in memoryUnit (decimal string).",
					example = "80") String memoryGb,
			@Schema(description = "Power at full load, W.", example = "700") int tdpWatts,
			@Schema(description = "Power when idle, W.", example = "70") int idleWatts,
			@Schema(description = "Price of one device, in currency (decimal string); absent when unknown.",
					example = "27500") String unitPrice,
			@Schema(description = ApiDocs.CURRENCY + " Absent without a price.", example = "USD") String currency,
			@Schema(description = ApiDocs.SOURCE) String source,
			@Schema(description = "GPU, NPU, CPU or UNIFIED.", example = "GPU") String kind,
			@Schema(description = "Unit of memoryGb: GB for a GPU or NPU, GiB for system or unified memory.",
					example = "GB") String memoryUnit) {

		static GpuView of(Gpu g) {
			return new GpuView(g.code(), g.vendor(), g.displayName(), plain(g.memoryGb()), g.tdpWatts(), g.idleWatts(),
					plain(g.unitPrice()), (g.currency() != null) ? g.currency().getCurrencyCode() : null, g.source(),
					g.kind().name(), g.kind().memoryUnit());
		}

	}

	@GetMapping("/gpus")
	ApiPage<GpuView> gpus(
			@Parameter(description = ApiPage.PAGE_PARAMETER,
					example = "0") @RequestParam(required = false) Integer page,
			@Parameter(description = ApiPage.SIZE_PARAMETER,
					example = "50") @RequestParam(required = false) Integer size) {
		return ApiPage.of(this.hardware.findAllGpus().stream().map(GpuView::of).toList(), page, size);
	}

	@GetMapping("/gpus/{code}")
	GpuView gpu(@Parameter(description = ApiDocs.GPU_CODE, example = "h100-sxm5-80gb") @PathVariable String code) {
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
	GpuView replaceGpu(@Parameter(description = ApiDocs.GPU_CODE + " " + FIXED,
			example = GpuForm.EXAMPLE_CODE) @PathVariable String code, @RequestBody GpuForm form) {
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
	record HardwareProfileView(@Schema(description = ApiDocs.HARDWARE_CODE, example = "hgx-h100-8x") String code,
			@Schema(description = ApiDocs.DISPLAY_NAME, example = "HGX H100 8-GPU server") String displayName,
			@Schema(description = "Code of the GPU in the node.", example = "h100-sxm5-80gb") String gpu,
			@Schema(description = "Its name.", example = "H100 SXM5 80GB") String gpuName,
			@Schema(description = "GPUs in one node, a count.", example = "8") int gpusPerNode,
			@Schema(description = "Memory of one GPU, GB (decimal string).", example = "80") String gpuMemoryGb,
			@Schema(description = "Board power of one GPU at full load, W.", example = "700") int gpuTdpWatts,
			@Schema(description = "Board power of one idle GPU, W.", example = "70") int gpuIdleWatts,
			@Schema(description = ApiDocs.CURRENCY, example = "USD") String currency,
			@Schema(description = "Price of one GPU" + ApiDocs.MONEY, example = "27500") String gpuUnitPrice,
			@Schema(description = "Chassis, CPUs, memory and storage of one node" + ApiDocs.MONEY,
					example = "50000") String serverCapex,
			@Schema(description = "NICs, switch ports and cables of one node" + ApiDocs.MONEY,
					example = "24000") String networkingCapex,
			@Schema(description = "Racking, cabling and commissioning of one node" + ApiDocs.MONEY,
					example = "5000") String installationCapex,
			@Schema(description = "Power the node draws besides its GPUs, W.", example = "4600") int nodeOverheadWatts,
			@Schema(description = ApiDocs.SOURCE) String source) {

		static HardwareProfileView of(HardwareProfile p, Gpu gpu) {
			return new HardwareProfileView(p.code(), p.displayName(), gpu.code(), gpu.displayName(), p.gpusPerNode(),
					plain(gpu.memoryGb()), gpu.tdpWatts(), gpu.idleWatts(), p.currency().getCurrencyCode(),
					plain(gpu.unitPrice()), plain(p.serverCapex()), plain(p.networkingCapex()),
					plain(p.installationCapex()), p.nodeOverheadWatts(), p.source());
		}

	}

	@GetMapping("/hardware-profiles")
	ApiPage<HardwareProfileView> hardwareProfiles(
			@Parameter(description = ApiPage.PAGE_PARAMETER,
					example = "0") @RequestParam(required = false) Integer page,
			@Parameter(description = ApiPage.SIZE_PARAMETER,
					example = "50") @RequestParam(required = false) Integer size) {
		Map<Long, Gpu> gpus = new LinkedHashMap<>();
		this.hardware.findAllGpus().forEach(g -> gpus.put(g.id(), g));
		return ApiPage.of(this.hardware.findAllHardwareProfiles()
			.stream()
			.map(p -> HardwareProfileView.of(p, gpus.get(p.gpuId())))
			.toList(), page, size);
	}

	@GetMapping("/hardware-profiles/{code}")
	HardwareProfileView hardwareProfile(
			@Parameter(description = ApiDocs.HARDWARE_CODE, example = "hgx-h100-8x") @PathVariable String code) {
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
	HardwareProfileView replaceHardwareProfile(
			@Parameter(description = ApiDocs.HARDWARE_CODE + " " + FIXED,
					example = HardwareProfileForm.EXAMPLE_CODE) @PathVariable String code,
			@RequestBody HardwareProfileForm form) {
		return view(saved("hardware profile", () -> this.edits.updateHardware(code, form)));
	}

	@Operation(summary = "Delete a hardware profile that no scenario or measurement names (admin)")
	@DeleteMapping("/hardware-profiles/{code}")
	ResponseEntity<Void> deleteHardwareProfile(@Parameter(description = ApiDocs.HARDWARE_CODE,
			example = HardwareProfileForm.EXAMPLE_CODE) @PathVariable String code) {
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
	record HostingProfileView(@Schema(description = ApiDocs.HOSTING_CODE, example = "colo-virginia") String code,
			@Schema(description = ApiDocs.DISPLAY_NAME, example = "Colocation, Northern Virginia") String displayName,
			@Schema(description = ApiDocs.CURRENCY, example = "USD") String currency,
			@Schema(description = "Electricity, in currency per kWh (decimal string).",
					example = "0.0895") String energyPricePerKwh,
			@Schema(description = "Power usage effectiveness: facility power ÷ IT power (decimal string).",
					example = "1.58") String pue,
			@Schema(description = "What colocationPrice is per: PER_KW_MONTH or PER_RACK_MONTH.",
					example = "PER_KW_MONTH") String colocationBasis,
			@Schema(description = "Colocation, in currency per kW-month or per rack-month (decimal string).",
					example = "184.06") String colocationPrice,
			@Schema(description = "Power budget of one rack, kW (decimal string); absent unless per rack.") String rackPowerKw,
			@Schema(description = "Full-time staff per node, FTE (decimal string).",
					example = "0.1") String staffFtePerNode,
			@Schema(description = "Fully loaded cost of one full-time person, in currency per year (decimal string).",
					example = "200000") String staffLoadedCostPerYear,
			@Schema(description = "Support a year as a fraction of capex, 0.08 = 8 % (decimal string).",
					example = "0.08") String supportFractionOfCapexPerYear,
			@Schema(description = "Licences, in currency per node per year (decimal string).",
					example = "0") String softwarePerNodePerYear,
			@Schema(description = ApiDocs.SOURCE) String source) {

		static HostingProfileView of(HostingProfile p) {
			return new HostingProfileView(p.code(), p.displayName(), p.currency().getCurrencyCode(),
					plain(p.energyPricePerKwh()), plain(p.pue()), p.colocationBasis().name(),
					plain(p.colocationPrice()), plain(p.rackPowerKw()), plain(p.staffFtePerNode()),
					plain(p.staffLoadedCostPerYear()), plain(p.supportFractionOfCapexPerYear()),
					plain(p.softwarePerNodePerYear()), p.source());
		}

	}

	@GetMapping("/hosting-profiles")
	ApiPage<HostingProfileView> hostingProfiles(
			@Parameter(description = ApiPage.PAGE_PARAMETER,
					example = "0") @RequestParam(required = false) Integer page,
			@Parameter(description = ApiPage.SIZE_PARAMETER,
					example = "50") @RequestParam(required = false) Integer size) {
		return ApiPage.of(this.hardware.findAllHostingProfiles().stream().map(HostingProfileView::of).toList(), page,
				size);
	}

	@GetMapping("/hosting-profiles/{code}")
	HostingProfileView hostingProfile(
			@Parameter(description = ApiDocs.HOSTING_CODE, example = "colo-virginia") @PathVariable String code) {
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
	HostingProfileView replaceHostingProfile(
			@Parameter(description = ApiDocs.HOSTING_CODE + " " + FIXED,
					example = HostingProfileForm.EXAMPLE_CODE) @PathVariable String code,
			@RequestBody HostingProfileForm form) {
		return HostingProfileView.of(saved("hosting profile", () -> this.edits.updateHosting(code, form)));
	}

	@Operation(summary = "Delete a hosting profile that no scenario names (admin)")
	@DeleteMapping("/hosting-profiles/{code}")
	ResponseEntity<Void> deleteHostingProfile(@Parameter(description = ApiDocs.HOSTING_CODE,
			example = HostingProfileForm.EXAMPLE_CODE) @PathVariable String code) {
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
