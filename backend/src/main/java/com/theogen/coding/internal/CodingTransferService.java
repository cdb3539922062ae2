package com.theogen.coding.internal;

import com.theogen.coding.CodingSnapshot.Origin;
import com.theogen.coding.CodingTransfer;
import com.theogen.coding.internal.ApplicationStore.NewApplication;
import com.theogen.coding.internal.CodeStore.CodeRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads and writes a project's coding whole, for REFI-QDA exchange. */
@Service
class CodingTransferService implements CodingTransfer {

    private final JdbcTemplate jdbc;
    private final CodeStore codes;
    private final ApplicationStore applications;
    private final CoderStore coders;
    private final EvidenceSync sync;
    private final TransactionTemplate transactions;

    CodingTransferService(
            JdbcTemplate jdbc,
            CodeStore codes,
            ApplicationStore applications,
            CoderStore coders,
            EvidenceSync sync,
            TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.applications = applications;
        this.coders = coders;
        this.sync = sync;
        this.transactions = transactions;
    }

    @Override
    public Contents read(UUID projectId) {
        return transactions.execute(s -> new Contents(
                jdbc.query(
                        "SELECT id, label, definition, parent_id, color FROM codes WHERE project_id = ?"
                                + " ORDER BY lower(label), id",
                        (rs, i) -> new CodeEntry(
                                rs.getObject("id", UUID.class),
                                rs.getString("label"),
                                rs.getString("definition"),
                                rs.getObject("parent_id", UUID.class),
                                rs.getString("color")),
                        projectId),
                coders.coders(projectId),
                jdbc.query(
                        "SELECT a.id, a.code_id, a.coder_id, a.interview_id, a.fragment_id, a.quote_start, a.quote_end"
                                + " FROM code_applications a" + FragmentView.JOIN + " WHERE a.project_id = ?"
                                + ApplicationStore.NOT_REJECTED
                                + " ORDER BY " + FragmentView.TRANSCRIPT_ORDER
                                + ", a.quote_start, a.quote_end, a.code_id, a.coder_id, a.id",
                        (rs, i) -> new ApplicationEntry(
                                rs.getObject("id", UUID.class),
                                rs.getObject("code_id", UUID.class),
                                rs.getObject("coder_id", UUID.class),
                                rs.getObject("interview_id", UUID.class),
                                rs.getObject("fragment_id", UUID.class),
                                rs.getInt("quote_start"),
                                rs.getInt("quote_end")),
                        projectId),
                jdbc.query(
                        "SELECT id, coder_id, title, body, interview_id, code_id, category_id, theory_id, created_at"
                                + " FROM memos WHERE project_id = ? ORDER BY created_at, id",
                        (rs, i) -> new MemoEntry(
                                rs.getObject("id", UUID.class),
                                rs.getObject("coder_id", UUID.class),
                                rs.getString("title"),
                                rs.getString("body"),
                                rs.getObject("interview_id", UUID.class),
                                rs.getObject("code_id", UUID.class),
                                rs.getObject("category_id", UUID.class),
                                rs.getObject("theory_id", UUID.class),
                                rs.getTimestamp("created_at").toInstant()),
                        projectId)));
    }

    @Override
    public Written write(UUID projectId, Batch batch) {
        return transactions.execute(s -> {
            Map<String, UUID> coderIds = new LinkedHashMap<>();
            batch.coders()
                    .forEach(c -> coderIds.put(
                            c.ref(),
                            coders.imported(projectId, c.externalId(), c.name()).id()));
            CodeImport imported = importCodes(projectId, batch.codes());
            List<NewApplication> rows = new ArrayList<>();
            Set<UUID> fragments = new HashSet<>();
            for (ImportedApplication a : batch.applications()) {
                rows.add(new NewApplication(
                        imported.ids().get(a.codeRef()),
                        a.fragmentId(),
                        a.interviewId(),
                        a.quote(),
                        a.start(),
                        a.end(),
                        1.0,
                        Origin.HUMAN,
                        coderIds.get(a.coderRef())));
                fragments.add(a.fragmentId());
            }
            int inserted = applications.insertApplications(projectId, rows);
            for (ImportedMemo memo : batch.memos()) {
                jdbc.update(
                        "INSERT INTO memos (id, project_id, interview_id, code_id, category_id, theory_id, title, body,"
                                + " created_at, updated_at, coder_id) VALUES (?, ?, ?, ?, NULL, NULL, ?, ?, now(), now(), ?)",
                        UUID.randomUUID(),
                        projectId,
                        memo.interviewId(),
                        memo.codeRef() == null ? null : imported.ids().get(memo.codeRef()),
                        memo.title(),
                        memo.body() == null ? "" : memo.body(),
                        coderIds.get(memo.coderRef()));
            }
            sync.touched(projectId, fragments);
            return new Written(
                    imported.created(),
                    imported.reused(),
                    imported.renamed(),
                    inserted,
                    rows.size() - inserted,
                    batch.memos().size(),
                    imported.ids(),
                    coderIds);
        });
    }

    private record CodeImport(Map<String, UUID> ids, int created, int reused, Map<String, String> renamed) {}

    /**
     * Codes in batch order (parents first). A label the project already had is reused; a label repeated inside
     * the batch (the same name under two parents, as REFI-QDA allows) gets its parent's label appended.
     */
    private CodeImport importCodes(UUID projectId, List<ImportedCode> batch) {
        Map<String, CodeRow> existing = new HashMap<>();
        codes.codes(projectId).forEach(c -> existing.put(DraftWriter.key(c.label()), c));
        Set<String> taken = new HashSet<>(existing.keySet());
        Set<String> fromBatch = new HashSet<>();
        Map<String, UUID> ids = new LinkedHashMap<>();
        Map<String, String> labels = new HashMap<>();
        Map<String, String> renamed = new LinkedHashMap<>();
        int created = 0;
        int reused = 0;
        for (ImportedCode code : batch) {
            String label = DraftWriter.clean(code.label());
            if (label.isEmpty()) {
                label = "Untitled code";
            }
            CodeRow known = existing.get(DraftWriter.key(label));
            if (known != null && !fromBatch.contains(DraftWriter.key(label))) {
                ids.put(code.ref(), known.id());
                labels.put(code.ref(), known.label());
                reused++;
                continue;
            }
            String unique = unique(label, labels.get(code.parentRef()), taken);
            if (!unique.equals(label)) {
                renamed.put(label, unique);
            }
            CodeRow row = codes.insertCode(projectId, unique, code.definition(), Origin.HUMAN, null, true, null, null);
            UUID parent = code.parentRef() == null ? null : ids.get(code.parentRef());
            codes.setParentAndColor(row.id(), parent, code.color());
            taken.add(DraftWriter.key(unique));
            fromBatch.add(DraftWriter.key(unique));
            ids.put(code.ref(), row.id());
            labels.put(code.ref(), unique);
            created++;
        }
        return new CodeImport(ids, created, reused, renamed);
    }

    private static String unique(String label, String parentLabel, Set<String> taken) {
        if (!taken.contains(DraftWriter.key(label))) {
            return label;
        }
        String base = parentLabel == null ? label : label + " (" + parentLabel + ")";
        base = base.length() > 190 ? base.substring(0, 190) : base;
        String candidate = DraftWriter.clean(base);
        for (int n = 2; taken.contains(DraftWriter.key(candidate)); n++) {
            candidate = DraftWriter.clean(base + " " + n);
        }
        return candidate;
    }
}
