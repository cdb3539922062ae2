/**
 * Shared kernel: error model (domain exceptions with stable codes), languages, the data directory, the base of
 * entities whose ids are assigned in code, file formats, text spans and small byte/stream helpers, the embedded PostgreSQL
 * default and the database maintenance command. Every module may depend on it.
 *
 * <p>{@link com.theogen.shared.WireCode} is the one rule by which the enums sent and stored as lower-case codes
 * (roles, states, kinds, languages, file formats) read a code back: surrounding whitespace stripped, any case.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.theogen.shared;
