package org.lms.domain.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.lms.domain.content.Course;
import org.lms.domain.groups.Group;
import org.lms.domain.organizations.Organization;
import org.lms.domain.users.User;

/**
 * A rule that gives a course to a person, a group or an organization subtree. Each person it
 * reaches gets an enrollment; people who join the group or the subtree later get one then.
 */
@Entity
@Table(name = "COURSE_ASSIGNMENT")
public class CourseAssignment {

    @Id
    @SequenceGenerator(name = "COURSE_ASSIGNMENT_SEQ", sequenceName = "COURSE_ASSIGNMENT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "COURSE_ASSIGNMENT_SEQ")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "COURSE_ID", nullable = false)
    private Course course;

    @Enumerated(EnumType.STRING)
    @Column(name = "TARGET_TYPE", nullable = false, length = 20)
    private AssignmentTarget targetType;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "USER_ID")
    private User user;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "GROUP_ID")
    private Group group;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ORGANIZATION_ID")
    private Organization organization;

    @Column(name = "MANDATORY", nullable = false)
    private boolean mandatory;

    @Column(name = "DUE_ON")
    private LocalDate dueOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ASSIGNED_BY")
    private User assignedBy;

    @Column(name = "ASSIGNED_AT", nullable = false)
    private Instant assignedAt;

    protected CourseAssignment() {
    }

    private CourseAssignment(Course course, AssignmentTarget targetType, boolean mandatory, LocalDate dueOn, User assignedBy) {
        this.course = course;
        this.targetType = targetType;
        this.mandatory = mandatory;
        this.dueOn = dueOn;
        this.assignedBy = assignedBy;
        this.assignedAt = Instant.now();
    }

    public static CourseAssignment toUser(Course course, User user, boolean mandatory, LocalDate dueOn, User assignedBy) {
        CourseAssignment assignment = new CourseAssignment(course, AssignmentTarget.USER, mandatory, dueOn, assignedBy);
        assignment.user = user;
        return assignment;
    }

    public static CourseAssignment toGroup(Course course, Group group, boolean mandatory, LocalDate dueOn, User assignedBy) {
        CourseAssignment assignment = new CourseAssignment(course, AssignmentTarget.GROUP, mandatory, dueOn, assignedBy);
        assignment.group = group;
        return assignment;
    }

    public static CourseAssignment toOrganization(Course course, Organization organization, boolean mandatory, LocalDate dueOn,
            User assignedBy) {
        CourseAssignment assignment = new CourseAssignment(course, AssignmentTarget.ORGANIZATION, mandatory, dueOn, assignedBy);
        assignment.organization = organization;
        return assignment;
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public AssignmentTarget getTargetType() {
        return targetType;
    }

    public User getUser() {
        return user;
    }

    public Group getGroup() {
        return group;
    }

    public Organization getOrganization() {
        return organization;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public User getAssignedBy() {
        return assignedBy;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }
}
