package org.lms.service.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lms.domain.users.EmailAddress;
import org.lms.domain.users.User;
import org.lms.service.permissions.Reason;

/**
 * Decides, row by row, what an import does: create, update, leave unchanged, or refuse with a
 * reason. Pure logic over what {@link Lookups} tells it, so the dry run and the real run plan
 * alike, and the rules are testable without a database.
 */
public final class ImportPlanner {

    /** What the planner needs to know of the account, seen from the importer's scope. */
    public interface Lookups {

        /** People with these email keys, in or out of the importer's scope. */
        Map<String, Existing> existing(List<String> emailKeys);

        /** An organization of the importer's scope by its path of names, or by a name unique there. */
        Optional<Long> organization(String reference);

        /** A role by key or name, with the reason the importer may not grant it (empty if they may). */
        Optional<RoleRef> role(String reference);

        RoleRef defaultRole();

        /** How many more people may be active; {@link Long#MAX_VALUE} without a seat limit. */
        long seatsLeft();

        long importerId();
    }

    /** A person who exists already. {@code manageable} is empty when the importer may change them. */
    public record Existing(long id, String name, long organizationId, long roleId, boolean active, boolean inScope,
            Optional<Reason> notManageable) {
    }

    public record RoleRef(long id, Optional<Reason> notGrantable) {
    }

    private ImportPlanner() {
    }

    public static List<PlannedRow> plan(List<ImportLine> lines, Lookups lookups) {
        List<String> keys = new ArrayList<>();
        for (ImportLine line : lines) {
            EmailAddress.parse(line.email()).ifPresent(email -> keys.add(EmailAddress.key(email)));
        }
        Map<String, Existing> existing = lookups.existing(keys);
        Map<String, Long> firstLineOf = new HashMap<>();
        long seatsLeft = lookups.seatsLeft();
        List<PlannedRow> plan = new ArrayList<>(lines.size());
        for (ImportLine line : lines) {
            PlannedRow row = planOne(line, existing, firstLineOf, lookups);
            // Seats: creating someone, or activating someone, takes one.
            boolean takesSeat = row.action() == ImportAction.CREATE
                    || row.action() == ImportAction.UPDATE && Boolean.TRUE.equals(row.active())
                            && existing.containsKey(EmailAddress.key(line.email())) && !existing.get(EmailAddress.key(line.email())).active();
            if (takesSeat) {
                if (seatsLeft <= 0) {
                    row = PlannedRow.error(line, new Reason("import.seatLimit"));
                } else if (seatsLeft != Long.MAX_VALUE) {
                    seatsLeft--;
                }
            }
            plan.add(row);
        }
        return plan;
    }

    private static PlannedRow planOne(ImportLine line, Map<String, Existing> existing, Map<String, Long> firstLineOf,
            Lookups lookups) {
        Optional<String> email = EmailAddress.parse(line.email());
        if (email.isEmpty()) {
            return PlannedRow.error(line, new Reason(line.email() == null ? "import.emailMissing" : "import.emailInvalid"));
        }
        String key = EmailAddress.key(email.get());
        Long first = firstLineOf.putIfAbsent(key, line.line());
        if (first != null) {
            return PlannedRow.error(line, new Reason("import.duplicateInFile", first));
        }
        if (line.name() != null && (line.name().length() > User.NAME_MAX || line.name().codePoints().anyMatch(Character::isISOControl))) {
            return PlannedRow.error(line, new Reason("import.nameInvalid", User.NAME_MAX));
        }
        Boolean active = null;
        if (line.status() != null) {
            String status = line.status().toLowerCase(Locale.ROOT);
            if (status.equals("active")) {
                active = true;
            } else if (status.equals("deactivated") || status.equals("inactive")) {
                active = false;
            } else {
                return PlannedRow.error(line, new Reason("import.statusInvalid", line.status()));
            }
        }
        Long organization = null;
        if (line.organization() != null) {
            Optional<Long> found = lookups.organization(line.organization());
            if (found.isEmpty()) {
                return PlannedRow.error(line, new Reason("import.organizationUnknown", line.organization()));
            }
            organization = found.get();
        }
        RoleRef role = null;
        if (line.role() != null) {
            Optional<RoleRef> found = lookups.role(line.role());
            if (found.isEmpty()) {
                return PlannedRow.error(line, new Reason("import.roleUnknown", line.role()));
            }
            role = found.get();
        }

        Existing person = existing.get(key);
        if (person == null) {
            return planCreate(line, email.get(), organization, role, active, lookups);
        }
        if (!person.inScope()) {
            // Never say who it is or where: the address is simply not available to this importer.
            return PlannedRow.error(line, new Reason("import.emailUnavailable"));
        }
        return planUpdate(line, email.get(), person, organization, role, active, lookups);
    }

    private static PlannedRow planCreate(ImportLine line, String email, Long organization, RoleRef role, Boolean active,
            Lookups lookups) {
        if (line.name() == null) {
            return PlannedRow.error(line, new Reason("import.nameMissing"));
        }
        if (organization == null) {
            return PlannedRow.error(line, new Reason("import.organizationMissing"));
        }
        RoleRef chosen = role == null ? lookups.defaultRole() : role;
        if (chosen.notGrantable().isPresent()) {
            return PlannedRow.error(line, chosen.notGrantable().get());
        }
        if (Boolean.FALSE.equals(active)) {
            return PlannedRow.error(line, new Reason("import.createDeactivated"));
        }
        return new PlannedRow(line.line(), email, ImportAction.CREATE, null, line.name(), organization, chosen.id(), true,
                List.of(new Reason("import.willCreate")));
    }

    private static PlannedRow planUpdate(ImportLine line, String email, Existing person, Long organization, RoleRef role,
            Boolean active, Lookups lookups) {
        List<Reason> changes = new ArrayList<>();
        String name = line.name() != null && !line.name().equals(person.name()) ? line.name() : null;
        if (name != null) {
            changes.add(new Reason("import.changeName", person.name(), name));
        }
        Long newOrganization = organization != null && organization != person.organizationId() ? organization : null;
        if (newOrganization != null) {
            changes.add(new Reason("import.changeOrganization"));
        }
        Long newRole = role != null && role.id() != person.roleId() ? role.id() : null;
        if (newRole != null) {
            changes.add(new Reason("import.changeRole"));
        }
        Boolean newActive = active != null && active != person.active() ? active : null;
        if (newActive != null) {
            changes.add(new Reason(newActive ? "import.changeActivate" : "import.changeDeactivate"));
        }
        if (changes.isEmpty()) {
            return new PlannedRow(line.line(), email, ImportAction.UNCHANGED, person.id(), null, null, null, null, List.of());
        }
        if (person.notManageable().isPresent()) {
            return PlannedRow.error(line, person.notManageable().get());
        }
        if (person.id() == lookups.importerId() && (newRole != null || Boolean.FALSE.equals(newActive))) {
            return PlannedRow.error(line, new Reason(newRole != null ? "rule.notOwnRole" : "rule.notYourself"));
        }
        if (newRole != null && role.notGrantable().isPresent()) {
            return PlannedRow.error(line, role.notGrantable().get());
        }
        return new PlannedRow(line.line(), email, ImportAction.UPDATE, person.id(), name, newOrganization, newRole, newActive,
                List.copyOf(changes));
    }
}
