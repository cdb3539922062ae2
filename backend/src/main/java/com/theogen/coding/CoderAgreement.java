package com.theogen.coding;

import java.util.UUID;

/**
 * Inter-coder agreement of two coders of a project over its real coding (docs/adr/024): loads the fragments in
 * scope and both coders' applications and compares them with {@link com.theogen.coding.agreement.Agreement}.
 * Reads only; needs the viewer role.
 */
public interface CoderAgreement {

    /**
     * @throws com.theogen.shared.DomainException {@code NOT_FOUND} for an unknown project or a non-member;
     *     {@link CoderError#UNKNOWN_CODER}, {@link AgreementError#SAME_CODER}, {@link AgreementError#INVALID_UNIT},
     *     {@link AgreementError#UNKNOWN_INTERVIEW} or {@link AgreementError#UNKNOWN_CODE} for a request that names
     *     something the project does not have
     */
    AgreementResult compare(UUID userId, UUID projectId, AgreementRequest request);
}
