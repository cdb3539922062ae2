package com.theogen.coding.internal;

import com.theogen.coding.ApplicationReview;
import com.theogen.coding.ReviewError;
import com.theogen.coding.SpanError;
import com.theogen.coding.internal.ReviewStore.Target;
import com.theogen.interview.InterviewFragments;
import com.theogen.project.ProjectRole;
import com.theogen.shared.DomainException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** The review queue for machine coding (docs/adr/031). */
@Service
class ReviewService implements ApplicationReview {

    private static final String WHAT = "Code application";

    private final CodingAccess access;
    private final ReviewStore store;
    private final CodeStore codes;
    private final CoderStore coders;
    private final InterviewFragments fragments;
    private final EvidenceSync sync;
    private final TransactionTemplate transactions;

    ReviewService(
            CodingAccess access,
            ReviewStore store,
            CodeStore codes,
            CoderStore coders,
            InterviewFragments fragments,
            EvidenceSync sync,
            TransactionTemplate transactions) {
        this.access = access;
        this.store = store;
        this.codes = codes;
        this.coders = coders;
        this.fragments = fragments;
        this.sync = sync;
        this.transactions = transactions;
    }

    @Override
    public ReviewQueue queue(UUID userId, UUID projectId, ReviewQuery query) {
        access.project(projectId, userId, ProjectRole.VIEWER);
        coders.requireKnown(projectId, query.coders());
        return transactions.execute(s -> {
            Page<ReviewItem> page = store.queue(projectId, query);
            return new ReviewQueue(
                    page.getContent(),
                    page.getNumber(),
                    page.getSize(),
                    page.getTotalElements(),
                    page.getTotalPages(),
                    store.counts(projectId, query));
        });
    }

    @Override
    public ReviewItem review(UUID userId, UUID applicationId, ReviewChange change) {
        Target target = store.target(applicationId).orElseThrow(() -> DomainException.notFound(WHAT));
        access.require(target.projectId(), userId, ProjectRole.CODER, WHAT);
        requireChange(change, true);
        requireMachine(List.of(target));
        UUID kept = transactions.execute(s -> apply(target, change, userId));
        sync.touched(target.projectId(), List.of(target.fragmentId()));
        return store.item(kept);
    }

    @Override
    public BulkOutcome reviewAll(UUID userId, UUID projectId, List<UUID> applicationIds, ReviewChange change) {
        access.project(projectId, userId, ProjectRole.CODER);
        requireChange(change, false);
        Set<UUID> ids = new LinkedHashSet<>(applicationIds);
        Set<UUID> touched = new HashSet<>();
        int updated = transactions.execute(s -> {
            List<Target> targets = store.targets(ids).stream()
                    .filter(t -> t.projectId().equals(projectId))
                    .toList();
            Set<UUID> found = new HashSet<>();
            targets.forEach(t -> found.add(t.id()));
            UnknownIds.require(ids, found, ReviewError.UNKNOWN_APPLICATIONS, "application_ids", "applications");
            requireMachine(targets);
            // only the application being changed is ever deleted (collapsing into a duplicate), so later ones exist
            targets.forEach(t -> apply(t, change, userId));
            targets.forEach(t -> touched.add(t.fragmentId()));
            return targets.size();
        });
        sync.touched(projectId, touched);
        return new BulkOutcome(updated, store.counts(projectId, new ReviewQuery(null, List.of(), null, null, 0, 1)));
    }

    /** Applies the change inside the caller's transaction; returns the id of the application that carries it. */
    private UUID apply(Target target, ReviewChange change, UUID reviewer) {
        UUID codeId = change.codeId() == null ? target.codeId() : requireCode(target.projectId(), change.codeId());
        boolean respan = change.quoteStart() != null;
        int start = respan ? change.quoteStart() : target.start();
        int end = respan ? change.quoteEnd() : target.end();
        boolean moved = !codeId.equals(target.codeId()) || start != target.start() || end != target.end();
        ReviewState state = change.state() != null ? change.state() : moved ? ReviewState.ACCEPTED : target.state();
        if (!moved) {
            store.setState(target.id(), state, reviewer);
            return target.id();
        }
        String text = fragments
                .find(target.fragmentId())
                .orElseThrow(() -> DomainException.notFound("Fragment"))
                .text();
        String quote = SpanRule.quote(text, start, end, respan ? change.quote() : null);
        var existing = store.duplicate(target.id(), codeId, target.fragmentId(), start, end, target.coderId());
        if (existing.isPresent()) {
            store.delete(target.id());
            store.setState(existing.get(), state, reviewer);
            return existing.get();
        }
        store.move(target.id(), codeId, start, end, quote, state, reviewer);
        return target.id();
    }

    private UUID requireCode(UUID projectId, UUID codeId) {
        return codes.code(codeId)
                .filter(c -> c.projectId().equals(projectId))
                .orElseThrow(
                        () -> new DomainException(ReviewError.UNKNOWN_CODE, "code_id names no code of this project"))
                .id();
    }

    private static void requireChange(ReviewChange change, boolean spanAllowed) {
        boolean span = change.quoteStart() != null || change.quoteEnd() != null;
        if (span && (change.quoteStart() == null || change.quoteEnd() == null)) {
            throw new DomainException(SpanError.SPAN_INCOMPLETE, "give both quote_start and quote_end, or neither");
        }
        if (span && !spanAllowed) {
            throw new DomainException(
                    ReviewError.EMPTY_REVIEW, "a bulk review sets a state or a code; adjust spans one at a time");
        }
        if (change.state() == null && change.codeId() == null && !span) {
            throw new DomainException(ReviewError.EMPTY_REVIEW, "give a state, a code_id or a span to review");
        }
    }

    private static void requireMachine(List<Target> targets) {
        List<String> people = targets.stream()
                .filter(t -> !t.coderKind().machine())
                .map(t -> t.id().toString())
                .toList();
        if (!people.isEmpty()) {
            throw new DomainException(
                    ReviewError.NOT_REVIEWABLE,
                    "only applications of a model or the offline analyst are reviewed: " + String.join(", ", people),
                    Map.of("application_ids", people));
        }
    }
}
