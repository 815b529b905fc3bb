package org.lms.web.api.users;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of users and how many there are in all. */
@Schema(name = "UserList")
public record UserList(List<UserView> items, long total) {
}
