package io.github.roster.autodesk;

import io.github.roster.client.autodesk.model.ProductAccess;
import io.github.roster.client.autodesk.model.ProductAccessLevel;
import io.github.roster.client.autodesk.model.ProductKey;
import io.github.roster.client.autodesk.model.ProjectUserImport;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Valid ACC users for tests. */
final class AccUsers {

    static final String PROJECT = "367d5cc2-9008-462c-96e5-c9491db85d93";
    static final String IMPORT_PATH = "/construction/admin/v2/projects/" + PROJECT + "/users:import";

    private AccUsers() {
    }

    static ProjectUserImport member(int n) {
        return new ProjectUserImport()
                .email("user" + n + "@example.com")
                .firstName("First" + n)
                .lastName("Last" + n)
                .companyId(UUID.fromString("c32ffb13-83f8-43fb-bddf-3e5c0c2dda24"))
                .addProductsItem(new ProductAccess().key(ProductKey.DOCS).access(ProductAccessLevel.MEMBER));
    }

    static List<ProjectUserImport> members(int count) {
        List<ProjectUserImport> users = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            users.add(member(i));
        }
        return users;
    }
}
