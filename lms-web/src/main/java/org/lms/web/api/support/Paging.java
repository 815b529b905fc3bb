package org.lms.web.api.support;

/** Which page of a list: {@code page} counts from 0, {@code size} items per page. */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    /** The services' own limit per page. */
    public static final int MAX_SIZE = org.lms.service.users.UserDirectory.MAX_PAGE_SIZE;

    /** The index of the page's first item. */
    public int first() {
        return page * size;
    }
}
