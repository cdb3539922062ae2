package com.theogen.coding;

import java.util.UUID;

/**
 * One coder of a project: a layer of code applications, memos and review marks over the same fragments and
 * codes. Agreement between two coders compares two such layers.
 *
 * @param id stable per project; for {@link CoderKind#USER} it is the user's id
 * @param key what the coder is, unique per project: {@code user:<id>}, {@code ai:<provider>/<model>},
 *     {@code offline} or {@code imported:<guid in the file>}
 * @param displayName the member's name, the model, "Offline analyst", or the name the imported file gives
 */
public record Coder(UUID id, CoderKind kind, String key, String displayName) {}
