package org.lms.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.lms.web.security.ActiveUser;

/** Dates, times and numbers in the person's language and time zone. */
@Named
@RequestScoped
public class Formats {

    @Inject
    private Locales locales;

    @Inject
    private ActiveUser activeUser;

    @Inject
    private Messages messages;

    /**
     * A number format per language, copied for each use ({@link #numberFormat}, {@link #percentFormat}):
     * looking one up finds the locale's data and parses its pattern, which cost more than the copy. A
     * format is not thread-safe, so the shared ones are never used themselves.
     */
    private static final Map<Locale, NumberFormat> NUMBER_FORMATS = new ConcurrentHashMap<>();
    private static final Map<Locale, NumberFormat> PERCENT_FORMATS = new ConcurrentHashMap<>();

    private Locale dateLocale;
    private DateTimeFormatter dateFormat;
    private Locale percentLocale;
    private NumberFormat percentFormat;
    private Locale numberLocale;
    private NumberFormat numberFormat;

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locales.getCurrent())
                .withZone(activeUser.getTimeZone())
                .format(instant);
    }

    /** The time of day alone, with seconds, e.g. "14:05:09": for things that happened moments ago. */
    public String time(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM).withLocale(locales.getCurrent())
                .withZone(activeUser.getTimeZone()).format(instant);
    }

    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        Locale locale = locales.getCurrent();
        if (!locale.equals(dateLocale)) {
            // A list formats a date per row: one formatter per request (it is immutable) rather than one per row.
            dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
            dateLocale = locale;
        }
        return dateFormat.format(date);
    }

    public String today() {
        return date(LocalDate.now(activeUser.getTimeZone()));
    }

    /** How dates are typed into date fields in the person's language, e.g. "dd.MM.yyyy". */
    public String getDatePattern() {
        return messages.get("formats.datePattern");
    }

    /** A whole percentage, e.g. "50 %" in German and "50%" in English. */
    public String percent(int percent) {
        Locale locale = locales.getCurrent();
        if (!locale.equals(percentLocale)) {
            // Once per request, not per row of a list.
            percentFormat = percentFormat(locale);
            percentLocale = locale;
        }
        return percentFormat.format(percent / 100.0);
    }

    /** A file size in KB, MB or GB with one decimal in the person's language, e.g. "1,5 MB". */
    public String bytes(long bytes) {
        String[] units = {"KB", "MB", "GB"};
        double value = bytes / 1024.0;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        NumberFormat format = numberFormat(locales.getCurrent());
        format.setMaximumFractionDigits(1);
        return format.format(value) + " " + units[unit];
    }

    public String number(Number number) {
        if (number == null) {
            return "";
        }
        Locale locale = locales.getCurrent();
        if (!locale.equals(numberLocale)) {
            numberFormat = numberFormat(locale);
            numberLocale = locale;
        }
        return numberFormat.format(number);
    }

    /** A number format of {@code locale} for the caller alone to use (and change). */
    public static NumberFormat numberFormat(Locale locale) {
        return (NumberFormat) NUMBER_FORMATS.computeIfAbsent(locale, NumberFormat::getNumberInstance).clone();
    }

    /** A percent format of {@code locale} for the caller alone to use (and change). */
    public static NumberFormat percentFormat(Locale locale) {
        return (NumberFormat) PERCENT_FORMATS.computeIfAbsent(locale, NumberFormat::getPercentInstance).clone();
    }
}
