/**
 * Evaluation of models on a user's own tasks through an OpenAI-compatible endpoint: the
 * task file, the scorers, the requests and the stored runs. Part of the ingestion
 * module's API: the command line and the evaluations page use it.
 */
@NamedInterface("evaluation")
package com.breakeven.ingestion.evaluation;

import org.springframework.modulith.NamedInterface;
