package com.theogen.coding.internal;

import com.theogen.interview.InterviewDeleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When an interview is deleted its code applications and review marks go by foreign-key cascade; this drops, in
 * the same transaction, the AI/offline codes that were used only there (codes a human made or edited stay).
 */
@Component
class InterviewCleanup {

    private static final Logger log = LoggerFactory.getLogger(InterviewCleanup.class);

    private final CodeStore codes;

    InterviewCleanup(CodeStore codes) {
        this.codes = codes;
    }

    @EventListener
    void on(InterviewDeleted event) {
        int dropped = codes.deleteOrphanMachineCodes(event.projectId());
        if (dropped > 0) {
            log.info(
                    "codes left without applications removed project_id={} interview_id={} codes={}",
                    event.projectId(),
                    event.interviewId(),
                    dropped);
        }
    }
}
