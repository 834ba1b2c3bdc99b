package io.linecare.network;

public record AccessNode(String id, String areaId, String name, AccessNodeKind kind) {
}
