package com.theogen.interview;

import java.util.List;

/**
 * A fragment in a browse or search result.
 *
 * @param highlights where the search terms occur, relative to {@code fragment.text()}; empty without a query
 */
public record FragmentHit(Fragment fragment, List<TextSpan> highlights) {}
