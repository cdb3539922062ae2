package com.theogen.coding.internal;

import com.theogen.coding.Codebooks;
import com.theogen.coding.CodingSnapshot;
import com.theogen.evidence.CodingSource;
import com.theogen.evidence.EvidenceSourceException;
import java.util.Collection;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Read access to coding for other modules, and the evidence module's view of it. */
@Service
class DefaultCodebooks implements Codebooks, CodingSource {

    private final CodingReader state;
    private final EvidenceSync sync;

    DefaultCodebooks(CodingReader state, EvidenceSync sync) {
        this.state = state;
        this.sync = sync;
    }

    @Override
    public CodingSnapshot snapshot(UUID projectId) {
        return state.snapshot(projectId);
    }

    @Override
    public void syncEvidence(UUID projectId) {
        try {
            sync.pushProject(projectId);
        } catch (EvidenceSourceException e) {
            throw e;
        } catch (RuntimeException e) {
            throw EvidenceSourceException.unavailable(
                    "coding-sync", "Coding could not be pushed to the evidence stores", e);
        }
    }

    @Override
    public void push(UUID projectId, Collection<UUID> fragmentIds) {
        sync.pushFragments(projectId, fragmentIds);
    }

    @Override
    public void pushAll(UUID projectId) {
        sync.pushProject(projectId);
    }

    @Override
    public CodingState coding(UUID projectId) {
        return sync.codingState(projectId);
    }
}
