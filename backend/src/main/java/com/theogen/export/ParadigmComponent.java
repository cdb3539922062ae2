package com.theogen.export;

/** The six components of the Strauss &amp; Corbin paradigm model, in the order exports present them. */
public enum ParadigmComponent {
    PHENOMENON,
    CAUSAL_CONDITIONS,
    CONTEXT,
    INTERVENING_CONDITIONS,
    STRATEGIES,
    CONSEQUENCES
}
