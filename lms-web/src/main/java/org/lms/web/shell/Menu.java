package org.lms.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.Map;
import org.lms.web.i18n.Messages;
import org.lms.web.security.ActiveUser;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuModel;

/** The main menu: only the pages the caller may open, grouped by section. */
@Named
@RequestScoped
public class Menu {

    @Inject
    private ActiveUser activeUser;

    @Inject
    private Messages messages;

    private MenuModel model;

    public MenuModel getModel() {
        if (model == null) {
            model = build();
        }
        return model;
    }

    private MenuModel build() {
        String contextPath = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        DefaultMenuModel menu = new DefaultMenuModel();
        Map<Page.Section, DefaultSubMenu> sections = new EnumMap<>(Page.Section.class);
        for (Page page : Page.values()) {
            if (!page.inMenu() || !activeUser.mayOpen(page)) {
                continue;
            }
            DefaultMenuItem item = DefaultMenuItem.builder()
                    .value(messages.get(page.labelKey()))
                    .url(contextPath + page.viewId())
                    .styleClass("menu-" + page.name().toLowerCase(java.util.Locale.ROOT))
                    .build();
            if (page.section() == null) {
                menu.getElements().add(item);
            } else {
                sections.computeIfAbsent(page.section(), section -> {
                    DefaultSubMenu sub = DefaultSubMenu.builder().label(messages.get(section.labelKey())).build();
                    menu.getElements().add(sub);
                    return sub;
                }).getElements().add(item);
            }
        }
        return menu;
    }
}
