/**
 * Price feed formats (LiteLLM price map, OpenRouter models API, manual CSV) and the
 * canonical naming of models. Part of the pricing module's API: the import job in
 * ingestion reads feeds through it.
 */
@NamedInterface("feed")
package com.breakeven.pricing.feed;

import org.springframework.modulith.NamedInterface;
