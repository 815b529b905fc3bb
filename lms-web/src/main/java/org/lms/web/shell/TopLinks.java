package org.lms.web.shell;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.Objects;
import org.primefaces.model.menu.MenuElement;
import org.primefaces.model.menu.MenuItem;
import org.primefaces.model.menu.MenuModel;

/**
 * A menu without sections as a list of plain links ({@code <shell:topLinks value="#{menu.model}"/>}),
 * for the top bar of people whose menu is a handful of pages (learners). Links in a list are the
 * navigation pattern that needs no script: Tab reaches every entry, Enter opens it, and the page
 * shown is marked {@code aria-current="page"}. The markup of a shared menu is written once per page
 * and kept with the menu, as {@link ShellMenubarRenderer} does for the menubar.
 */
@FacesComponent(createTag = true, namespace = TopLinks.NAMESPACE, tagName = "topLinks")
public class TopLinks extends SelfWrittenComponent {

    public static final String NAMESPACE = "lms.shell";

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        MenuModel model = (MenuModel) getAttributes().get("value");
        if (model == null) {
            return;
        }
        String current = context.getExternalContext().getRequestContextPath() + context.getViewRoot().getViewId();
        if (model instanceof Menu.SharedMenuModel shared) {
            context.getResponseWriter().write(shared.linksMarkup(current, context,
                    () -> write(context.getResponseWriter(), model, current)));
        } else {
            write(context.getResponseWriter(), model, current);
        }
    }

    private void write(ResponseWriter out, MenuModel model, String current) throws IOException {
        out.startElement("ul", this);
        out.writeAttribute("class", "top-links", null);
        for (MenuElement element : model.getElements()) {
            if (element instanceof MenuItem item) {
                out.startElement("li", null);
                out.startElement("a", null);
                out.writeURIAttribute("href", item.getUrl(), null);
                out.writeAttribute("class", "top-link " + Objects.toString(item.getStyleClass(), ""), null);
                if (current.equals(item.getUrl())) {
                    out.writeAttribute("aria-current", "page", null);
                }
                out.writeText(item.getValue(), null);
                out.endElement("a");
                out.endElement("li");
            }
        }
        out.endElement("ul");
    }
}
