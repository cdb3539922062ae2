package com.theogen.coding.internal;

import com.theogen.coding.Coder;
import com.theogen.coding.CodingRun;
import com.theogen.llm.LlmClient;
import com.theogen.llm.ModelRole;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The coder whose layer a run's machine work goes into: the model the run reaches for a role (keyed {@code
 * ai:<provider>/<model>}), or the offline analyst when it reaches none.
 */
@Component
class RunCoders {

    private final CoderStore coders;
    private final LlmClient llm;

    RunCoders(CoderStore coders, LlmClient llm) {
        this.coders = coders;
        this.llm = llm;
    }

    /** The coding model's coder when the run reaches a model, else the offline analyst's. */
    Coder coding(UUID projectId, CodingRun run) {
        if (!run.access().remote()) {
            return coders.offline(projectId);
        }
        return model(projectId, run, ModelRole.CODING);
    }

    /** The coder of the model the run reaches for {@code role}. */
    Coder model(UUID projectId, CodingRun run, ModelRole role) {
        String model = llm.status().models().getOrDefault(role.key(), "unknown");
        return coders.model(projectId, run.access().provider().key(), model);
    }
}
