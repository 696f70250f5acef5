/**
 * The built-in throughput probe of OpenAI-compatible servers. Part of the ingestion
 * module's API: the command line runs it.
 */
@NamedInterface("probe")
package com.breakeven.ingestion.probe;

import org.springframework.modulith.NamedInterface;
