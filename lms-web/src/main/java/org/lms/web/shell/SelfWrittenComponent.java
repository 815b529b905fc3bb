package org.lms.web.shell;

import jakarta.faces.component.UIComponentBase;

/**
 * A component without a renderer, which writes its markup itself: for the parts of the busiest pages
 * that are written on every request (the cards of My learning, a learner's menu), where templates
 * cost a component and an expression per value.
 */
public abstract class SelfWrittenComponent extends UIComponentBase {

    private static final String FAMILY = "org.lms.selfWritten";

    protected SelfWrittenComponent() {
        setRendererType(null);
    }

    @Override
    public String getFamily() {
        return FAMILY;
    }
}
