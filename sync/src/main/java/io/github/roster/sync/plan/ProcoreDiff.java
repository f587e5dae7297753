package io.github.roster.sync.plan;

import io.github.roster.sync.ActionKind;
import io.github.roster.sync.PlannedAction;
import io.github.roster.sync.Platform;
import io.github.roster.sync.SafetyRules;
import io.github.roster.sync.config.ProcoreSettings;
import io.github.roster.sync.hr.HrPerson;
import io.github.roster.sync.internal.PlanFields;
import io.github.roster.sync.internal.TargetUser;
import java.util.ArrayList;
import java.util.List;

/**
 * The actions that bring a Procore company's directory in line with HR: joiners created (with {@code origin_id}),
 * leavers deactivated, people employed again reactivated, changed e-mails, names and job titles updated, and
 * {@code origin_id} written for someone matched by e-mail. Field names are Procore's ({@code email_address}).
 */
final class ProcoreDiff {

    private static final List<String> FIELDS =
            List.of(PlanFields.FIRST_NAME, PlanFields.LAST_NAME, PlanFields.EMAIL_ADDRESS, PlanFields.JOB_TITLE, PlanFields.ORIGIN_ID);

    private ProcoreDiff() {
    }

    static List<PlannedAction> actions(ProcoreSettings settings, TargetRead read, List<HrPerson> people,
                                       SafetyRules safety) {
        String target = settings.target();
        List<PlannedAction> actions = new ArrayList<>();
        Matching m = Matching.procore(read, people, p -> p.attribute(settings.originIdField()));
        for (HrPerson p : people) {
            TargetUser u = m.matched.get(p);
            if (safety.isProtected(p.email())
                    || (u != null && safety.isProtected(u.get(PlanFields.EMAIL_ADDRESS)))) {
                continue;
            }
            String origin = p.attribute(settings.originIdField());
            if (m.uncertain.containsKey(p)) {
                actions.add(new ActionDraft().build(Platform.PROCORE, target, ActionKind.BLOCKED, p.employeeId(),
                        p.email(), null, m.uncertain.get(p)));
            } else if (u == null) {
                if (p.employed()) {
                    ActionDraft d = new ActionDraft();
                    for (String field : FIELDS) {
                        d.change(field, null, wanted(p, field, origin));
                    }
                    actions.add(d.build(Platform.PROCORE, target, ActionKind.CREATE, p.employeeId(), p.email(), null,
                            null));
                }
            } else if (p.employed()) {
                boolean reactivate = "inactive".equals(u.status());
                if (reactivate) {
                    ActionDraft d = new ActionDraft();
                    d.change(PlanFields.STATUS, u.status(), "active");
                    actions.add(d.build(Platform.PROCORE, target, ActionKind.REACTIVATE, p.employeeId(), p.email(),
                            u.userId(), null));
                }
                ActionDraft d = new ActionDraft();
                for (String field : FIELDS) {
                    d.change(field, u.get(field), wanted(p, field, origin));
                }
                if (d.hasChanges()) {
                    if (!reactivate) {
                        d.held(PlanFields.STATUS, u.status());
                    }
                    actions.add(d.build(Platform.PROCORE, target, ActionKind.UPDATE, p.employeeId(), p.email(),
                            u.userId(), m.matchedByEmail.contains(u.userId())
                                    ? "matched by e-mail: origin_id is written so that the next run matches by it"
                                    : null));
                }
            } else if ("active".equals(u.status())) {
                actions.add(deactivation(target, p.employeeId(), p.email(), u, "left (HR status " + p.status() + ")"));
            }
        }
        for (TargetUser u : read.users()) {
            if (!m.claimed.contains(u.userId()) && "active".equals(u.status())
                    && !safety.isProtected(u.get(PlanFields.EMAIL_ADDRESS))) {
                actions.add(safety.deactivateUnmanaged()
                        ? deactivation(target, null, u.get(PlanFields.EMAIL_ADDRESS), u, Unmanaged.REASON)
                        : new ActionDraft().held(PlanFields.STATUS, u.status()).build(Platform.PROCORE, target,
                                ActionKind.UNMANAGED, null, u.get(PlanFields.EMAIL_ADDRESS), u.userId(),
                                "not in the HR export"));
            }
        }
        return actions;
    }

    private static PlannedAction deactivation(String target, String employeeId, String email, TargetUser u,
                                              String why) {
        ActionDraft d = new ActionDraft();
        d.change(PlanFields.STATUS, u.status(), "inactive");
        return d.build(Platform.PROCORE, target, ActionKind.DEACTIVATE, employeeId, email, u.userId(), why);
    }

    private static String wanted(HrPerson p, String field, String origin) {
        return switch (field) {
            case PlanFields.EMAIL_ADDRESS -> p.email();
            case PlanFields.FIRST_NAME -> p.firstName();
            case PlanFields.LAST_NAME -> p.lastName();
            case PlanFields.JOB_TITLE -> p.jobTitle();
            case PlanFields.ORIGIN_ID -> origin;
            default -> throw new IllegalArgumentException(field);
        };
    }
}
