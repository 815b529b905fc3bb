package org.lms.web.export;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.lms.service.permissions.InvalidInput;
import org.lms.service.permissions.NotFound;
import org.lms.service.permissions.Refusal;
import org.lms.web.i18n.Messages;
import org.lms.web.security.ActiveUser;

/**
 * A list's export: the filter in the address of the page's export link, run through the same
 * scoped service query page by page and streamed to the response, in the reader's language and
 * time zone. A caller who may not read the list, or a filter naming something out of scope, gets
 * "not found", as the pages answer. Subclasses say how to read the filter and the rows.
 */
public abstract class ExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** The request parameter naming the format: csv or xlsx. */
    public static final String FORMAT = "format";

    @Inject
    private transient ActiveUser activeUser;

    /**
     * What to stream: the file's base name, how many rows it will hold (as counted when it was
     * prepared, or -1), and how to write the rows, telling a listener how many each page brought.
     */
    public interface Download {

        String fileName();

        long rows();

        void write(TableExport.Format format, OutputStream out, TableExport.PageListener listener) throws IOException;

        default void write(TableExport.Format format, OutputStream out) throws IOException {
            write(format, out, rows -> { });
        }

        static <R> Download of(String fileName, TableExport<R> table, TableExport.Pages<R> pages) {
            return of(fileName, -1, table, TableExport.Rows.paged(pages));
        }

        static <R> Download of(String fileName, long rows, TableExport<R> table, TableExport.Pages<R> pages) {
            return of(fileName, rows, table, TableExport.Rows.paged(pages));
        }

        static <R> Download of(String fileName, long rows, TableExport<R> table, TableExport.Rows<R> all) {
            return new Download() {
                @Override
                public String fileName() {
                    return fileName;
                }

                @Override
                public long rows() {
                    return rows;
                }

                @Override
                public void write(TableExport.Format format, OutputStream out, TableExport.PageListener listener)
                        throws IOException {
                    table.write(format, all, out, listener);
                }
            };
        }
    }

    /**
     * Reads the filter from {@code request} and asks the service once (so that a refusal still
     * leaves the response free for the error page), then returns what to stream.
     */
    protected abstract Download prepare(HttpServletRequest request, ResourceBundle texts, ZoneId zone);

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<TableExport.Format> format = TableExport.Format.parse(request.getParameter(FORMAT));
        if (format.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ZoneId zone = activeUser.getTimeZone();
        Download download;
        try {
            download = prepare(request, ResourceBundle.getBundle(Messages.BUNDLE, locale(request)), zone);
        } catch (EJBAccessException | NotFound | InvalidInput | Refusal e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(format.get().contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + format.get().fileName(download.fileName()) + "\"");
        response.setHeader("Cache-Control", "no-store");
        download.write(format.get(), response.getOutputStream());
    }

    /** The person's language, else the browser's first one the portal speaks, else English. */
    private Locale locale(HttpServletRequest request) {
        var chosen = activeUser.chosenLocale();
        if (chosen.isPresent()) {
            return "de".equals(chosen.get().getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
        }
        for (Enumeration<Locale> wanted = request.getLocales(); wanted.hasMoreElements();) {
            String language = wanted.nextElement().getLanguage();
            if ("de".equals(language) || "en".equals(language)) {
                return Locale.forLanguageTag(language);
            }
        }
        return Locale.ENGLISH;
    }
}
