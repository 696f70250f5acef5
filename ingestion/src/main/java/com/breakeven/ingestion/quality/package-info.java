/**
 * Quality scores imported from evaluation results (lm-evaluation-harness JSON, or CSV).
 * Part of the ingestion module's API: the command line imports through it.
 */
@NamedInterface("quality")
package com.breakeven.ingestion.quality;

import org.springframework.modulith.NamedInterface;
