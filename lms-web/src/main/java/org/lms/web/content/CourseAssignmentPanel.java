package org.lms.web.content;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lms.domain.learning.AssignmentTarget;
import org.lms.domain.learning.LearnerStatus;
import org.lms.service.learning.AssignablePeople;
import org.lms.service.learning.AssignmentOutcome;
import org.lms.service.learning.AssignmentRow;
import org.lms.service.learning.EnrollmentAdministration;
import org.lms.service.learning.EnrollmentFilter;
import org.lms.service.learning.EnrollmentRow;
import org.lms.service.users.UserRow;
import org.lms.web.shell.AddressParameters;
import org.lms.web.shell.Feedback;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The course editor's "Assign" panel: a rule for a person, a group or an organization, the rules
 * the course has, and its learners a page at a time, filtered by status (overdue included) and
 * sorted by the service.
 */
@Named
@ViewScoped
public class CourseAssignmentPanel implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PICKER_SIZE = 15;

    @Inject
    private EnrollmentAdministration enrollments;

    @Inject
    private AssignablePeople people;

    @Inject
    private CourseEditorPage page;

    @Inject
    private Feedback feedback;

    private AssignmentTarget targetType = AssignmentTarget.USER;
    private UserRow person;
    private Long groupId;
    private Long organizationId;
    private boolean mandatory;
    private LocalDate dueOn;
    private List<AssignmentRow> rules;
    private String text;
    private LearnerStatus status;
    private EnrollmentFilter.Sort sort = EnrollmentFilter.Sort.NAME;
    private boolean ascending = true;
    private final LazyDataModel<EnrollmentRow> learners = new Learners();

    /** The picker's last offers by id: the converter picks from these, so nothing else can be chosen. */
    private final Map<String, UserRow> offered = new HashMap<>();
    private final Converter<UserRow> converter = new OfferedPeople();

    public List<UserRow> candidates(String query) {
        List<UserRow> found = people.find(query, PICKER_SIZE);
        offered.clear();
        found.forEach(row -> offered.put(Long.toString(row.id()), row));
        return found;
    }

    /** How the picker names a person: name and email, as two people may share a name. */
    public String label(UserRow row) {
        return row == null ? "" : row.name() + " (" + row.email() + ")";
    }

    public void assign() {
        long courseId = page.getCourse().id();
        try {
            AssignmentOutcome outcome;
            switch (targetType) {
                case USER -> outcome = person == null ? null : enrollments.assign(courseId, person.id(), mandatory, dueOn);
                case GROUP -> outcome = groupId == null ? null : enrollments.assignToGroup(courseId, groupId, mandatory, dueOn);
                default -> outcome = organizationId == null ? null
                        : enrollments.assignToOrganization(courseId, organizationId, mandatory, dueOn);
            }
            if (outcome == null) {
                feedback.error("assign.chooseTarget");
                return;
            }
            feedback.info("assign.assigned", outcome.enrolled());
            person = null;
            rules = null;
        } catch (RuntimeException e) {
            feedback.failed(e, "assign");
        }
    }

    public void removeRule(AssignmentRow rule) {
        try {
            enrollments.removeAssignment(page.getCourse().id(), rule.id());
            feedback.info("assign.ruleRemoved", rule.targetLabel());
        } catch (RuntimeException e) {
            feedback.failed(e, null);
        }
        rules = null;
    }

    public List<AssignmentRow> getRules() {
        if (rules == null) {
            rules = enrollments.assignments(page.getCourse().id());
        }
        return rules;
    }

    public AssignmentTarget[] getTargetTypes() {
        return AssignmentTarget.values();
    }

    public LearnerStatus[] getStatuses() {
        return LearnerStatus.values();
    }

    public Converter<UserRow> getConverter() {
        return converter;
    }

    public LazyDataModel<EnrollmentRow> getLearners() {
        return learners;
    }

    public AssignmentTarget getTargetType() {
        return targetType;
    }

    public void setTargetType(AssignmentTarget targetType) {
        this.targetType = targetType;
    }

    public UserRow getPerson() {
        return person;
    }

    public void setPerson(UserRow person) {
        this.person = person;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public void setMandatory(boolean mandatory) {
        this.mandatory = mandatory;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LearnerStatus getStatus() {
        return status;
    }

    public void setStatus(LearnerStatus status) {
        this.status = status;
    }

    private EnrollmentFilter filter() {
        return new EnrollmentFilter(text, status, sort, ascending);
    }

    /** The table's sort column (its field names the service's sort), else by name. */
    private void sortBy(Map<String, SortMeta> sortBy) {
        sort = EnrollmentFilter.Sort.NAME;
        ascending = true;
        for (SortMeta meta : sortBy.values()) {
            EnrollmentFilter.Sort chosen = AddressParameters.enumValue(EnrollmentFilter.Sort.class, meta.getField());
            if (chosen != null && meta.getOrder() != SortOrder.UNSORTED) {
                sort = chosen;
                ascending = meta.getOrder() == SortOrder.ASCENDING;
            }
        }
    }

    private final class OfferedPeople implements Converter<UserRow>, Serializable {

        private static final long serialVersionUID = 1L;

        @Override
        public UserRow getAsObject(FacesContext context, UIComponent component, String value) {
            return value == null ? null : offered.get(value);
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, UserRow value) {
            return value == null ? "" : Long.toString(value.id());
        }
    }

    private final class Learners extends LazyDataModel<EnrollmentRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return page.getCourse() == null ? 0 : (int) enrollments.countEnrollments(page.getCourse().id(), filter());
        }

        @Override
        public List<EnrollmentRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            sortBy(sortBy);
            return page.getCourse() == null ? List.of() : enrollments.enrollments(page.getCourse().id(), filter(), first, pageSize);
        }

        @Override
        public String getRowKey(EnrollmentRow row) {
            return Long.toString(row.id());
        }
    }
}
