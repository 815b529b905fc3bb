package org.lms.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.StringWriter;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.lms.web.i18n.Messages;
import org.lms.web.security.ActiveUser;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuModel;

/**
 * The main menu: only the pages the caller may open, grouped by section. A menu depends on nothing
 * but which pages open (the privileges and the pages' rules), the language and the address of the
 * portal, so one built menu serves everyone who shares those (a handful per role and language),
 * and a change of role shows in the next request's menu as before.
 */
@Named
@RequestScoped
public class Menu {

    /** More menus than roles times languages; past it the cache starts again. */
    private static final int MOST_KEPT = 500;
    private static final Map<Key, SharedMenuModel> BUILT = new ConcurrentHashMap<>();

    @Inject
    private ActiveUser activeUser;

    @Inject
    private Messages messages;

    private SharedMenuModel model;

    /** What a menu is made of: the pages that open for the caller, the language and the portal's address. */
    private record Key(Set<Page> pages, Locale locale, String contextPath) {
    }

    /**
     * A menu built here, shared by everyone with the same {@link Key}; its items are addresses with
     * no script, so their markup depends on nothing else and is written once and kept here: the
     * menubar's items per client id ({@link ShellMenubarRenderer}), the list of links per page
     * ({@link TopLinks}). The markup goes when the menu leaves the cache.
     */
    static final class SharedMenuModel extends DefaultMenuModel {
        private static final long serialVersionUID = 1L;
        private final boolean flat;
        private final Map<String, String> itemsMarkup = new ConcurrentHashMap<>();
        private final Map<String, String> linksMarkup = new ConcurrentHashMap<>();

        SharedMenuModel(boolean flat) {
            this.flat = flat;
        }

        /** The menubar's items as {@code writing} writes them for the menubar {@code clientId}. */
        String itemsMarkup(String clientId, FacesContext context, Writing writing) throws IOException {
            return kept(itemsMarkup, clientId, context, writing);
        }

        /** The list of links as {@code writing} writes them on the page {@code page}. */
        String linksMarkup(String page, FacesContext context, Writing writing) throws IOException {
            return kept(linksMarkup, page, context, writing);
        }

        /** What {@code writing} writes to the response, written the first time into a text that is kept. */
        private static String kept(Map<String, String> kept, String key, FacesContext context, Writing writing) throws IOException {
            String markup = kept.get(key);
            if (markup == null) {
                ResponseWriter response = context.getResponseWriter();
                StringWriter text = new StringWriter();
                context.setResponseWriter(response.cloneWithWriter(text));
                try {
                    writing.write();
                    context.getResponseWriter().flush();
                } finally {
                    context.setResponseWriter(response);
                }
                markup = text.toString();
                kept.put(key, markup);
            }
            return markup;
        }
    }

    /** Writes markup to the current response writer. */
    @FunctionalInterface
    interface Writing {
        void write() throws IOException;
    }

    /**
     * Whether the caller's menu has no sections (a learner's few pages): the top bar then shows it as
     * plain links ({@link TopLinks}) rather than as a menubar, and the page loads no menu script.
     */
    public boolean isFlat() {
        getModel();
        return model.flat;
    }

    public MenuModel getModel() {
        if (model == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            Set<Page> pages = EnumSet.noneOf(Page.class);
            for (Page page : activeUser.openPages()) {
                if (page.inMenu()) {
                    pages.add(page);
                }
            }
            Key key = new Key(pages, faces.getViewRoot().getLocale(), faces.getExternalContext().getRequestContextPath());
            model = BUILT.get(key);
            if (model == null) {
                if (BUILT.size() >= MOST_KEPT) {
                    BUILT.clear();
                }
                model = build(key);
                BUILT.put(key, model);
            }
        }
        return model;
    }

    private SharedMenuModel build(Key key) {
        String contextPath = key.contextPath();
        SharedMenuModel menu = new SharedMenuModel(key.pages().stream().allMatch(page -> page.section() == null));
        Map<Page.Section, DefaultSubMenu> sections = new EnumMap<>(Page.Section.class);
        for (Page page : key.pages()) {
            DefaultMenuItem item = DefaultMenuItem.builder()
                    .value(messages.get(page.labelKey()))
                    .url(contextPath + page.viewId())
                    .styleClass("menu-" + page.name().toLowerCase(Locale.ROOT))
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
        // Ids now, while the menu is still this request's: rendering then only reads it, whoever shares it.
        menu.generateUniqueIds();
        return menu;
    }
}
