package org.lms.web.users;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lms.domain.users.UserStatus;
import org.lms.service.users.UserQuery;
import org.lms.web.shell.AddressParameters;

/**
 * The user list's filter as the page holds it and as its export link carries it. The same
 * parameter names serve the page's address, so a filtered list can be linked to and exported.
 */
public class UserFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String TEXT = "text";
    public static final String STATUS = "status";
    public static final String ORGANIZATION = "organization";
    public static final String ROLE = "role";
    public static final String GROUP = "group";
    public static final String SORT = "sort";
    public static final String DESCENDING = "desc";
    public static final String FORMAT = "format";

    private String text;
    private UserStatus status;
    private Long organizationId;
    private Long roleId;
    private Long groupId;

    public UserQuery query(UserQuery.SortField sortField, boolean descending) {
        String cleanText = text == null || text.isBlank() ? null : text.strip();
        return new UserQuery(cleanText, status, organizationId, roleId, groupId, sortField, descending);
    }

    /** The export address for the filter and order, relative to the application. */
    public String exportUrl(String format, UserQuery.SortField sortField, boolean descending) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put(FORMAT, format);
        parameters.put(TEXT, text == null || text.isBlank() ? null : text.strip());
        parameters.put(STATUS, status);
        parameters.put(ORGANIZATION, organizationId);
        parameters.put(ROLE, roleId);
        parameters.put(GROUP, groupId);
        parameters.put(SORT, sortField);
        parameters.put(DESCENDING, descending ? "true" : null);
        return "/admin/users/export?" + parameters.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /**
     * Reads a query from request parameters, as the export link writes them; anything malformed
     * is left out, which widens nothing beyond the caller's scope (the service limits that).
     */
    public static UserQuery parse(Function<String, String> parameter) {
        UserFilter filter = new UserFilter();
        filter.text = parameter.apply(TEXT);
        filter.status = parseEnum(UserStatus.class, parameter.apply(STATUS));
        filter.organizationId = parseId(parameter.apply(ORGANIZATION));
        filter.roleId = parseId(parameter.apply(ROLE));
        filter.groupId = parseId(parameter.apply(GROUP));
        UserQuery.SortField sort = parseEnum(UserQuery.SortField.class, parameter.apply(SORT));
        return filter.query(sort == null ? UserQuery.SortField.NAME : sort, "true".equals(parameter.apply(DESCENDING)));
    }

    static Long parseId(String value) {
        return AddressParameters.id(value);
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value) {
        return AddressParameters.enumValue(type, value);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public UserStatus getStatus() {
        return status;
    }

    public void setStatus(UserStatus status) {
        this.status = status;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public Long getRoleId() {
        return roleId;
    }

    public void setRoleId(Long roleId) {
        this.roleId = roleId;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }
}
