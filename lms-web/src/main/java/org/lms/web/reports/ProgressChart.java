package org.lms.web.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.lms.service.reports.MonthProgress;
import org.primefaces.model.charts.ChartData;
import org.primefaces.model.charts.axes.cartesian.CartesianScales;
import org.primefaces.model.charts.axes.cartesian.linear.CartesianLinearAxes;
import org.primefaces.model.charts.axes.cartesian.linear.CartesianLinearTicks;
import org.primefaces.model.charts.line.LineChartDataSet;
import org.primefaces.model.charts.line.LineChartModel;
import org.primefaces.model.charts.line.LineChartOptions;

/** A line chart of enrollments assigned and finished per month; the table beside it says the same in text. */
public final class ProgressChart {

    private static final String ASSIGNED_COLOUR = "#8a8f98";
    private static final String COMPLETED_COLOUR = "#2f6f9f";

    private ProgressChart() {
    }

    public static LineChartModel of(List<MonthProgress> months, Function<MonthProgress, String> label, String assignedLabel,
            String completedLabel) {
        List<String> labels = new ArrayList<>();
        List<Object> assigned = new ArrayList<>();
        List<Object> completed = new ArrayList<>();
        for (MonthProgress month : months) {
            labels.add(label.apply(month));
            assigned.add(month.assigned());
            completed.add(month.completed());
        }
        ChartData data = new ChartData();
        data.addChartDataSet(line(assignedLabel, assigned, ASSIGNED_COLOUR));
        data.addChartDataSet(line(completedLabel, completed, COMPLETED_COLOUR));
        data.setLabels(labels);

        // Whole enrollments only: no ticks between counts.
        CartesianLinearTicks ticks = new CartesianLinearTicks();
        ticks.setPrecision(0);
        CartesianLinearAxes counts = new CartesianLinearAxes();
        counts.setMin(0);
        counts.setBeginAtZero(true);
        counts.setTicks(ticks);
        CartesianScales scales = new CartesianScales();
        scales.addYAxesData(counts);
        LineChartOptions options = new LineChartOptions();
        options.setScales(scales);
        options.setMaintainAspectRatio(false);

        LineChartModel model = new LineChartModel();
        model.setData(data);
        model.setOptions(options);
        return model;
    }

    private static LineChartDataSet line(String label, List<Object> values, String colour) {
        LineChartDataSet line = new LineChartDataSet();
        line.setLabel(label);
        line.setData(values);
        line.setBorderColor(colour);
        line.setBackgroundColor(colour);
        line.setFill(false);
        return line;
    }
}
