package com.theogen.theory.internal;

import com.theogen.coding.AutoCoding;
import com.theogen.coding.Codebooks;
import com.theogen.coding.Memos;
import com.theogen.llm.ModelRole;
import com.theogen.shared.DomainException;
import com.theogen.theory.TheoryError;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The coding module's API as the pipeline reaches it. Looked up lazily so that the application starts (and every
 * other feature works) on a build where no coding implementation is present; a theory run then fails with
 * {@code CODING_UNAVAILABLE} instead of the whole context failing.
 */
@Component
class CodingPorts {

    private final ObjectProvider<AutoCoding> autoCoding;
    private final ObjectProvider<Codebooks> codebooks;
    private final ObjectProvider<Memos> memos;

    CodingPorts(
            ObjectProvider<AutoCoding> autoCoding, ObjectProvider<Codebooks> codebooks, ObjectProvider<Memos> memos) {
        this.autoCoding = autoCoding;
        this.codebooks = codebooks;
        this.memos = memos;
    }

    /** The researcher's own memos as selective-coding context (docs/adr/036); blank without a coding module. */
    String researcherMemos(UUID projectId, ModelRole role) {
        Memos found = memos.getIfAvailable();
        return found == null ? "" : found.promptContext(projectId, role);
    }

    AutoCoding autoCoding() {
        AutoCoding found = autoCoding.getIfAvailable();
        if (found == null) {
            throw unavailable();
        }
        return found;
    }

    Codebooks codebooks() {
        Codebooks found = codebooks.getIfAvailable();
        if (found == null) {
            throw unavailable();
        }
        return found;
    }

    boolean available() {
        return codebooks.getIfAvailable() != null;
    }

    private static DomainException unavailable() {
        return new DomainException(TheoryError.CODING_UNAVAILABLE, "No coding engine is installed on this server");
    }
}
