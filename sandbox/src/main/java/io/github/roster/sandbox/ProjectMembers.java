package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The ACC / BIM 360 projects and their members. A member's {@code id} is the id of the account user it
 * stands for (the same e-mail in the project's account), so one person is one id in every project; a member
 * is found by that id or by its {@code autodeskId}. Members are kept in the order they joined and are never
 * dropped: a removed member has {@code status: deleted}. Thread-safe: every method holds the store's lock,
 * and reads hand out copies.
 */
final class ProjectMembers {

    private final Map<String, Project> projects = new LinkedHashMap<>();
    private final Map<String, Set<Project>> projectsByMember = new HashMap<>();

    /**
     * Adds a project (a {@code UserProject}-shaped object with at least {@code id} and {@code accountId}).
     *
     * @throws IllegalArgumentException if the project is already there
     */
    synchronized void addProject(ObjectNode project) {
        String id = key(project.path("id").asText());
        if (projects.containsKey(id)) {
            throw new IllegalArgumentException("two projects share the id " + project.path("id").asText());
        }
        projects.put(id, new Project(project.deepCopy()));
    }

    synchronized boolean hasProject(String projectId) {
        return projects.containsKey(key(projectId));
    }

    /** The account a project belongs to. */
    synchronized Optional<String> accountOf(String projectId) {
        Project project = projects.get(key(projectId));
        return project == null ? Optional.empty() : Optional.of(project.info.path("accountId").asText());
    }

    /**
     * Adds a member, or when the project already has one with its id, overwrites that member's fields with
     * the given ones except {@code addedOn}. The store keeps the given object (or its field values): the
     * caller hands it over and must not keep or change it.
     */
    synchronized void upsert(String projectId, ObjectNode member) {
        Project project = project(projectId);
        ObjectNode existing = project.byId.get(key(member.path("id").asText()));
        if (existing == null) {
            project.add(member);
            projectsByMember.computeIfAbsent(key(member.path("id").asText()), id -> new LinkedHashSet<>()).add(project);
            return;
        }
        project.unindex(existing);
        member.properties().stream().filter(field -> !field.getKey().equals("addedOn"))
                .forEach(field -> existing.set(field.getKey(), field.getValue()));
        project.index(existing);
    }

    /** A copy of the member with this id or Autodesk id, whatever its status. */
    synchronized Optional<JsonNode> read(String projectId, String idOrAutodeskId) {
        Project project = projects.get(key(projectId));
        return project == null ? Optional.empty() : project.find(idOrAutodeskId).map(ObjectNode::deepCopy);
    }

    /**
     * Runs {@code change} on the live member ({@code null} when there is none) under the lock, then
     * re-indexes it. The function must not keep or hand out the record it is given.
     */
    synchronized <R> R change(String projectId, String idOrAutodeskId, Function<ObjectNode, R> change) {
        Project project = project(projectId);
        ObjectNode member = project.find(idOrAutodeskId).orElse(null);
        if (member == null) {
            return change.apply(null);
        }
        project.unindex(member);
        try {
            return change.apply(member);
        } finally {
            project.index(member);
        }
    }

    /** Whether a member of the project other than {@code memberId} has this e-mail (ignoring case). */
    synchronized boolean emailTaken(String projectId, String memberId, String email) {
        ObjectNode other = project(projectId).byEmail.get(key(email));
        return other != null && !key(other.path("id").asText()).equals(key(memberId));
    }

    /** One page of the project's members that pass {@code filter}, in the order they joined. */
    synchronized Page page(String projectId, Predicate<JsonNode> filter, long offset, int limit) {
        PageWindow window = new PageWindow(offset, limit);
        project(projectId).inOrder.stream().filter(filter).forEach(window::offer);
        return window.page();
    }

    /**
     * One page of the projects of an account where the member is not {@code deleted}, in the order the
     * projects were added, each a {@code UserProject} with the member's {@code accessLevels}; the filter sees
     * that answer.
     */
    synchronized Page projectsOf(String accountId, String memberId, Predicate<JsonNode> filter, long offset,
            int limit) {
        PageWindow window = new PageWindow(offset, limit);
        for (Project project : projectsByMember.getOrDefault(key(memberId), Set.of())) {
            ObjectNode member = project.byId.get(key(memberId));
            if (!key(project.info.path("accountId").asText()).equals(key(accountId))
                    || "deleted".equals(member.path("status").asText())) {
                continue;
            }
            ObjectNode answer = project.info.deepCopy();
            ObjectNode access = answer.putObject("accessLevels");
            access.put("projectAdmin", member.path("accessLevels").path("projectAdmin").asBoolean(false));
            access.put("projectMember", true);
            if (filter.test(answer)) {
                window.offer(answer);
            }
        }
        return window.page();
    }

    private Project project(String projectId) {
        Project project = projects.get(key(projectId));
        if (project == null) {
            throw new IllegalStateException("unknown project " + projectId);
        }
        return project;
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static final class Project {
        final ObjectNode info;
        final List<ObjectNode> inOrder = new ArrayList<>();
        final Map<String, ObjectNode> byId = new HashMap<>();
        final Map<String, ObjectNode> byAutodeskId = new HashMap<>();
        final Map<String, ObjectNode> byEmail = new HashMap<>();

        Project(ObjectNode info) {
            this.info = info;
        }

        void add(ObjectNode member) {
            inOrder.add(member);
            byId.put(key(member.path("id").asText()), member);
            index(member);
        }

        Optional<ObjectNode> find(String idOrAutodeskId) {
            String wanted = key(idOrAutodeskId);
            return Optional.ofNullable(byId.getOrDefault(wanted, byAutodeskId.get(wanted)));
        }

        void index(ObjectNode member) {
            if (member.path("autodeskId").isTextual()) {
                byAutodeskId.put(key(member.path("autodeskId").asText()), member);
            }
            if (member.path("email").isTextual()) {
                byEmail.put(key(member.path("email").asText()), member);
            }
        }

        void unindex(ObjectNode member) {
            byAutodeskId.remove(key(member.path("autodeskId").asText()), member);
            byEmail.remove(key(member.path("email").asText()), member);
        }
    }
}
