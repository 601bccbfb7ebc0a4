package org.xbrllinker.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Properties;

import jakarta.batch.operations.BatchRuntimeException;
import jakarta.transaction.TransactionManager;

import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jberet.operations.JobOperatorImpl;
import org.jberet.repository.JdbcRepository;
import org.jberet.repository.JobRepository;
import org.jberet.se.BatchSEEnvironment;
import org.jberet.spi.ArtifactFactory;
import org.jberet.spi.BatchEnvironment;
import org.jberet.spi.JobTask;
import org.jberet.spi.JobXmlResolver;

/**
 * JBeret SE with the job repository of one store: an embedded H2 database in {@code STORE/job-repository}, beside the
 * TDB2 files, so that an execution a process left unfinished (failed, stopped, or killed) can be restarted by a later
 * process. Everything else (thread pool, Weld, the job XML) is JBeret SE's, shared by the stores a process opens:
 * JBeret SE's own repository ({@code jberet.properties}, read once per JVM) is never used by the command line.
 */
final class StoreJobs implements AutoCloseable {

    /** The folder of the job repository inside a store. */
    static final String REPOSITORY_DIR = "job-repository";

    /** The tables, with room for long job parameters and exit statuses (JBeret's own H2 DDL has 3,000 and 512). */
    static final String DDL = "org/xbrllinker/cli/job-repository.ddl";

    /** The store's job repository cannot be used: another process has it open, or the store folder cannot be made. */
    static final class InUseException extends Exception {
        InUseException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Path folder;
    private final JdbcConnectionPool pool;
    private final JobOperatorImpl operator;

    private StoreJobs(Path folder, JdbcConnectionPool pool, JobOperatorImpl operator) {
        this.folder = folder;
        this.pool = pool;
        this.operator = operator;
    }

    /** The job repository folder of a store. */
    static Path folder(Path store) {
        return store.toAbsolutePath().normalize().resolve(REPOSITORY_DIR);
    }

    /** Opens (and creates, the first time) the job repository of {@code store}. */
    static StoreJobs open(Path store) throws InUseException, java.io.IOException {
        Path folder;
        try {
            folder = Files.createDirectories(folder(store));
        } catch (java.nio.file.FileSystemException e) {
            // a file where the store folder should be, or a folder that cannot be written: the user's to fix
            throw new InUseException(store + " cannot hold a store: cannot make its job repository folder " + folder(store)
                    + " (" + (e.getReason() == null ? e.getClass().getSimpleName() : e.getReason()) + "); --store names"
                    + " a TDB2 store folder (made when missing) or a SPARQL server's dataset URL", e);
        }
        // WRITE_DELAY=0: each repository update is on disk when JBeret goes on, so a killed process loses no checkpoint
        // (TRACE_LEVEL_FILE=0: JBeret's probe for its tables would leave a trace file beside it)
        JdbcConnectionPool pool = JdbcConnectionPool.create(
                "jdbc:h2:file:" + folder.resolve("jberet") + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0", "", "");
        try {
            pool.getConnection().close();
        } catch (SQLException e) {
            pool.dispose();
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new InUseException("the job repository " + folder + " is in use by another process"
                        + " (is a link or restart on this store still running?)", e);
            }
            throw new BatchRuntimeException("cannot open the job repository " + folder + ": " + e.getMessage(), e);
        }
        Properties config = new Properties();
        config.setProperty(JdbcRepository.DDL_FILE_NAME_KEY, DDL);
        JobRepository repository = new JdbcRepository(pool, config);
        return new StoreJobs(folder, pool, new JobOperatorImpl(new StoreEnvironment(repository)));
    }

    /** JBeret's operator over this store's repository. */
    JobOperatorImpl operator() {
        return operator;
    }

    Path folder() {
        return folder;
    }

    /** Closes the repository's connections (the database closes with the last one). */
    @Override
    public void close() {
        pool.dispose();
    }

    /** JBeret SE's environment, one per process (made on first use; a failure is met again by the next use). */
    private static BatchSEEnvironment se;

    private static synchronized BatchSEEnvironment se() {
        if (se == null) {
            se = new BatchSEEnvironment();
        }
        return se;
    }

    /**
     * Boots JBeret SE's bean container (Weld), which the first job start of the process does otherwise: JBeret SE keeps
     * one container per JVM and makes it once, so the job finds it running ({@link LinkWarmup}).
     */
    static void bootWeld() {
        se().getArtifactFactory();
    }

    /**
     * Reads a job's XML as a job start does (each job repository keeps its own copy, so this one is not used again):
     * loads and runs once the code that reads it, for {@link LinkWarmup}.
     */
    static void readJobXml(String job) {
        org.jberet.creation.ArchiveXmlLoader.loadJobXml(job, se().getClassLoader(), new java.util.ArrayList<>(),
                se().getJobXmlResolver());
    }

    /** JBeret SE's environment with the store's job repository. */
    private record StoreEnvironment(JobRepository repository) implements BatchEnvironment {

        @Override
        public ClassLoader getClassLoader() {
            return se().getClassLoader();
        }

        @Override
        public ArtifactFactory getArtifactFactory() {
            return se().getArtifactFactory();
        }

        @Override
        public void submitTask(JobTask task) {
            se().submitTask(task);
        }

        @Override
        public TransactionManager getTransactionManager() {
            return se().getTransactionManager();
        }

        @Override
        public JobRepository getJobRepository() {
            return repository;
        }

        @Override
        public JobXmlResolver getJobXmlResolver() {
            return se().getJobXmlResolver();
        }

        @Override
        public Properties getBatchConfigurationProperties() {
            return se().getBatchConfigurationProperties();
        }

        @Override
        public String getApplicationName() {
            return se().getApplicationName();
        }
    }
}
