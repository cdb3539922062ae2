package com.theogen.export;

import java.util.UUID;

/** The network figure of a saved theory, laid out by the export renderers' engine. */
public interface TheoryNetworks {

    /**
     * The layout the PNG infographic draws for {@code theoryId}; deterministic (same theory, same positions).
     *
     * @throws com.theogen.shared.DomainException {@code NOT_FOUND} for an unknown or foreign project or theory
     */
    NetworkFigure figure(UUID userId, UUID projectId, UUID theoryId);
}
