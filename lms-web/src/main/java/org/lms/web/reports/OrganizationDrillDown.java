package org.lms.web.reports;

import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lms.service.organizations.OrganizationAdministration;
import org.lms.service.reports.OrganizationSummary;
import org.lms.service.reports.ReportScope;
import org.lms.service.reports.ReportService;
import org.lms.web.i18n.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.charts.bar.BarChartModel;

/**
 * The Organizations tab: an organization's people and learning counted over its subtree, its
 * direct children (each counted with its own subtree) to drill down into, and the trail back up.
 * It starts at the organization of the page's filter, else at the top of the viewer's scope.
 */
@Named
@ViewScoped
public class OrganizationDrillDown implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The children's table, back at its first page for each organization opened. */
    private static final String CHILD_TABLE = ":reports:tabs:childTable";

    @Inject
    private ReportService reports;

    @Inject
    private OrganizationAdministration organizations;

    @Inject
    private ReportsPage page;

    @Inject
    private Messages messages;

    /** The organizations from where the tab started down to the one shown; never empty once started. */
    private final List<Crumb> trail = new ArrayList<>();
    private final LazyDataModel<OrganizationSummary> children = new Children();
    private OrganizationSummary summary;
    private BarChartModel chart;
    private List<OrganizationSummary> chartChildren;
    private Long startedAt;

    /** A step of the trail. */
    public record Crumb(long id, String name) implements Serializable {
    }

    /** Starts again at the filter's organization, or the top of the scope, if it changed. */
    private void follow() {
        Long start = page.getCriteria().getOrganizationId();
        if (start == null) {
            start = organizations.tree().stream().findFirst().map(node -> node.id()).orElse(null);
        }
        if (start != null && !start.equals(startedAt)) {
            startedAt = start;
            trail.clear();
            show(start);
        }
    }

    /** Opens a direct child of the organization shown. */
    public void open(long organizationId) {
        show(organizationId);
    }

    /** Goes back up the trail to one of its organizations. */
    public void back(long organizationId) {
        while (trail.size() > 1 && trail.get(trail.size() - 1).id() != organizationId) {
            trail.remove(trail.size() - 1);
        }
        trail.remove(trail.size() - 1);
        show(organizationId);
    }

    private void show(long organizationId) {
        summary = reports.organizationSummary(organizationId);
        trail.add(new Crumb(summary.organizationId(), summary.organizationName()));
        chart = null;
        chartChildren = null;
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot().findComponent(CHILD_TABLE) instanceof UIData table) {
            table.setFirst(0);
        }
    }

    public OrganizationSummary getSummary() {
        follow();
        return summary;
    }

    public List<Crumb> getTrail() {
        follow();
        return trail;
    }

    public LazyDataModel<OrganizationSummary> getChildren() {
        return children;
    }

    /**
     * The completion rate of the direct children (the first of them, in name order), or null when
     * there are none.
     */
    public BarChartModel getChart() {
        if (getSummary() == null) {
            return null;
        }
        if (chartChildren == null) {
            chartChildren = reports.organizationChildren(summary.organizationId(), 0, ReportScope.MAX_PAGE_SIZE);
            chart = chartChildren.isEmpty() ? null : CompletionChart.of(chartChildren, messages.get("reports.column.completionRate"));
        }
        return chart;
    }

    /** The export of the organization shown and its children: a plain link, relative to the application. */
    public String exportUrl(String format) {
        OrganizationSummary shown = getSummary();
        return ReportsPage.link(Map.of(ReportsExportServlet.REPORT, ReportKind.ORGANIZATIONS.parameter(),
                ReportsExportServlet.FORMAT, format, ReportCriteria.ORGANIZATION, shown == null ? "" : shown.organizationId()));
    }

    private final class Children extends LazyDataModel<OrganizationSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            OrganizationSummary shown = getSummary();
            return shown == null ? 0 : (int) reports.countOrganizationChildren(shown.organizationId());
        }

        @Override
        public List<OrganizationSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            OrganizationSummary shown = getSummary();
            return shown == null ? List.of() : reports.organizationChildren(shown.organizationId(), first, pageSize);
        }

        @Override
        public String getRowKey(OrganizationSummary row) {
            return Long.toString(row.organizationId());
        }
    }
}
