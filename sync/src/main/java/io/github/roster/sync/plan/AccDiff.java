package io.github.roster.sync.plan;

import io.github.roster.sync.ActionKind;
import io.github.roster.sync.PlannedAction;
import io.github.roster.sync.Platform;
import io.github.roster.sync.SafetyRules;
import io.github.roster.sync.SyncState;
import io.github.roster.sync.config.AccProjectSettings;
import io.github.roster.sync.hr.HrPerson;
import io.github.roster.sync.internal.PlanFields;
import io.github.roster.sync.internal.TargetUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The actions that bring an ACC project's members in line with HR: the employed people the project's
 * {@code members} rule selects are added with the configured products (and company, roles) or have them
 * corrected; every other person HR knows (leavers, and people who moved out of the selection) is removed.
 */
final class AccDiff {

    private AccDiff() {
    }

    static List<PlannedAction> actions(AccProjectSettings project, TargetRead read, List<HrPerson> people,
                                       SyncState state, SafetyRules safety) {
        String target = project.id();
        List<PlannedAction> actions = new ArrayList<>();
        Matching m = Matching.autodesk(Platform.ACC, target, read, people, state);
        for (HrPerson p : people) {
            TargetUser u = m.matched.get(p);
            if (safety.isProtected(p.email()) || (u != null && safety.isProtected(u.get(PlanFields.EMAIL)))) {
                continue;
            }
            boolean selected = p.employed() && selects(project.members(), p);
            if (m.uncertain.containsKey(p)) {
                if (selected || u != null) {
                    actions.add(new ActionDraft().build(Platform.ACC, target, ActionKind.BLOCKED, p.employeeId(),
                            p.email(), null, m.uncertain.get(p)));
                }
            } else if (u == null) {
                if (selected) {
                    ActionDraft d = new ActionDraft();
                    d.change(PlanFields.EMAIL, null, p.email());
                    d.change(PlanFields.PRODUCTS, null, project.products());
                    d.change(PlanFields.COMPANY_ID, null, project.companyId());
                    d.change(PlanFields.ROLE_IDS, null, project.roleIds());
                    actions.add(d.build(Platform.ACC, target, ActionKind.ADD_TO_PROJECT, p.employeeId(), p.email(),
                            null, null));
                }
            } else if (selected) {
                ActionDraft d = new ActionDraft();
                d.change(PlanFields.EMAIL, u.get(PlanFields.EMAIL), p.email());
                d.change(PlanFields.PRODUCTS, u.get(PlanFields.PRODUCTS), project.products());
                if (project.companyId() != null) {
                    d.change(PlanFields.COMPANY_ID, u.get(PlanFields.COMPANY_ID), project.companyId());
                }
                if (project.roleIds() != null) {
                    d.change(PlanFields.ROLE_IDS, u.get(PlanFields.ROLE_IDS), project.roleIds());
                }
                if (d.hasChanges()) {
                    d.held(PlanFields.STATUS, u.status());
                    actions.add(d.build(Platform.ACC, target, ActionKind.UPDATE_PROJECT_MEMBER, p.employeeId(),
                            p.email(), u.userId(), null));
                }
            } else {
                String why = p.employed() ? "no longer selected by members: " + describe(project.members())
                        : "left (HR status " + p.status() + ")";
                actions.add(removal(target, p.employeeId(), p.email(), u, why));
            }
        }
        for (TargetUser u : read.users()) {
            if (!m.claimed.contains(u.userId()) && !safety.isProtected(u.get(PlanFields.EMAIL))) {
                actions.add(safety.deactivateUnmanaged()
                        ? removal(target, null, u.get(PlanFields.EMAIL), u, Unmanaged.REASON)
                        : new ActionDraft().held(PlanFields.STATUS, u.status()).build(Platform.ACC, target,
                                ActionKind.UNMANAGED, null, u.get(PlanFields.EMAIL), u.userId(),
                                "not in the HR export"));
            }
        }
        return actions;
    }

    /** Removes a member from the project; {@code before} holds what the member had. */
    private static PlannedAction removal(String target, String employeeId, String email, TargetUser u, String why) {
        ActionDraft d = new ActionDraft();
        for (String field : List.of(PlanFields.STATUS, PlanFields.EMAIL, PlanFields.PRODUCTS, PlanFields.COMPANY_ID,
                PlanFields.ROLE_IDS)) {
            d.held(field, u.get(field));
        }
        return d.build(Platform.ACC, target, ActionKind.REMOVE_FROM_PROJECT, employeeId, email, u.userId(), why);
    }

    /** Whether every attribute of the rule equals the person's value, ignoring case and surrounding blanks. */
    static boolean selects(Map<String, String> rule, HrPerson p) {
        return rule.entrySet().stream().allMatch(e -> {
            String value = p.attribute(e.getKey());
            return value != null && value.strip().equalsIgnoreCase(e.getValue().strip());
        });
    }

    private static String describe(Map<String, String> rule) {
        return rule.isEmpty() ? "everyone employed" : rule.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
