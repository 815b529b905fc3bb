package org.lms.web.content;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.lms.domain.content.ContentStatus;
import org.lms.service.content.CourseAdministration;
import org.lms.service.content.CourseFilter;
import org.lms.service.content.CourseRow;
import org.lms.web.shell.AddressParameters;
import org.lms.web.shell.Feedback;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The content library: the courses of the caller's scope, searched, filtered by state and sorted by
 * the service a page at a time; and "New course", which opens the new course's editor.
 */
@Named
@ViewScoped
public class CourseLibraryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CourseAdministration courses;

    @Inject
    private Feedback feedback;

    private String text;
    private ContentStatus status;
    private CourseFilter.Sort sort = CourseFilter.Sort.CREATED;
    private boolean ascending;
    private String newTitle;
    private String newDescription;
    private Long newOrganizationId;
    private final LazyDataModel<CourseRow> rows = new Rows();

    public void create() {
        long id;
        try {
            id = courses.create(newOrganizationId == null ? 0 : newOrganizationId, newTitle, newDescription);
        } catch (RuntimeException e) {
            feedback.failed(e, "newCourse");
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        feedback.info("courses.created", newTitle);
        try {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/admin/course.xhtml?id=" + id);
        } catch (IOException e) {
            throw new IllegalStateException("cannot open the new course", e);
        }
    }

    public ContentStatus[] getStatuses() {
        return ContentStatus.values();
    }

    public LazyDataModel<CourseRow> getRows() {
        return rows;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public ContentStatus getStatus() {
        return status;
    }

    public void setStatus(ContentStatus status) {
        this.status = status;
    }

    public String getNewTitle() {
        return newTitle;
    }

    public void setNewTitle(String newTitle) {
        this.newTitle = newTitle;
    }

    public String getNewDescription() {
        return newDescription;
    }

    public void setNewDescription(String newDescription) {
        this.newDescription = newDescription;
    }

    public Long getNewOrganizationId() {
        return newOrganizationId;
    }

    public void setNewOrganizationId(Long newOrganizationId) {
        this.newOrganizationId = newOrganizationId;
    }

    private CourseFilter filter() {
        return new CourseFilter(text, status, sort, ascending);
    }

    /** The table's sort column (its field names the service's sort), else the newest first. */
    private void sortBy(Map<String, SortMeta> sortBy) {
        sort = CourseFilter.Sort.CREATED;
        ascending = false;
        for (SortMeta meta : sortBy.values()) {
            CourseFilter.Sort chosen = AddressParameters.enumValue(CourseFilter.Sort.class, meta.getField());
            if (chosen != null && meta.getOrder() != SortOrder.UNSORTED) {
                sort = chosen;
                ascending = meta.getOrder() == SortOrder.ASCENDING;
            }
        }
    }

    private final class Rows extends LazyDataModel<CourseRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) courses.count(filter());
        }

        @Override
        public List<CourseRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            sortBy(sortBy);
            return courses.library(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(CourseRow row) {
            return Long.toString(row.id());
        }
    }
}
