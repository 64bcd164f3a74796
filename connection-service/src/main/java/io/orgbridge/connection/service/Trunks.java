package io.orgbridge.connection.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.orgbridge.connection.entity.FolderEntity;

/** Folders by id, to find an item's ancestors. */
final class Trunks {

    private final Map<String, FolderEntity> byId = new HashMap<>();

    Trunks(List<FolderEntity> folders) {
        folders.forEach(folder -> byId.put(folder.id, folder));
    }

    /** Returns the ancestors of an item whose parent is {@code parentId}, top-level folder first. */
    List<FolderEntity> ancestors(String parentId) {
        List<FolderEntity> trunk = new ArrayList<>();
        String current = parentId;
        // The bound stops a corrupt parent cycle from looping forever.
        while (current != null && trunk.size() <= byId.size()) {
            FolderEntity folder = byId.get(current);
            if (folder == null) {
                break;
            }
            trunk.add(folder);
            current = folder.parentId;
        }
        Collections.reverse(trunk);
        return trunk;
    }
}
