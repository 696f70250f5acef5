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
public record HardwareProfileForm(
		@NotBlank @Size(max = 80) @Pattern(regexp = CatalogueEdits.CODE,
				message = CatalogueEdits.CODE_RULE) String code,
		@NotBlank @Size(max = 200) String displayName, @NotBlank @Size(max = 60) String gpu,
		@NotNull @Min(1) @Max(128) Integer gpusPerNode,
		@NotNull @DecimalMin("0") @DecimalMax("100000000") @Digits(integer = 12, fraction = 2,
				message = "must have at most 2 decimals") BigDecimal serverCapex,
		@NotNull @DecimalMin("0") @DecimalMax("100000000") @Digits(integer = 12, fraction = 2,
				message = "must have at most 2 decimals") BigDecimal networkingCapex,
		@NotNull @DecimalMin("0") @DecimalMax("100000000") @Digits(integer = 12, fraction = 2,
				message = "must have at most 2 decimals") BigDecimal installationCapex,
		@NotBlank @Pattern(regexp = CatalogueEdits.CURRENCY, message = CatalogueEdits.CURRENCY_RULE) String currency,
		@NotNull @Min(0) @Max(200_000) Integer nodeOverheadWatts, @Size(max = 1000) String source) {

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
