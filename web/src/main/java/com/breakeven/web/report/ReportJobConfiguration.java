package com.breakeven.web.report;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The report job: one step that generates every report due at the job's instant, or with
 * a {@code definitionId} one report now. The step is not transactional itself: each
 * report is stored in its own transaction, a failure in another, so one report's failure
 * loses neither the others nor its own reason.
 */
@Configuration(proxyBeanMethods = false)
class ReportJobConfiguration {

	static final String JOB_NAME = "scheduledReports";

	/** Step execution-context key: the generated reports' ids, comma-separated. */
	static final String GENERATED = "generatedReports";

	@Bean
	Job scheduledReportsJob(JobRepository jobRepository, Step generateReportsStep) {
		return new JobBuilder(JOB_NAME, jobRepository).start(generateReportsStep).build();
	}

	@Bean
	Step generateReportsStep(JobRepository jobRepository, Tasklet generateReportsTasklet) {
		return new StepBuilder("generateReports", jobRepository)
			.tasklet(generateReportsTasklet, new ResourcelessTransactionManager())
			.build();
	}

	@Bean
	@StepScope
	Tasklet generateReportsTasklet(ReportSchedule schedule, ReportDefinitions definitions,
			@Value("#{jobParameters['at']}") String at, @Value("#{jobParameters['definitionId']}") Long definitionId) {
		return (contribution, chunkContext) -> {
			Instant instant = Instant.parse(at);
			List<GeneratedReports.Generated> generated = (definitionId != null)
					? List
						.of(schedule.runNow(
								definitions.find(definitionId)
									.orElseThrow(() -> new IllegalArgumentException("no report " + definitionId)),
								instant))
					: schedule.runDue(instant);
			chunkContext.getStepContext()
				.getStepExecution()
				.getExecutionContext()
				.putString(GENERATED,
						generated.stream().map(g -> String.valueOf(g.id())).collect(Collectors.joining(",")));
			generated.forEach(g -> contribution.incrementWriteCount(1));
			return RepeatStatus.FINISHED;
		};
	}

}
