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
import io.swagger.v3.oas.annotations.media.Schema;
import com.breakeven.web.api.ApiDocs;

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
// examples: the sample H100 SXM5 (sample-data/gpus.csv) entered again under a new code,
// as a second quote would be
@Schema(description = "A device (GPU, NPU, CPU socket or unified-memory chip) with its power and price.")
public record GpuForm(
		@Schema(description = "Unique lower-case code; fixed once created.", example = EXAMPLE_CODE) @NotBlank @Size(
				max = 60) @Pattern(regexp = CatalogueEdits.CODE, message = CatalogueEdits.CODE_RULE) String code,
		@Schema(description = "Maker.", example = "NVIDIA") @NotBlank @Size(max = 40) String vendor,
		@Schema(description = ApiDocs.DISPLAY_NAME,
				example = "H100 SXM5 80GB (second quote)") @NotBlank @Size(max = 200) String displayName,
		@Schema(description = "Memory as the vendor states it: GB for a GPU or NPU, GiB for a CPU's system memory or "
				+ "a chip's unified memory.",
				example = "80") @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("4096") @Digits(
						integer = 6, fraction = 2, message = "must have at most 2 decimals") BigDecimal memoryGb,
		@Schema(description = "Board power at full load, W.",
				example = "700") @NotNull @Min(1) @Max(10_000) Integer tdpWatts,
		@Schema(description = "Board power when idle, W, at most tdpWatts.",
				example = "70") @NotNull @Min(0) @Max(10_000) Integer idleWatts,
		@Schema(description = "Purchase price of one device, in currency; absent when no reliable price is known.",
				example = "27500") @DecimalMin("0") @DecimalMax("10000000") @Digits(integer = 12, fraction = 2,
						message = "must have at most 2 decimals") BigDecimal unitPrice,
		@Schema(description = "ISO 4217 code of unitPrice.", example = "USD") @Pattern(regexp = CatalogueEdits.CURRENCY,
				message = CatalogueEdits.CURRENCY_RULE) String currency,
		@Schema(description = ApiDocs.SOURCE,
				example = "700 W SXM board power (computestacker.com); price: reseller quote") @Size(
						max = 1000) String source,
		@Schema(description = "GPU, NPU, CPU or UNIFIED; GPU when absent.", example = "GPU") DeviceKind kind) {

	/** The code the examples create, replace and read back. */
	static final String EXAMPLE_CODE = "h100-sxm5-80gb-quote";

	static GpuForm of(Gpu g) {
		return new GpuForm(g.code(), g.vendor(), g.displayName(), g.memoryGb(), g.tdpWatts(), g.idleWatts(),
				g.unitPrice(), (g.currency() != null) ? g.currency().getCurrencyCode() : null, g.source(), g.kind());
	}

	GpuForm withCode(String newCode) {
		return new GpuForm(newCode, this.vendor, this.displayName, this.memoryGb, this.tdpWatts, this.idleWatts,
				this.unitPrice, this.currency, this.source, this.kind);
	}

}
