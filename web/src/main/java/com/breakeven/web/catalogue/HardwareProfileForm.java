package com.breakeven.web.catalogue;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.breakeven.pricing.Gpu;
import com.breakeven.pricing.HardwareProfile;
import io.swagger.v3.oas.annotations.media.Schema;
import com.breakeven.web.api.ApiDocs;

/**
 * A node (server) as an admin enters it: its GPU by code, how many, and what the rest of
 * the server costs. The GPUs themselves are priced by {@link GpuForm#unitPrice()}.
 *
 * @param code unique lower-case code ({@code hgx-h100-8x}); fixed once created, since
 * scenarios name it
 * @param displayName name shown to people
 * @param gpu code of a catalogued GPU with a unit price in {@code currency}
 * @param gpusPerNode GPUs in one node
 * @param serverCapex chassis, CPUs, memory, storage, per node
 * @param networkingCapex NICs, switch ports and cables of one node
 * @param installationCapex racking, cabling and commissioning, per node
 * @param currency ISO 4217 code of every amount
 * @param nodeOverheadWatts power the node draws besides its GPUs, W
 * @param source where the figures come from
 */
// examples: the sample HGX H100 server (sample-data/hardware_profiles.csv) entered again
// under a new code, as a second quote would be
@Schema(description = "A node (server) as bought: its GPUs and what the rest of it costs.")
public record HardwareProfileForm(
		@Schema(description = "Unique lower-case code; fixed once created, since scenarios name it.",
				example = EXAMPLE_CODE) @NotBlank @Size(max = 80) @Pattern(regexp = CatalogueEdits.CODE,
						message = CatalogueEdits.CODE_RULE) String code,
		@Schema(description = ApiDocs.DISPLAY_NAME,
				example = "HGX H100 8-GPU server (second quote)") @NotBlank @Size(max = 200) String displayName,
		@Schema(description = "Code of a catalogued GPU with a unit price in currency.",
				example = "h100-sxm5-80gb") @NotBlank @Size(max = 60) String gpu,
		@Schema(description = "GPUs in one node, 1 to 128.",
				example = "8") @NotNull @Min(1) @Max(128) Integer gpusPerNode,
		@Schema(description = "Chassis, CPUs, memory and storage of one node, in currency.",
				example = "50000") @NotNull @DecimalMin("0") @DecimalMax("100000000") @Digits(integer = 12,
						fraction = 2, message = "must have at most 2 decimals") BigDecimal serverCapex,
		@Schema(description = "NICs, switch ports and cables of one node, in currency.",
				example = "24000") @NotNull @DecimalMin("0") @DecimalMax("100000000") @Digits(integer = 12,
						fraction = 2, message = "must have at most 2 decimals") BigDecimal networkingCapex,
		@Schema(description = "Racking, cabling and commissioning of one node, in currency.",
				example = "5000") @NotNull @DecimalMin("0") @DecimalMax("100000000") @Digits(integer = 12, fraction = 2,
						message = "must have at most 2 decimals") BigDecimal installationCapex,
		@Schema(description = ApiDocs.CURRENCY, example = "USD") @NotBlank @Pattern(regexp = CatalogueEdits.CURRENCY,
				message = CatalogueEdits.CURRENCY_RULE) String currency,
		@Schema(description = "Power the node draws besides its GPUs, W.",
				example = "4600") @NotNull @Min(0) @Max(200_000) Integer nodeOverheadWatts,
		@Schema(description = ApiDocs.SOURCE,
				example = "reseller quote; overhead = DGX H100 10.2 kW minus 8 x 700 W") @Size(
						max = 1000) String source) {

	/** The code the examples create, replace and delete. */
	static final String EXAMPLE_CODE = "hgx-h100-8x-quote";

	static HardwareProfileForm of(HardwareProfile p, Gpu gpu) {
		return new HardwareProfileForm(p.code(), p.displayName(), gpu.code(), p.gpusPerNode(), p.serverCapex(),
				p.networkingCapex(), p.installationCapex(), p.currency().getCurrencyCode(), p.nodeOverheadWatts(),
				p.source());
	}

	HardwareProfileForm withCode(String newCode) {
		return new HardwareProfileForm(newCode, this.displayName, this.gpu, this.gpusPerNode, this.serverCapex,
				this.networkingCapex, this.installationCapex, this.currency, this.nodeOverheadWatts, this.source);
	}

}
