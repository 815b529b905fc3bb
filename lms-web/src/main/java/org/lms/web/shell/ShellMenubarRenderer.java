package org.lms.web.shell;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.List;
import org.primefaces.component.menu.AbstractMenu;
import org.primefaces.component.menubar.MenubarRenderer;
import org.primefaces.model.menu.MenuElement;

/**
 * PrimeFaces' menubar, with the markup of the menu's items written once per built menu. {@link Menu}
 * shares one model among everyone with the same pages, language and address, and the items' markup
 * depends on nothing else, while writing it was the most expensive part of every page's frame. The
 * facets (the person's name, the sign-out form) and the widget's script, which carries the
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
        context.getResponseWriter().write(shared.itemsMarkup(menu.getClientId(context), context,
                () -> super.encodeElements(context, menu, elements)));
    }
}
