package org.lms.web.permissions;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lms.domain.roles.Privilege;
import org.lms.service.permissions.Decision;
import org.lms.service.permissions.ExplainTarget;
import org.lms.service.permissions.NotFound;
import org.lms.service.permissions.PermissionExplainer;
import org.lms.service.permissions.TargetType;
import org.lms.web.i18n.Locales;
import org.lms.web.i18n.Messages;
import org.lms.web.shell.AddressParameters;
import org.lms.web.shell.Feedback;

/**
 * "Why?": pick a person of one's scope, a privilege and optionally a target (a person,
 * organization, group or course of one's scope), and read the decision with its reasons. The
 * pickers offer only what the service finds in the caller's scope; the page can also be opened
 * with its choices in the address ({@code ?user=7&privilege=MANAGE_USERS&targetType=GROUP&target=3}),
 * where anything out of scope answers "not found".
 */
@Named
@ViewScoped
public class WhyPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PICKER_SIZE = 15;
    /** The kinds of targets a person may pick: those that belong to an organization. */
    private static final List<TargetType> TARGET_TYPES = List.of(TargetType.USER, TargetType.ORGANIZATION, TargetType.GROUP,
            TargetType.COURSE);

    @Inject
    private PermissionExplainer explainer;

    @Inject
    private Messages messages;

    @Inject
    private Locales locales;

    @Inject
    private Feedback feedback;

    private String userParameter;
    private String privilegeParameter;
    private String targetTypeParameter;
    private String targetParameter;

    private ExplainTarget user;
    private Privilege privilege;
    private TargetType targetType;
    private ExplainTarget target;
    private Decision decision;

    /** The pickers' offers by key: the converter picks from these, so nothing else can be chosen. */
    private final Map<String, ExplainTarget> offered = new HashMap<>();
    private final Converter<ExplainTarget> converter = new Offered();

    /** Takes the choices in the address; a person or target outside the scope is "not found". */
    public void load() {
        try {
            if (userParameter != null) {
                user = offer(explainer.target(TargetType.USER, required(AddressParameters.id(userParameter))));
            }
            privilege = AddressParameters.enumValue(Privilege.class, privilegeParameter);
            TargetType type = AddressParameters.enumValue(TargetType.class, targetTypeParameter);
            targetType = type != null && TARGET_TYPES.contains(type) ? type : null;
            if (targetType != null && targetParameter != null) {
                target = offer(explainer.target(targetType, required(AddressParameters.id(targetParameter))));
            }
        } catch (NotFound e) {
            feedback.notFoundPage();
            return;
        }
        if (user != null && privilege != null) {
            explain();
        }
    }

    private static long required(Long id) {
        if (id == null) {
            throw new NotFound(TargetType.USER, "malformed");
        }
        return id;
    }

    public void explain() {
        try {
            boolean withTarget = targetType != null && target != null;
            decision = explainer.explain(user.id(), privilege, withTarget ? targetType : null, withTarget ? target.id() : null);
        } catch (RuntimeException e) {
            decision = null;
            feedback.failed(e, "why");
        }
    }

    /** A choice changed: the decision shown no longer answers it. */
    public void changed() {
        decision = null;
    }

    /** Another kind of target: the target picked before no longer fits. */
    public void targetTypeChanged() {
        target = null;
        decision = null;
    }

    public List<ExplainTarget> people(String text) {
        return offerAll(explainer.candidates(TargetType.USER, text, PICKER_SIZE));
    }

    public List<ExplainTarget> targets(String text) {
        return targetType == null ? List.of() : offerAll(explainer.candidates(targetType, text, PICKER_SIZE));
    }

    private List<ExplainTarget> offerAll(List<ExplainTarget> found) {
        found.forEach(this::offer);
        return found;
    }

    private ExplainTarget offer(ExplainTarget candidate) {
        offered.put(key(candidate), candidate);
        return candidate;
    }

    private static String key(ExplainTarget candidate) {
        return candidate.type().name() + ":" + candidate.id();
    }

    /** How a picker names a choice: its name and what tells it apart (an email, an organization). */
    public String label(ExplainTarget candidate) {
        if (candidate == null) {
            return "";
        }
        return candidate.detail() == null ? candidate.name() : candidate.name() + " (" + candidate.detail() + ")";
    }

    /** The privileges grouped by category, named in the reader's language. */
    public List<SelectItem> getPrivileges() {
        return Arrays.stream(Privilege.Category.values()).map(category -> {
            SelectItemGroup group = new SelectItemGroup(messages.get("privilegeCategory." + category.name()));
            group.setSelectItems(Arrays.stream(Privilege.values()).filter(p -> p.category() == category)
                    .map(p -> new SelectItem(p, messages.get(p.labelKey()))).toArray(SelectItem[]::new));
            return (SelectItem) group;
        }).toList();
    }

    public List<TargetType> getTargetTypes() {
        return TARGET_TYPES;
    }

    /** The reasons of the decision in order, in the reader's language. */
    public List<String> getReasons() {
        return decision == null ? List.of() : decision.messages(locales.getCurrent());
    }

    public Converter<ExplainTarget> getConverter() {
        return converter;
    }

    public Decision getDecision() {
        return decision;
    }

    public ExplainTarget getUser() {
        return user;
    }

    public void setUser(ExplainTarget user) {
        this.user = user;
    }

    public Privilege getPrivilege() {
        return privilege;
    }

    public void setPrivilege(Privilege privilege) {
        this.privilege = privilege;
    }

    public TargetType getTargetType() {
        return targetType;
    }

    public void setTargetType(TargetType targetType) {
        this.targetType = targetType;
    }

    public ExplainTarget getTarget() {
        return target;
    }

    public void setTarget(ExplainTarget target) {
        this.target = target;
    }

    public String getUserParameter() {
        return userParameter;
    }

    public void setUserParameter(String userParameter) {
        this.userParameter = userParameter;
    }

    public String getPrivilegeParameter() {
        return privilegeParameter;
    }

    public void setPrivilegeParameter(String privilegeParameter) {
        this.privilegeParameter = privilegeParameter;
    }

    public String getTargetTypeParameter() {
        return targetTypeParameter;
    }

    public void setTargetTypeParameter(String targetTypeParameter) {
        this.targetTypeParameter = targetTypeParameter;
    }

    public String getTargetParameter() {
        return targetParameter;
    }

    public void setTargetParameter(String targetParameter) {
        this.targetParameter = targetParameter;
    }

    private final class Offered implements Converter<ExplainTarget>, Serializable {

        private static final long serialVersionUID = 1L;

        @Override
        public ExplainTarget getAsObject(FacesContext context, UIComponent component, String value) {
            return value == null ? null : offered.get(value);
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, ExplainTarget value) {
            return value == null ? "" : key(value);
        }
    }
}
