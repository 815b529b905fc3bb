package org.lms.web.shell;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.primefaces.component.menu.AbstractMenu;
import org.primefaces.component.menubar.MenubarRenderer;
import org.primefaces.model.menu.MenuElement;
import org.primefaces.model.menu.MenuModel;

/**
 * PrimeFaces' menubar, with the markup of the menu's items written once per built menu. {@link Menu}
 * shares one model among everyone with the same pages, language and address, and the items' markup
 * depends on nothing else, while writing it was the most expensive part of every page's frame. The
 * facets (the person's name, the sign-out button) and the widget's script, which carries the
 * request's script nonce, are still written for every request, so the menu behaves as before.
 * Only items with addresses are cached: an item with a script of its own would need the request's
 * nonce, so a menu with one is written in full every time.
 */
public class ShellMenubarRenderer extends MenubarRenderer {

    /** The items' markup per shared model and client id; a model dropped from {@link Menu}'s cache drops its markup. */
    private static final Map<MenuModel, Map<String, String>> WRITTEN = Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    protected void encodeElements(FacesContext context, AbstractMenu menu, List<MenuElement> elements) throws IOException {
        MenuModel model = menu.getModel();
        if (model == null || elements != model.getElements() || !Menu.isShared(model)) {
            super.encodeElements(context, menu, elements);
            return;
        }
        String clientId = menu.getClientId(context);
        Map<String, String> byClientId = WRITTEN.computeIfAbsent(model, m -> new ConcurrentHashMap<>());
        String markup = byClientId.get(clientId);
        if (markup == null) {
            markup = written(context, menu, elements);
            byClientId.put(clientId, markup);
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
