package com.theogen.evidence.internal.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.evidence.CodingChanged;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A coding change is recorded in {@code evidence_coding_sync} inside the change's transaction, once per change, and
 * only while its project exists, which the store asks the project module (docs/adr/061) instead of reading its
 * table.
 */
@IntegrationTest
class CodingSyncStoreTest {

    @Autowired
    ApiClient api;

    @Autowired
    CodingSyncStore store;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void recordsAChangeOnceWithTheTransactionThatMadeIt() {
        UUID project = UUID.fromString(api.createProject(api.newUserToken(), Map.of("name", "Sync"))
                .get("id")
                .asText());
        CodingChanged change = CodingChanged.of(project, List.of(UUID.randomUUID()));
        CodingChanged rolledBack = CodingChanged.of(project, List.of(UUID.randomUUID()));

        transactions.executeWithoutResult(tx -> {
            store.record(change);
            store.record(change);
        });
        transactions.executeWithoutResult(tx -> {
            store.record(rolledBack);
            tx.setRollbackOnly();
        });

        assertThat(changesOf(project)).containsExactly(change.changeId());
    }

    @Test
    void aChangeInAProjectThatIsGoneRecordsNothingAndLetsItsTransactionCommit() {
        UUID gone = UUID.randomUUID();
        UUID marker = UUID.randomUUID();

        transactions.executeWithoutResult(tx -> {
            store.record(CodingChanged.of(gone, List.of(UUID.randomUUID())));
            jdbc.update(
                    "INSERT INTO users (id, email, display_name, created_at) VALUES (?, ?, 'm', now())",
                    marker,
                    marker + "@sync.example");
        });

        assertThat(changesOf(gone)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM users WHERE id = ?", Integer.class, marker))
                .as("the rest of the transaction committed")
                .isOne();
    }

    private List<UUID> changesOf(UUID project) {
        return jdbc.queryForList(
                "SELECT change_id FROM evidence_coding_sync WHERE project_id = ?", UUID.class, project);
    }
}
