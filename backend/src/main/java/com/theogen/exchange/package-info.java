/**
 * Project exchange in the REFI-QDA standard (Project Exchange 1.0, {@code .qdpx}, and Codebook Exchange 1.0,
 * {@code .qdc}): import into a project or as a new project, as a job, all or nothing; export with stable GUIDs.
 * Works only through the other modules' APIs (projects, interviews, coding, jobs); see docs/adr/020.
 */
package com.theogen.exchange;
