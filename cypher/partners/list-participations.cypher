// Every participation of an actor in a project, for the leave-one-out evaluation of the partner
// finder: the relationship's element id (the evaluation hides it through $ignored, never by
// writing), the actor, the project and the role. No parameters.
MATCH (actor:Actor)-[link:PARTICIPATES_IN]->(project:Project)
RETURN elementId(link) AS link, actor.id AS actor, project.id AS project, link.role AS role
ORDER BY project, actor
