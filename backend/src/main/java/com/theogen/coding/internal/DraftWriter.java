package com.theogen.coding.internal;

import com.theogen.coding.CodingSnapshot.Origin;
import com.theogen.coding.internal.ApplicationStore.NewApplication;
import com.theogen.coding.internal.CodeStore.CodeRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores proposed codes and their applications in one transaction. A draft naming an existing code of the project by
 * id is applied to that code, whatever its label. Otherwise a proposed label that matches an existing
 * code's label or one of its aliases (ignoring case and spacing) reuses that code, so a code a human renamed or
 * merged keeps receiving what the coder finds under the old name. Duplicate applications collapse.
 */
@Component
class DraftWriter {

    static final int MAX_LABEL = 200;

    /**
     * A proposed code with its verbatim applications.
     *
     * @param reuseCodeId an existing code of the project the coder chose to apply; {@code null} to match by label
     */
    record DraftCode(
            String label,
            String definition,
            Origin origin,
            List<String> properties,
            List<String> dimensions,
            List<DraftApplication> applications,
            UUID reuseCodeId) {

        DraftCode(
                String label,
                String definition,
                Origin origin,
                List<String> properties,
                List<String> dimensions,
                List<DraftApplication> applications) {
            this(label, definition, origin, properties, dimensions, applications, null);
        }
    }

    /** {@code quote} equals the fragment text's {@code [start, end)}. */
    record DraftApplication(UUID fragmentId, UUID interviewId, String quote, int start, int end, double confidence) {}

    /**
     * @param codesTouched codes that received applications
     * @param fragmentsCoded fragments that received at least one new application
     */
    record Written(
            int codesCreated, int codesReused, int applications, Set<UUID> codesTouched, Set<UUID> fragmentsCoded) {

        static Written none() {
            return new Written(0, 0, 0, Set.of(), Set.of());
        }

        Written plus(Written other) {
            Set<UUID> codes = new HashSet<>(codesTouched);
            codes.addAll(other.codesTouched);
            Set<UUID> fragments = new HashSet<>(fragmentsCoded);
            fragments.addAll(other.fragmentsCoded);
            return new Written(
                    codesCreated + other.codesCreated,
                    codesReused + other.codesReused,
                    applications + other.applications,
                    codes,
                    fragments);
        }
    }

    private final CodeStore codes;
    private final ApplicationStore applications;
    private final TransactionTemplate transactions;

    DraftWriter(CodeStore codes, ApplicationStore applications, TransactionTemplate transactions) {
        this.codes = codes;
        this.applications = applications;
        this.transactions = transactions;
    }

    /** Writes the drafts into {@code coderId}'s layer. */
    Written write(UUID projectId, UUID coderId, List<DraftCode> drafts) {
        if (drafts.stream().allMatch(d -> d.applications().isEmpty())) {
            return Written.none();
        }
        return transactions.execute(status -> writeInTransaction(projectId, coderId, drafts));
    }

    private Written writeInTransaction(UUID projectId, UUID coderId, List<DraftCode> drafts) {
        Map<String, CodeRow> known = new HashMap<>();
        Map<UUID, CodeRow> byId = new HashMap<>();
        List<CodeRow> existing = codes.codes(projectId);
        for (CodeRow code : existing) {
            code.aliases().forEach(alias -> known.putIfAbsent(key(alias), code));
            byId.put(code.id(), code);
        }
        // labels win over aliases of other codes
        existing.forEach(code -> known.put(key(code.label()), code));
        int created = 0;
        Set<UUID> reused = new HashSet<>();
        Set<UUID> touched = new HashSet<>();
        Set<UUID> fragments = new HashSet<>();
        int applied = 0;
        for (DraftCode draft : drafts) {
            String label = clean(draft.label());
            if (draft.applications().isEmpty() || label.isEmpty()) {
                continue;
            }
            CodeRow code = draft.reuseCodeId() == null ? null : byId.get(draft.reuseCodeId());
            if (code == null) {
                code = known.get(key(label));
            }
            if (code == null) {
                code = codes.insertCode(
                        projectId,
                        label,
                        draft.definition(),
                        draft.origin(),
                        null,
                        false,
                        draft.properties(),
                        draft.dimensions());
                known.put(key(label), code);
                created++;
            } else if (!touched.contains(code.id())) {
                reused.add(code.id());
            }
            UUID codeId = code.id();
            List<NewApplication> rows = new ArrayList<>();
            draft.applications()
                    .forEach(a -> rows.add(new NewApplication(
                            codeId,
                            a.fragmentId(),
                            a.interviewId(),
                            a.quote(),
                            a.start(),
                            a.end(),
                            a.confidence(),
                            draft.origin(),
                            coderId)));
            int inserted = applications.insertApplications(projectId, rows);
            if (inserted > 0) {
                applied += inserted;
                touched.add(codeId);
                draft.applications().forEach(a -> fragments.add(a.fragmentId()));
            }
        }
        reused.retainAll(touched);
        return new Written(created, reused.size(), applied, touched, fragments);
    }

    static String clean(String label) {
        if (label == null) {
            return "";
        }
        String cleaned = label.replaceAll("\\s+", " ").strip();
        return cleaned.length() > MAX_LABEL ? cleaned.substring(0, MAX_LABEL).strip() : cleaned;
    }

    static String key(String label) {
        return clean(label).toLowerCase(Locale.ROOT);
    }
}
