package org.lms.service.imports;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.lms.domain.roles.Privilege;
import org.lms.domain.users.EmailAddress;
import org.lms.domain.users.User;
import org.lms.domain.users.UserStatus;
import org.lms.service.permissions.Actor;
import org.lms.service.permissions.GrantRules;
import org.lms.service.permissions.Guard;
import org.lms.service.permissions.InvalidInput;
import org.lms.service.permissions.NotFound;
import org.lms.service.permissions.TargetType;
import org.lms.service.security.Caller;

/**
 * Bulk import of people from a CSV file (see {@link ImportFile}): a dry run that changes nothing
 * and says row by row what would happen, then the import itself, in the background with
 * progress, idempotent by email. It creates, updates and leaves unchanged; it deactivates only
 * when asked and when the importer confirms the exact count the dry run showed; it never deletes.
 */
@Stateless
@RolesAllowed(Privilege.Names.MANAGE_USERS)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UserImport {

    private static final Logger LOG = Logger.getLogger(UserImport.class.getName());
    private static final int SLICE = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Guard guard;

    @Inject
    private ImportJobs jobs;

    @Inject
    private ImportChunk chunks;

    @Resource
    private SessionContext context;

    /** What importing the file would do; changes nothing. */
    public ImportPlan dryRun(byte[] csv, boolean deactivateMissing) {
        List<ImportLine> lines = ImportFile.parse(csv);
        List<PlannedRow> rows = ImportPlanner.plan(lines, lookups());
        return ImportPlan.of(rows, deactivateMissing ? missing(lines).size() : 0);
    }

    /**
     * Starts the import and answers its job id at once; {@link #progress} follows it. When it would
     * deactivate anyone, {@code confirmedDeactivations} must repeat the dry run's count.
     */
    public String start(byte[] csv, boolean deactivateMissing, long confirmedDeactivations) {
        List<ImportLine> lines = ImportFile.parse(csv);
        ImportPlan plan = ImportPlan.of(ImportPlanner.plan(lines, lookups()), deactivateMissing ? missing(lines).size() : 0);
        if (plan.deactivations() != confirmedDeactivations) {
            throw InvalidInput.field("confirmedDeactivations", "import.confirmDeactivations", plan.deactivations());
        }
        String job = jobs.start(caller.require().getId(), lines.size());
        context.getBusinessObject(UserImport.class).run(job, lines, deactivateMissing);
        return job;
    }

    /**
     * The import itself, in the background under the importer's identity. It plans again with the
     * importer's rights (nothing is trusted from before), then applies the plan in slices. The
     * future tells when it is over (and carries a refusal of the call itself).
     */
    @Asynchronous
    public Future<Void> run(String job, List<ImportLine> lines, boolean deactivateMissing) {
        long owner = caller.require().getId();
        try {
            List<PlannedRow> rows = ImportPlanner.plan(lines, lookups());
            long failed = rows.stream().filter(r -> r.action() == ImportAction.ERROR).count();
            long done = 0;
            long created = 0;
            long updated = 0;
            long deactivated = 0;
            List<String[]> links = new ArrayList<>();
            for (int from = 0; from < rows.size(); from += SLICE) {
                List<PlannedRow> slice = rows.subList(from, Math.min(rows.size(), from + SLICE));
                ImportChunk.Applied applied = chunks.apply(new ArrayList<>(slice));
                created += applied.created();
                updated += applied.updated();
                deactivated += applied.deactivated();
                links.addAll(applied.links());
                done += slice.size();
                jobs.update(job, new ImportProgress(lines.size(), done, created, updated, deactivated, failed, false, null, List.of()));
            }
            if (deactivateMissing) {
                List<Long> leftOut = missing(lines);
                for (int from = 0; from < leftOut.size(); from += SLICE) {
                    deactivated += chunks.deactivate(new ArrayList<>(leftOut.subList(from, Math.min(leftOut.size(), from + SLICE))));
                }
            }
            jobs.update(job, new ImportProgress(lines.size(), lines.size(), created, updated, deactivated, failed, true, null,
                    List.copyOf(links)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Import " + job + " of user " + owner + " stopped", e);
            jobs.update(job, new ImportProgress(lines.size(), 0, 0, 0, 0, 0, true, "import.stopped", List.of()));
        }
        return new AsyncResult<>(null);
    }

    public ImportProgress progress(String job) {
        return jobs.progress(job, caller.require().getId()).orElseThrow(() -> new NotFound(TargetType.ACCOUNT, job));
    }

    /** Drops a finished import's record and its set-password links once the importer has them. */
    public void discard(String job) {
        jobs.forget(job, caller.require().getId());
    }

    private ImportPlanner.Lookups lookups() {
        return new ImportLookupsFromDatabase(em, guard.actor(), caller.scopePath());
    }

    /**
     * Active people of the importer's scope whom the file does not name, and whom the importer may
     * manage; never the importer. Read as ids and email keys only.
     */
    private List<Long> missing(List<ImportLine> lines) {
        Set<String> named = new HashSet<>();
        for (ImportLine line : lines) {
            EmailAddress.parse(line.email()).ifPresent(email -> named.add(EmailAddress.key(email)));
        }
        Actor actor = guard.actor();
        List<Long> missing = new ArrayList<>();
        for (User user : em.createQuery("SELECT u FROM User u WHERE u.organizationPath LIKE :scope AND u.status = :active",
                User.class).setParameter("scope", caller.scopePath() + "%").setParameter("active", UserStatus.ACTIVE).getResultList()) {
            if (!named.contains(user.getEmailKey()) && user.getId() != actor.userId()
                    && GrantRules.whyNotManage(actor, user).isEmpty()) {
                missing.add(user.getId());
            }
        }
        return missing;
    }
}
