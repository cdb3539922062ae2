package com.theogen.evidence.internal.neo4j;

import java.util.List;

/** The Cypher the Neo4j adapter runs. Ids are stored as strings; every node carries its {@code project_id}. */
final class Cypher {

    private Cypher() {}

    static final List<String> SCHEMA = List.of(
            "CREATE CONSTRAINT theogen_project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE",
            "CREATE CONSTRAINT theogen_interview_id IF NOT EXISTS FOR (n:Interview) REQUIRE n.id IS UNIQUE",
            "CREATE CONSTRAINT theogen_fragment_id IF NOT EXISTS FOR (n:Fragment) REQUIRE n.id IS UNIQUE",
            "CREATE CONSTRAINT theogen_code_id IF NOT EXISTS FOR (n:Code) REQUIRE n.id IS UNIQUE",
            "CREATE CONSTRAINT theogen_category_id IF NOT EXISTS FOR (n:Category) REQUIRE n.id IS UNIQUE",
            "CREATE CONSTRAINT theogen_store_key IF NOT EXISTS FOR (n:TheogenStore) REQUIRE n.key IS UNIQUE",
            "CREATE INDEX theogen_interview_project IF NOT EXISTS FOR (n:Interview) ON (n.project_id)",
            "CREATE INDEX theogen_fragment_project IF NOT EXISTS FOR (n:Fragment) ON (n.project_id)",
            "CREATE INDEX theogen_code_project IF NOT EXISTS FOR (n:Code) ON (n.project_id)",
            "CREATE INDEX theogen_category_project IF NOT EXISTS FOR (n:Category) ON (n.project_id)");

    /**
     * One node per database holding a random id made when the node is created: a wiped database gets a new one,
     * which tells writers that remember what they pushed to push everything again.
     */
    static final String GENERATION =
            """
            MERGE (s:TheogenStore {key: 'store'})
            ON CREATE SET s.generation = randomUUID()
            RETURN s.generation AS generation
            """;

    static final String MERGE_PROJECT = "MERGE (:Project {id: $project})";

    static final String MERGE_INTERVIEWS = mergeUnderProject("Interview", "i", "label", "HAS_INTERVIEW");

    static final String MERGE_FRAGMENTS =
            """
            UNWIND $rows AS row
            MATCH (i:Interview {id: row.interview_id, project_id: $project})
            MERGE (f:Fragment {id: row.id})
            SET f.project_id = $project
            MERGE (i)-[:HAS_FRAGMENT]->(f)
            """;

    static final String MERGE_CATEGORIES = mergeUnderProject("Category", "c", "name", "HAS_CATEGORY");

    /** A listed code ends up linked to exactly its category (or none). */
    static final String MERGE_CODES = mergeUnderProject("Code", "c", "label", "HAS_CODE")
            + """
            WITH c, row
            OPTIONAL MATCH (c)-[old:IN_CATEGORY]->()
            DELETE old
            WITH DISTINCT c, row
            OPTIONAL MATCH (cat:Category {id: row.category_id, project_id: $project})
            FOREACH (_ IN CASE WHEN cat IS NULL THEN [] ELSE [1] END | MERGE (c)-[:IN_CATEGORY]->(cat))
            """;

    /** A listed fragment ends up coded with exactly the listed (existing) codes. */
    static final String REPLACE_FRAGMENT_CODES =
            """
            UNWIND $rows AS row
            MATCH (f:Fragment {id: row.fragment_id, project_id: $project})
            OPTIONAL MATCH (f)-[old:CODED_AS]->()
            DELETE old
            WITH DISTINCT f, row
            UNWIND row.code_ids AS codeId
            MATCH (c:Code {id: codeId, project_id: $project})
            MERGE (f)-[:CODED_AS]->(c)
            """;

    static final String DELETE_CODES = "MATCH (c:Code {project_id: $project}) WHERE c.id IN $ids DETACH DELETE c";

    static final String DELETE_CATEGORIES =
            "MATCH (c:Category {project_id: $project}) WHERE c.id IN $ids DETACH DELETE c";

    static final String DELETE_INTERVIEW =
            """
            MATCH (i:Interview {id: $interview, project_id: $project})
            OPTIONAL MATCH (i)-[:HAS_FRAGMENT]->(f:Fragment)
            DETACH DELETE f, i
            """;

    static final List<String> DELETE_PROJECT = List.of(
            "MATCH (n:Fragment {project_id: $project}) DETACH DELETE n",
            "MATCH (n:Code {project_id: $project}) DETACH DELETE n",
            "MATCH (n:Category {project_id: $project}) DETACH DELETE n",
            "MATCH (n:Interview {project_id: $project}) DETACH DELETE n",
            "MATCH (n:Project {id: $project}) DETACH DELETE n");

    static final String COUNTS =
            """
            CALL { MATCH (n:Category {project_id: $project}) RETURN count(n) AS categories }
            CALL { MATCH (n:Code {project_id: $project}) RETURN count(n) AS codes }
            CALL { MATCH (n:Fragment {project_id: $project}) RETURN count(n) AS fragments }
            CALL { MATCH (n:Interview {project_id: $project}) RETURN count(n) AS interviews }
            RETURN categories, codes, fragments, interviews
            """;

    static final String CATEGORY_STATS =
            """
            MATCH (cat:Category {project_id: $project})
            OPTIONAL MATCH (code:Code)-[:IN_CATEGORY]->(cat)
            WITH cat, count(DISTINCT code) AS codes
            OPTIONAL MATCH (i:Interview)-[:HAS_FRAGMENT]->(f:Fragment)-[:CODED_AS]->(:Code)-[:IN_CATEGORY]->(cat)
            RETURN cat.id AS id, cat.name AS name, codes,
                   count(DISTINCT f) AS fragments, count(DISTINCT i) AS interviews
            """;

    /** The co-occurrence edge list: each unordered pair once, weighted by shared fragments. */
    static final String CO_OCCURRENCE =
            """
            MATCH (a:Category {project_id: $project})<-[:IN_CATEGORY]-(:Code)<-[:CODED_AS]-(f:Fragment)
                  -[:CODED_AS]->(:Code)-[:IN_CATEGORY]->(b:Category {project_id: $project})
            WHERE a.id < b.id
            RETURN a.id AS a, b.id AS b, count(DISTINCT f) AS shared
            """;

    /**
     * Merges each row's node by {@code row.id} under the project: bound to {@code variable}, stamped with the
     * project's id and the row's {@code property}, and linked from the project by {@code edge}.
     */
    private static String mergeUnderProject(String label, String variable, String property, String edge) {
        return """
                UNWIND $rows AS row
                MATCH (p:Project {id: $project})
                MERGE (%2$s:%1$s {id: row.id})
                SET %2$s.project_id = $project, %2$s.%3$s = row.%3$s
                MERGE (p)-[:%4$s]->(%2$s)
                """
                .formatted(label, variable, property, edge);
    }
}
