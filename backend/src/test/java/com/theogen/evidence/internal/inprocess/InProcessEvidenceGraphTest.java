package com.theogen.evidence.internal.inprocess;

import com.theogen.evidence.EvidenceGraph;
import com.theogen.evidence.EvidenceGraphContract;

class InProcessEvidenceGraphTest extends EvidenceGraphContract {

    @Override
    protected EvidenceGraph newGraph() {
        return new InProcessEvidenceGraph();
    }
}
