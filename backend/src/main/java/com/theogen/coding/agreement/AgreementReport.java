package com.theogen.coding.agreement;

import java.util.List;

/**
 * Two coders compared code by code.
 *
 * @param unit what was compared
 * @param fragments fragments in scope (after leaving out interviewer turns unless asked)
 * @param codes one entry per code, in the order asked for (or by id)
 * @param overall figures across codes
 */
public record AgreementReport(UnitMode unit, int fragments, List<CodeAgreement> codes, OverallAgreement overall) {

    public AgreementReport {
        codes = List.copyOf(codes);
    }
}
