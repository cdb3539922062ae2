package com.theogen.evidence.internal.sync;

import com.theogen.evidence.CodingSource;
import com.theogen.evidence.GraphBatch;
import com.theogen.interview.Fragment;
import com.theogen.interview.InterviewFormat;
import com.theogen.interview.InterviewFragments;
import com.theogen.interview.InterviewSummary;
import com.theogen.shared.Language;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * What PostgreSQL holds for one project, served through the interview read API and a {@link CodingSource},
 * built from a {@link GraphBatch}; counts how often the project was read.
 */
final class StubPostgres implements InterviewFragments, CodingSource {

    private volatile GraphBatch data;
    final AtomicInteger projectReads = new AtomicInteger();

    StubPostgres(GraphBatch data) {
        this.data = data;
    }

    void replace(GraphBatch newData) {
        this.data = newData;
    }

    ProjectReader reader() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("coding", this);
        ObjectProvider<CodingSource> coding = beans.getBeanProvider(CodingSource.class);
        return new ProjectReader(this, coding);
    }

    @Override
    public List<InterviewSummary> interviewsOf(UUID projectId) {
        projectReads.incrementAndGet();
        if (!data.projectId().equals(projectId)) {
            return List.of();
        }
        return data.interviews().stream()
                .map(i -> new InterviewSummary(
                        i.id(),
                        projectId,
                        i.label(),
                        i.label() + ".txt",
                        InterviewFormat.TXT,
                        Language.EN,
                        "ready",
                        3,
                        10,
                        1,
                        List.of(),
                        false,
                        Instant.EPOCH,
                        null,
                        null,
                        null,
                        false))
                .toList();
    }

    @Override
    public List<Fragment> ofProject(UUID projectId) {
        if (!data.projectId().equals(projectId)) {
            return List.of();
        }
        List<Fragment> fragments = new ArrayList<>();
        int ordinal = 0;
        for (GraphBatch.Fragment f : data.fragments()) {
            String text = "fragment " + ordinal;
            fragments.add(new Fragment(
                    f.id(), f.interviewId(), projectId, ordinal++, null, text, 0, text.length(), null, null));
        }
        return fragments;
    }

    @Override
    public List<Fragment> ofInterview(UUID interviewId) {
        return ofProject(data.projectId()).stream()
                .filter(f -> f.interviewId().equals(interviewId))
                .toList();
    }

    @Override
    public Optional<Fragment> find(UUID fragmentId) {
        return ofProject(data.projectId()).stream()
                .filter(f -> f.id().equals(fragmentId))
                .findFirst();
    }

    @Override
    public Optional<String> fullText(UUID interviewId) {
        return Optional.empty();
    }

    @Override
    public CodingState coding(UUID projectId) {
        if (!data.projectId().equals(projectId)) {
            return new CodingState(List.of(), List.of(), List.of());
        }
        return new CodingState(data.categories(), data.codes(), data.fragmentCodes());
    }

    @Override
    public void push(UUID projectId, Collection<UUID> fragmentIds) {
        throw new UnsupportedOperationException("these tests read, never push");
    }

    @Override
    public void pushAll(UUID projectId) {
        throw new UnsupportedOperationException("these tests read, never push");
    }
}
