package org.lms.web.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lms.domain.users.UserStatus;
import org.lms.service.users.UserQuery;

class UserFilterTest {

    @Test
    void theExportLinkCarriesTheFilterAndOrderAndReadsBackTheSame() {
        UserFilter filter = new UserFilter();
        filter.setText("  Anna & Co ");
        filter.setStatus(UserStatus.ACTIVE);
        filter.setOrganizationId(12L);
        filter.setRoleId(3L);
        filter.setGroupId(99L);

        String url = filter.exportUrl("csv", UserQuery.SortField.EMAIL, true);

        assertEquals("/admin/users/export?format=csv&text=Anna+%26+Co&status=ACTIVE&organization=12&role=3&group=99&sort=EMAIL&desc=true",
                url);
        Map<String, String> parameters = new HashMap<>(Map.of("text", "Anna & Co", "status", "ACTIVE", "organization", "12",
                "role", "3", "group", "99", "sort", "EMAIL", "desc", "true"));
        assertEquals(new UserQuery("Anna & Co", UserStatus.ACTIVE, 12L, 3L, 99L, UserQuery.SortField.EMAIL, true),
                UserFilter.parse(parameters::get));
    }

    @Test
    void anEmptyFilterExportsEverythingByName() {
        assertEquals("/admin/users/export?format=xlsx&sort=NAME", new UserFilter().exportUrl("xlsx", UserQuery.SortField.NAME, false));
        assertEquals(UserQuery.all(), UserFilter.parse(name -> null));
    }

    @Test
    void malformedParametersAreLeftOut() {
        Map<String, String> parameters = Map.of("status", "GONE", "organization", "12abc", "role", "99999999999999999999",
                "sort", "PASSWORD", "text", " ");
        UserQuery query = UserFilter.parse(parameters::get);
        assertNull(query.status());
        assertNull(query.organizationId());
        assertNull(query.roleId());
        assertNull(query.text());
        assertEquals(UserQuery.SortField.NAME, query.sortField());
    }

    @Test
    void idsParseStrictly() {
        assertEquals(42L, UserFilter.parseId("42"));
        assertNull(UserFilter.parseId("-"));
        assertNull(UserFilter.parseId(null));
    }
}
