package org.lms.web.reports;

import java.util.ArrayList;
import java.util.List;
import org.lms.service.reports.OrganizationSummary;
import org.primefaces.model.charts.ChartData;
import org.primefaces.model.charts.axes.cartesian.CartesianScales;
import org.primefaces.model.charts.axes.cartesian.linear.CartesianLinearAxes;
import org.primefaces.model.charts.bar.BarChartDataSet;
import org.primefaces.model.charts.bar.BarChartModel;
import org.primefaces.model.charts.bar.BarChartOptions;

/** A bar chart of completion rates in percent, one bar per organization; the table beside it says the same in text. */
public final class CompletionChart {

    private static final String BAR_COLOUR = "#2f6f9f";

    private CompletionChart() {
    }

    public static BarChartModel of(List<OrganizationSummary> organizations, String label) {
        List<Object> rates = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (OrganizationSummary organization : organizations) {
            names.add(organization.organizationName());
            Integer rate = CompletionRate.of(organization.completed(), organization.enrollments());
            rates.add(rate == null ? 0 : rate);
        }
        BarChartDataSet bars = new BarChartDataSet();
        bars.setLabel(label);
        bars.setData(rates);
        bars.setBackgroundColor(BAR_COLOUR);
        ChartData data = new ChartData();
        data.addChartDataSet(bars);
        data.setLabels(names);

        CartesianLinearAxes percent = new CartesianLinearAxes();
        percent.setMin(0);
        percent.setMax(100);
        CartesianScales scales = new CartesianScales();
        scales.addYAxesData(percent);
        BarChartOptions options = new BarChartOptions();
        options.setScales(scales);
        options.setMaintainAspectRatio(false);

        BarChartModel model = new BarChartModel();
        model.setData(data);
        model.setOptions(options);
        return model;
    }
}
