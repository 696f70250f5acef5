/**
 * Usage connectors: the providers' usage and cost reports pulled with an admin key on a
 * schedule, each page imported by the usage import job. Part of the ingestion module's
 * API: the web module lists, creates, pulls and pauses them.
 */
@NamedInterface("connector")
package com.breakeven.ingestion.connector;

import org.springframework.modulith.NamedInterface;
