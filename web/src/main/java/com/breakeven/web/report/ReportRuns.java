package com.breakeven.web.report;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import com.breakeven.web.ScheduledJobLocks;

/**
 * Starts the report job (so every run is in Spring Batch's repository): on the schedule
 * ({@code breakeven.reports.check-cron}, "-" turns it off), or for one report now.
 */
@Service
public class ReportRuns {

	private static final Logger log = LoggerFactory.getLogger(ReportRuns.class);

	private final JobOperator jobs;

	private final Job job;

	private final GeneratedReports reports;

	private final Clock clock;

	ReportRuns(JobOperator jobs, @Qualifier("scheduledReportsJob") Job job, GeneratedReports reports, Clock clock) {
		this.jobs = jobs;
		this.job = job;
		this.reports = reports;
		this.clock = clock;
	}

	// every report due, each rendered to up to three files: minutes at most; an hour
	// outlasts it (a run cut short by a dead instance is retried on the next tick after)
	@Scheduled(cron = "${breakeven.reports.check-cron:0 */15 * * * *}", zone = "UTC")
	@SchedulerLock(name = "report-runs", lockAtMostFor = "PT1H", lockAtLeastFor = ScheduledJobLocks.AT_LEAST)
	void onSchedule() {
		List<GeneratedReports.Generated> generated = runDue(this.clock.instant());
		generated.forEach(g -> log.info("report {} for {}: {}", g.definitionId(), g.period(), g.status()));
	}

	/** Every report due at the instant, as the schedule runs them. */
	public List<GeneratedReports.Generated> runDue(Instant at) {
		return run(at, null);
	}

	/** One report's last complete period, now, whether or not it was generated before. */
	public GeneratedReports.Generated runNow(long definitionId) {
		return run(this.clock.instant(), definitionId).get(0);
	}

	private List<GeneratedReports.Generated> run(Instant at, Long definitionId) {
		JobParametersBuilder parameters = new JobParametersBuilder().addString("at", at.toString())
			// one job instance per launch, whichever instance launches it
			.addString("launch", UUID.randomUUID().toString());
		if (definitionId != null) {
			parameters.addLong("definitionId", definitionId);
		}
		try {
			JobExecution execution = this.jobs.start(this.job, parameters.toJobParameters());
			String ids = execution.getStepExecutions()
				.stream()
				.map(step -> step.getExecutionContext().getString(ReportJobConfiguration.GENERATED, ""))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("report job " + execution.getId() + " ended "
						+ execution.getStatus() + ": " + execution.getAllFailureExceptions()));
			if (!execution.getAllFailureExceptions().isEmpty()) {
				throw new IllegalStateException(
						"report job failed: " + execution.getAllFailureExceptions().get(0).getMessage());
			}
			return Arrays.stream(ids.split(","))
				.filter(id -> !id.isBlank())
				.map(id -> this.reports.find(Long.parseLong(id)).orElseThrow())
				.toList();
		}
		catch (org.springframework.batch.core.launch.JobExecutionAlreadyRunningException
				| org.springframework.batch.core.launch.JobRestartException
				| org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException
				| org.springframework.batch.core.job.parameters.InvalidJobParametersException ex) {
			throw new IllegalStateException("cannot start the report job: " + ex.getMessage(), ex);
		}
	}

}
