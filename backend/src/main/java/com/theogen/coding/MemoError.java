package com.theogen.coding;

import static com.theogen.shared.ErrorCategory.INVALID_INPUT;

import com.theogen.shared.ErrorCode;
import com.theogen.shared.ErrorCode.Category;

/** Errors of memo drafting (docs/adr/036). */
@Category(INVALID_INPUT)
public enum MemoError implements ErrorCode {
    /** A "draft memos" request named no code and no category. */
    MEMO_TARGETS_REQUIRED,
    /** A "draft memos" request named more codes and categories than {@code theogen.memos.max-targets}. */
    TOO_MANY_MEMO_TARGETS,
    /** Drafting memos needs a language model, and this request has none (the offline analyst drafts no memos). */
    MEMO_DRAFTING_NEEDS_MODEL;
}
