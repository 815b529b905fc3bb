package org.lms.web.api.support;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The answer to a POST that made something: 201, its address below the collection, and its view. */
public final class Created {

    private Created() {
    }

    public static Response at(UriInfo collection, long id, Object view) {
        return Response.created(collection.getAbsolutePathBuilder().path(Long.toString(id)).build()).entity(view).build();
    }
}
