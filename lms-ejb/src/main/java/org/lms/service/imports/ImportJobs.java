package org.lms.service.imports;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Running and finished imports of this server, by job id, each visible to the person who started
 * it only. Kept in memory: a finished import's set-password links are handed out once and then
 * dropped; after a restart a running import is gone (the rows it applied stay applied).
 */
@ApplicationScoped
public class ImportJobs {

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    String start(long ownerId, long total) {
        String id = UUID.randomUUID().toString();
        jobs.put(id, new Job(ownerId, new ImportProgress(total, 0, 0, 0, 0, 0, false, null, List.of())));
        return id;
    }

    void update(String id, ImportProgress progress) {
        jobs.computeIfPresent(id, (key, job) -> new Job(job.ownerId(), progress));
    }

    Optional<ImportProgress> progress(String id, long ownerId) {
        Job job = id == null ? null : jobs.get(id);
        return job == null || job.ownerId() != ownerId ? Optional.empty() : Optional.of(job.progress());
    }

    void forget(String id, long ownerId) {
        jobs.computeIfPresent(id, (key, job) -> job.ownerId() == ownerId ? null : job);
    }

    private record Job(long ownerId, ImportProgress progress) {
    }
}
