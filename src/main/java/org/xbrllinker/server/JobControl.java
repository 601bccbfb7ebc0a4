package org.xbrllinker.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionIsRunningException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.enterprise.context.ApplicationScoped;

import org.xbrllinker.batch.JobSettings;
import org.xbrllinker.pipeline.Settings;

/**
 * Starts, watches, stops and restarts the batch jobs of this deployment through the server's {@link JobOperator}
 * (WildFly's batch-jberet, with the job repository the server configures). Shared by the REST API and the schedules.
 */
@ApplicationScoped
public class JobControl {

    /** The job parameters a request may set (those of {@code link-disclosures}, see its job XML). */
    static final Set<String> PARAMETERS = Set.of(JobSettings.INPUTS, JobSettings.STORE, JobSettings.TAXONOMY,
            JobSettings.REPORT, JobSettings.BASE_IRI, JobSettings.EXTENSION_PREFIX, JobSettings.EXTENSION_NAMESPACE,
            JobSettings.CHECKS, "chunkSize", "skipLimit", JobSettings.PARTITIONS,
            JobSettings.COMPACT_ABOVE_MB, JobSettings.CALC_MODE);

    /** Parameters of list form (paths, one a line) whose paths must exist when the job starts. */
    private static final List<String> PATH_LISTS = List.of(JobSettings.INPUTS, JobSettings.TAXONOMY, JobSettings.CHECKS);

    private JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    /** The jobs this deployment can run: the job XMLs it carries. */
    public List<String> jobs() {
        return List.of(JobSettings.JOB);
    }

    /**
     * Starts {@code job} with {@code requested} parameters after checking them; parameters left out take the server's
     * settings ({@link ServerSettings}); the report goes to a file of its own under the reports folder.
     *
     * @return the new execution's id
     */
    public long start(String job, Map<String, String> requested, String schedule) {
        requireJob(job);
        Properties params = parameters(requested);
        if (schedule != null) {
            params.setProperty(Schedules.SCHEDULE_PARAMETER, schedule);
        }
        try {
            return operator().start(job, params);
        } catch (NoSuchJobException e) {
            throw ProblemException.notFound("no-such-job", "no job named '" + job + "'");
        }
    }

    /** The checked parameters of a start, with the server's defaults filled in. */
    Properties parameters(Map<String, String> requested) {
        for (String name : requested.keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw ProblemException.badRequest("unknown-parameter", "unknown job parameter '" + name
                        + "'; known: " + PARAMETERS.stream().sorted().toList());
            }
        }
        Map<String, String> p = new LinkedHashMap<>(requested);
        String inputs = p.get(JobSettings.INPUTS);
        if (inputs == null || Settings.paths(inputs).isEmpty()) {
            throw ProblemException.badRequest("missing-parameter", "job parameter 'inputs' is required: "
                    + "the disclosures, filing folders or instances to link, one path a line or an array");
        }
        for (String list : PATH_LISTS) {
            for (Path path : Settings.paths(p.get(list))) {
                if (!Files.exists(path)) {
                    throw ProblemException.badRequest("missing-input", "job parameter '" + list
                            + "' names a path that does not exist on the server: " + path);
                }
            }
        }
        if (p.containsKey(JobSettings.PARTITIONS)) {
            try {
                JobSettings.partitions(p.get(JobSettings.PARTITIONS));
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest("bad-parameter", e.getMessage());
            }
        }
        if (p.containsKey(JobSettings.CALC_MODE)) {
            try {
                p.put(JobSettings.CALC_MODE, JobSettings.calcMode(p.get(JobSettings.CALC_MODE)).code());
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest("bad-parameter", e.getMessage());
            }
        }
        p.putIfAbsent(JobSettings.STORE, ServerSettings.store().toString());
        if (!ServerSettings.taxonomy().isEmpty()) {
            p.putIfAbsent(JobSettings.TAXONOMY, ServerSettings.taxonomy());
        }
        if (!ServerSettings.baseIri().isEmpty()) {
            p.putIfAbsent(JobSettings.BASE_IRI, ServerSettings.baseIri());
        }
        if (!p.containsKey(JobSettings.REPORT)) {
            Path reports = ServerSettings.reports();
            try {
                Files.createDirectories(reports);
            } catch (IOException e) {
                throw new IllegalStateException("cannot create the reports folder " + reports, e);
            }
            p.put(JobSettings.REPORT, reports.resolve(UUID.randomUUID() + ".json").toString());
        }
        for (String list : PATH_LISTS) {
            // on one line: the JDBC job repository keeps a parameter's first line only, which a restart would read back
            p.computeIfPresent(list, (name, value) -> Settings.join(Settings.paths(value)));
        }
        Properties out = new Properties();
        p.forEach(out::setProperty);
        return out;
    }

    public ExecutionView view(long id, String apiBase) {
        JobExecution e = execution(id);
        JobInstance instance = operator().getJobInstance(id);
        return ExecutionView.of(instance.getInstanceId(), e, operator().getStepExecutions(id), apiBase);
    }

    /** The newest executions of {@code job} (all jobs when null), newest first. */
    public List<ExecutionView> list(String job, int limit, String apiBase) {
        List<ExecutionView> out = new ArrayList<>();
        List<String> names = job == null ? new ArrayList<>(operator().getJobNames()) : List.of(job);
        for (String name : names) {
            List<JobInstance> instances;
            try {
                instances = operator().getJobInstances(name, 0, limit);
            } catch (NoSuchJobException e) {
                if (job != null && jobs().contains(job)) {
                    continue;
                }
                throw ProblemException.notFound("no-such-job", "no job named '" + name + "'");
            }
            for (JobInstance instance : instances) {
                for (JobExecution e : operator().getJobExecutions(instance)) {
                    out.add(ExecutionView.of(instance.getInstanceId(), e,
                            operator().getStepExecutions(e.getExecutionId()), apiBase));
                }
            }
        }
        out.sort(Comparator.comparingLong(ExecutionView::id).reversed());
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    public void stop(long id) {
        execution(id);
        try {
            operator().stop(id);
        } catch (JobExecutionNotRunningException e) {
            throw ProblemException.conflict("not-running", "execution " + id + " is not running: "
                    + operator().getJobExecution(id).getBatchStatus());
        }
    }

    /** Restarts a failed or stopped execution with its parameters (and any {@code overrides}): a new execution. */
    public long restart(long id, Map<String, String> overrides) {
        JobExecution e = execution(id);
        Properties params = new Properties();
        params.putAll(e.getJobParameters());
        Map<String, String> merged = mergedForCheck(e.getJobParameters(), overrides);
        if (!overrides.containsKey(JobSettings.REPORT)) {
            merged.remove(JobSettings.REPORT); // each execution writes a report of its own
        }
        params.putAll(parameters(merged));
        try {
            return operator().restart(id, params);
        } catch (JobExecutionAlreadyCompleteException ex) {
            throw ProblemException.conflict("already-complete", "execution " + id + " completed; nothing to restart");
        } catch (JobExecutionNotMostRecentException ex) {
            throw ProblemException.conflict("not-most-recent", "execution " + id
                    + " is not the most recent of its job instance; restart that one");
        } catch (JobExecutionIsRunningException ex) {
            throw ProblemException.conflict("running", "execution " + id + " is still running; stop it first");
        } catch (JobRestartException ex) {
            throw ProblemException.conflict("not-restartable", "execution " + id + " cannot be restarted: "
                    + ex.getMessage());
        }
    }

    private static Map<String, String> mergedForCheck(Properties original, Map<String, String> overrides) {
        Map<String, String> m = new LinkedHashMap<>();
        original.stringPropertyNames().stream().filter(PARAMETERS::contains).forEach(k -> m.put(k, original.getProperty(k)));
        m.putAll(overrides);
        return m;
    }

    /** The JSON report an execution wrote: the same document as the command line's {@code --report}. */
    public Path report(long id) {
        JobExecution e = execution(id);
        String file = e.getJobParameters() == null ? null : e.getJobParameters().getProperty(JobSettings.REPORT);
        if (file == null || !Files.isRegularFile(Path.of(file))) {
            String status = String.valueOf(e.getBatchStatus());
            throw ProblemException.notFound("no-report", "execution " + id + " has no report (yet); it is " + status);
        }
        return Path.of(file);
    }

    private JobExecution execution(long id) {
        try {
            return operator().getJobExecution(id);
        } catch (NoSuchJobExecutionException e) {
            throw ProblemException.notFound("no-such-execution", "no job execution " + id);
        }
    }

    private void requireJob(String job) {
        if (!jobs().contains(job)) {
            throw ProblemException.notFound("no-such-job", "no job named '" + job + "'; jobs: " + jobs());
        }
    }
}
