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

import com.breakeven.pricing.DeviceKind;
import com.breakeven.pricing.Gpu;

/**
 * A device (GPU, NPU, CPU socket or unified-memory chip) as an admin enters it on the
 * catalogue page or over the API. Every hardware profile with this device prices and
 * powers its devices with these figures.
 *
 * @param code unique lower-case code ({@code h100-sxm5-80gb}); fixed once created
 * @param vendor maker ({@code NVIDIA}, {@code Apple})
 * @param displayName name shown to people
 * @param memoryGb memory as the vendor states it: GB for a GPU or NPU, GiB for a CPU's
 * system memory or a chip's unified memory
 * @param tdpWatts board power at full load, W
 * @param idleWatts board power when idle, W, at most {@code tdpWatts}
 * @param unitPrice purchase price of one GPU; empty when no reliable price is known (a
 * hardware profile then cannot use it)
 * @param currency ISO 4217 code of {@code unitPrice}
 * @param source where the figures come from
 * @param kind what kind of device; empty for a GPU
 */
public record GpuForm(
		@NotBlank @Size(max = 60) @Pattern(regexp = CatalogueEdits.CODE,
				message = CatalogueEdits.CODE_RULE) String code,
		@NotBlank @Size(max = 40) String vendor, @NotBlank @Size(max = 200) String displayName,
		@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("4096") @Digits(integer = 6, fraction = 2,
				message = "must have at most 2 decimals") BigDecimal memoryGb,
		@NotNull @Min(1) @Max(10_000) Integer tdpWatts, @NotNull @Min(0) @Max(10_000) Integer idleWatts,
		@DecimalMin("0") @DecimalMax("10000000") @Digits(integer = 12, fraction = 2,
				message = "must have at most 2 decimals") BigDecimal unitPrice,
		@Pattern(regexp = CatalogueEdits.CURRENCY, message = CatalogueEdits.CURRENCY_RULE) String currency,
		@Size(max = 1000) String source, DeviceKind kind) {

	static GpuForm of(Gpu g) {
		return new GpuForm(g.code(), g.vendor(), g.displayName(), g.memoryGb(), g.tdpWatts(), g.idleWatts(),
				g.unitPrice(), (g.currency() != null) ? g.currency().getCurrencyCode() : null, g.source(), g.kind());
	}

	GpuForm withCode(String newCode) {
		return new GpuForm(newCode, this.vendor, this.displayName, this.memoryGb, this.tdpWatts, this.idleWatts,
				this.unitPrice, this.currency, this.source, this.kind);
	}

}
