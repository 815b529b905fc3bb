package org.lms.web.reports;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.lms.service.reports.ReportFilter;
import org.lms.web.shell.AddressParameters;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A report as a lazy table: the page's filter and the column sorted by go to the service, which
 * counts, sorts and pages in the database. A column's {@code field} names a constant of the
 * report's sort enum; reports with one fixed order have none.
 *
 * @param <R> the report's rows
 * @param <S> the report's sort enum
 */
public abstract class ReportRows<R, S extends Enum<S>> extends LazyDataModel<R> {

    private static final long serialVersionUID = 1L;

    /** Where the rows' filter comes from: the page's criteria, read at each load. */
    @FunctionalInterface
    public interface FilterSource extends Serializable {
        ReportFilter filter();
    }

    private final FilterSource source;
    private final Class<S> sortType;
    private S sort;
    private boolean descending;

    protected ReportRows(FilterSource source, Class<S> sortType, S defaultSort) {
        this.source = source;
        this.sortType = sortType;
        this.sort = defaultSort;
    }

    protected abstract long count(ReportFilter filter);

    protected abstract List<R> page(ReportFilter filter, S sort, boolean descending, int first, int size);

    protected abstract long key(R row);

    /** The column the table is sorted by now, or null for a report of one fixed order. */
    public S getSort() {
        return sort;
    }

    public boolean isDescending() {
        return descending;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, count(source.filter()));
    }

    @Override
    public List<R> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        follow(sortBy);
        return page(source.filter(), sort, descending, first, pageSize);
    }

    private void follow(Map<String, SortMeta> sortBy) {
        for (SortMeta meta : sortBy.values()) {
            S chosen = sortType == null ? null : AddressParameters.enumValue(sortType, meta.getField());
            if (chosen != null && meta.getOrder() != SortOrder.UNSORTED) {
                sort = chosen;
                descending = meta.getOrder() == SortOrder.DESCENDING;
            }
            return;
        }
    }

    @Override
    public String getRowKey(R row) {
        return Long.toString(key(row));
    }
}
