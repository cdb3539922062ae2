package com.theogen.evidence.internal.inprocess;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.evidence.EvidenceGraph;
import com.theogen.evidence.EvidenceGraphContract;
import org.junit.jupiter.api.Test;

class InProcessEvidenceGraphTest extends EvidenceGraphContract {

    @Override
    protected EvidenceGraph newGraph() {
        return new InProcessEvidenceGraph();
    }

    @Test
    void aGraphOfAnotherProcessHasAnotherGeneration() {
        assertThat(new InProcessEvidenceGraph().generation()).isNotEqualTo(graph.generation());
    }
}
