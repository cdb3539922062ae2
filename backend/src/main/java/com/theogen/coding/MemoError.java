package com.theogen.coding;

import com.theogen.shared.ErrorCategory;
import com.theogen.shared.ErrorCode;

/** Errors of memo drafting (docs/adr/036). */
public enum MemoError implements ErrorCode {
    /** A "draft memos" request named no code and no category. */
    MEMO_TARGETS_REQUIRED(ErrorCategory.INVALID_INPUT),
    /** A "draft memos" request named more codes and categories than {@code theogen.memos.max-targets}. */
    TOO_MANY_MEMO_TARGETS(ErrorCategory.INVALID_INPUT),
    /** Drafting memos needs a language model, and this request has none (the offline analyst drafts no memos). */
    MEMO_DRAFTING_NEEDS_MODEL(ErrorCategory.INVALID_INPUT);

    private final ErrorCategory category;

    MemoError(ErrorCategory category) {
        this.category = category;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public ErrorCategory category() {
        return category;
    }
}
