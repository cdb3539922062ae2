/**
 * Shared kernel: error model (domain exceptions with stable codes), languages, the data directory, the base of
 * entities whose ids are assigned in code, file formats, text spans and small byte/stream helpers, the embedded PostgreSQL
 * default and the database maintenance command. Every module may depend on it.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.theogen.shared;
