package io.orgbridge.connection.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.orgbridge.connection.entity.FolderEntity;

/** Orders folders for deletion: deepest first, so no folder is deleted before its subfolders. */
final class FolderOrder {

    private FolderOrder() {}

    /**
     * @param doomed the folders to delete
     * @param all every folder of the integration as stored, to measure depths
     */
    static List<FolderEntity> childrenFirst(Collection<FolderEntity> doomed, Collection<FolderEntity> all) {
        Map<String, FolderEntity> byId = new HashMap<>();
        all.forEach(folder -> byId.put(folder.id, folder));
        List<FolderEntity> ordered = new ArrayList<>(doomed);
        ordered.sort(Comparator.comparingInt((FolderEntity folder) -> depth(folder, byId))
                .reversed()
                .thenComparing(folder -> folder.id));
        return ordered;
    }

    private static int depth(FolderEntity folder, Map<String, FolderEntity> byId) {
        int depth = 0;
        FolderEntity current = folder;
        // The bound stops a corrupt parent cycle from looping forever.
        while (current.parentId != null && depth <= byId.size()) {
            current = byId.get(current.parentId);
            if (current == null) {
                break;
            }
            depth++;
        }
        return depth;
    }
}
