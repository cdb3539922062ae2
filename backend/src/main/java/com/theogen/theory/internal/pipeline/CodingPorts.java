package com.theogen.theory.internal.pipeline;

import com.theogen.coding.AutoCoding;
import com.theogen.coding.Codebooks;
import com.theogen.coding.Memos;
import com.theogen.llm.ModelRole;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The coding module's API as the pipeline reaches it. */
@Component
public class CodingPorts {

    private final AutoCoding autoCoding;
    private final Codebooks codebooks;
    private final Memos memos;

    public CodingPorts(AutoCoding autoCoding, Codebooks codebooks, Memos memos) {
        this.autoCoding = autoCoding;
        this.codebooks = codebooks;
        this.memos = memos;
    }

    /** The researcher's own memos as selective-coding context (docs/adr/036). */
    public String researcherMemos(UUID projectId, ModelRole role) {
        return memos.promptContext(projectId, role);
    }

    public AutoCoding autoCoding() {
        return autoCoding;
    }

    public Codebooks codebooks() {
        return codebooks;
    }
}
