package org.lms.web.shell;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.primefaces.component.menu.AbstractMenu;
import org.primefaces.component.menubar.MenubarRenderer;
import org.primefaces.model.menu.MenuElement;

/**
 * PrimeFaces' menubar, with the markup of the menu's items written once per built menu. {@link Menu}
 * shares one model among everyone with the same pages, language and address, and the items' markup
 * depends on nothing else, while writing it was the most expensive part of every page's frame. The
 * facets (the person's name, the sign-out button) and the widget's script, which carries the
 * request's script nonce, are still written for every request, so the menu behaves as before.
 * Only {@link Menu.SharedMenuModel}s are written once: their items are addresses, where an item with
 * a script of its own would need the request's nonce; any other menu is written in full every time.
 */
public class ShellMenubarRenderer extends MenubarRenderer {

    @Override
    protected void encodeElements(FacesContext context, AbstractMenu menu, List<MenuElement> elements) throws IOException {
        if (!(menu.getModel() instanceof Menu.SharedMenuModel shared) || elements != shared.getElements()) {
            super.encodeElements(context, menu, elements);
            return;
        }
        String clientId = menu.getClientId(context);
        String markup = shared.itemsMarkup().get(clientId);
        if (markup == null) {
            markup = written(context, menu, elements);
            shared.itemsMarkup().put(clientId, markup);
        }
        context.getResponseWriter().write(markup);
    }

    /** The items as {@link MenubarRenderer} writes them, into a text instead of the response. */
    private String written(FacesContext context, AbstractMenu menu, List<MenuElement> elements) throws IOException {
        ResponseWriter response = context.getResponseWriter();
        StringWriter text = new StringWriter();
        context.setResponseWriter(response.cloneWithWriter(text));
        try {
            super.encodeElements(context, menu, elements);
            context.getResponseWriter().flush();
        } finally {
            context.setResponseWriter(response);
        }
        return text.toString();
    }
}
