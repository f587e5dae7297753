package io.github.roster.sync.plan;

import io.github.roster.sync.ActionKind;
import io.github.roster.sync.PlannedAction;
import io.github.roster.sync.Platform;
import io.github.roster.sync.SafetyRules;
import io.github.roster.sync.SyncState;
import io.github.roster.sync.hr.HrPerson;
import io.github.roster.sync.internal.PlanFields;
import io.github.roster.sync.internal.TargetUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The actions that bring a BIM 360 account's users in line with HR. Joiners are created (Autodesk answers
 * {@code not_invited}); leavers deactivated; a leaver still {@code pending} or {@code not_invited}, whose status
 * Autodesk refuses to change, is {@code blocked}; someone employed again is reactivated. The account user PATCH
 * can write only {@code status}, {@code company_id} and {@code default_role}, so a changed e-mail, name or job
 * title is reported {@code blocked} (it is the user's Autodesk profile), not planned as an update.
 */
final class Bim360Diff {

    private static final List<String> PROFILE_FIELDS = List.of(PlanFields.EMAIL, PlanFields.FIRST_NAME, PlanFields.LAST_NAME, PlanFields.JOB_TITLE);
    private static final Set<String> STATUS_LOCKED = Set.of("pending", "not_invited");

    private Bim360Diff() {
    }

    static List<PlannedAction> actions(String account, TargetRead read, List<HrPerson> people, SyncState state,
                                       SafetyRules safety) {
        List<PlannedAction> actions = new ArrayList<>();
        Matching m = Matching.autodesk(Platform.BIM360, account, read, people, state);
        for (HrPerson p : people) {
            TargetUser u = m.matched.get(p);
            if (safety.isProtected(p.email()) || (u != null && safety.isProtected(u.get(PlanFields.EMAIL)))) {
                continue;
            }
            if (m.uncertain.containsKey(p)) {
                actions.add(new ActionDraft().build(Platform.BIM360, account, ActionKind.BLOCKED, p.employeeId(),
                        p.email(), null, m.uncertain.get(p)));
            } else if (u == null) {
                if (p.employed()) {
                    ActionDraft d = new ActionDraft();
                    for (String field : PROFILE_FIELDS) {
                        d.change(field, null, wanted(p, field));
                    }
                    actions.add(d.build(Platform.BIM360, account, ActionKind.CREATE, p.employeeId(), p.email(), null,
                            null));
                }
            } else if (p.employed()) {
                employed(account, p, u, actions);
            } else {
                offboard(account, p.employeeId(), p.email(), u, "left (HR status " + p.status() + ")", actions);
            }
        }
        for (TargetUser u : read.users()) {
            if (!m.claimed.contains(u.userId()) && !"inactive".equals(u.status())
                    && !safety.isProtected(u.get(PlanFields.EMAIL))) {
                if (safety.deactivateUnmanaged()) {
                    offboard(account, null, u.get(PlanFields.EMAIL), u, Unmanaged.REASON, actions);
                } else {
                    actions.add(new ActionDraft().held(PlanFields.STATUS, u.status()).build(Platform.BIM360, account,
                            ActionKind.UNMANAGED, null, u.get(PlanFields.EMAIL), u.userId(), "not in the HR export"));
                }
            }
        }
        return actions;
    }

    private static void employed(String account, HrPerson p, TargetUser u, List<PlannedAction> actions) {
        if ("inactive".equals(u.status())) {
            ActionDraft d = new ActionDraft();
            d.change(PlanFields.STATUS, u.status(), "active");
            actions.add(d.build(Platform.BIM360, account, ActionKind.REACTIVATE, p.employeeId(), p.email(),
                    u.userId(), null));
        }
        ActionDraft profile = new ActionDraft();
        List<String> changed = new ArrayList<>();
        for (String field : PROFILE_FIELDS) {
            if (profile.change(field, u.get(field), wanted(p, field))) {
                changed.add(field);
            }
        }
        if (profile.hasChanges()) {
            profile.held(PlanFields.STATUS, u.status());
            actions.add(profile.build(Platform.BIM360, account, ActionKind.BLOCKED, p.employeeId(), p.email(),
                    u.userId(), "the BIM 360 account user PATCH can change only status, company_id and default_role:"
                            + " change " + String.join(", ", changed) + " in the user's Autodesk profile"));
        }
    }

    /** Deactivates a user who left (or whom HR does not know); one whose status Autodesk will not change is blocked. */
    private static void offboard(String account, String employeeId, String email, TargetUser u, String why,
                                 List<PlannedAction> actions) {
        String status = u.status();
        if ("inactive".equals(status)) {
            return;
        }
        ActionDraft d = new ActionDraft();
        if ("active".equals(status)) {
            d.change(PlanFields.STATUS, status, "inactive");
            actions.add(d.build(Platform.BIM360, account, ActionKind.DEACTIVATE, employeeId, email, u.userId(), why));
        } else {
            d.held(PlanFields.STATUS, status);
            actions.add(d.build(Platform.BIM360, account, ActionKind.BLOCKED, employeeId, email, u.userId(),
                    STATUS_LOCKED.contains(status)
                            ? why + " but the user is " + status + ": Autodesk refuses to"
                                    + " change the status of a pending or not_invited user; remove the user from the"
                                    + " account's projects instead"
                            : why + " but the user's status is '" + status
                                    + "', which Roster does not know how to change"));
        }
    }

    private static String wanted(HrPerson p, String field) {
        return switch (field) {
            case PlanFields.EMAIL -> p.email();
            case PlanFields.FIRST_NAME -> p.firstName();
            case PlanFields.LAST_NAME -> p.lastName();
            case PlanFields.JOB_TITLE -> p.jobTitle();
            default -> throw new IllegalArgumentException(field);
        };
    }
}
