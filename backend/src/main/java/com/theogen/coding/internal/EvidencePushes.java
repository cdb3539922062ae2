package com.theogen.coding.internal;

import com.theogen.project.Projects;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code evidence_pushes} and {@code evidence_pushed_fragments} tables: what {@link EvidenceSync} last pushed
 * to the evidence stores, per project and per fragment (docs/adr/042). Derived state: forgetting a project only
 * makes its next sync a full push.
 */
@Component
class EvidencePushes {

    /** A fragment pushed without codes: it has no row. */
    static final long UNCODED = 0L;

    /**
     * @param indexGeneration the vector index's generation the push went to
     * @param graphGeneration the graph's generation the push went to
     * @param codebookHash hash of the interview, category and code nodes pushed
     */
    record Marker(String indexGeneration, String graphGeneration, long codebookHash) {}

    private final JdbcTemplate jdbc;
    private final Projects projects;

    EvidencePushes(JdbcTemplate jdbc, Projects projects) {
        this.jdbc = jdbc;
        this.projects = projects;
    }

    Optional<Marker> marker(UUID projectId) {
        return jdbc
                .query(
                        "SELECT index_generation, graph_generation, codebook_hash FROM evidence_pushes"
                                + " WHERE project_id = ?",
                        (rs, n) -> new Marker(rs.getString(1), rs.getString(2), rs.getLong(3)),
                        projectId)
                .stream()
                .findFirst();
    }

    /** The coding hash last pushed per fragment; fragments pushed as uncoded are absent. */
    Map<UUID, Long> fragments(UUID projectId) {
        Map<UUID, Long> hashes = new HashMap<>();
        jdbc.query(
                "SELECT fragment_id, coding_hash FROM evidence_pushed_fragments WHERE project_id = ?",
                rs -> {
                    hashes.put(rs.getObject(1, UUID.class), rs.getLong(2));
                },
                projectId);
        return hashes;
    }

    /**
     * Records a push: the marker, and the hashes of the fragments it wrote ({@link #UNCODED} removes the row). With
     * {@code replaceAll} every other fragment row of the project is removed first (a full push).
     */
    @Transactional
    public void record(UUID projectId, Marker marker, Map<UUID, Long> pushed, boolean replaceAll) {
        if (projects.ref(projectId).isEmpty()) {
            return; // deleted meanwhile: its rows went with it, and a marker would break the foreign key
        }
        jdbc.update(
                "INSERT INTO evidence_pushes (project_id, index_generation, graph_generation, codebook_hash,"
                        + " pushed_at) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT (project_id) DO UPDATE SET"
                        + " index_generation = excluded.index_generation,"
                        + " graph_generation = excluded.graph_generation,"
                        + " codebook_hash = excluded.codebook_hash, pushed_at = excluded.pushed_at",
                projectId,
                marker.indexGeneration(),
                marker.graphGeneration(),
                marker.codebookHash(),
                Timestamp.from(Instant.now()));
        if (replaceAll) {
            jdbc.update("DELETE FROM evidence_pushed_fragments WHERE project_id = ?", projectId);
        }
        List<Object[]> upserts = new ArrayList<>();
        List<Object[]> deletes = new ArrayList<>();
        pushed.forEach((fragment, hash) -> {
            if (hash == UNCODED) {
                deletes.add(new Object[] {fragment});
            } else {
                upserts.add(new Object[] {fragment, projectId, hash});
            }
        });
        if (!deletes.isEmpty() && !replaceAll) {
            jdbc.batchUpdate("DELETE FROM evidence_pushed_fragments WHERE fragment_id = ?", deletes);
        }
        if (!upserts.isEmpty()) {
            // a fragment deleted meanwhile would break the foreign key: only fragments that still exist
            jdbc.batchUpdate(
                    "INSERT INTO evidence_pushed_fragments (fragment_id, project_id, coding_hash)"
                            + " SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM interview_fragments_v f WHERE f.fragment_id = ?)"
                            + " ON CONFLICT (fragment_id) DO UPDATE SET coding_hash = excluded.coding_hash",
                    upserts.stream()
                            .map(row -> new Object[] {row[0], row[1], row[2], row[0]})
                            .toList());
        }
    }
}
