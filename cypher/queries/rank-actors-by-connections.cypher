// title:
//   fr: Les acteurs les plus reliés
//   en: The most connected actors
// description:
//   fr: Les acteurs classés par nombre de liens avec des acteurs, projets, territoires et programmes (la géographie, les thèmes, les sources et les liens en perspective ou pas en oeuvre ne comptent pas), avec le détail par type de lien.
//   en: Actors ranked by number of links to actors, projects, territories and programmes (geography, themes, sources and links that are prospects or not in effect do not count), with the count per link type.
// parameters:
//   limit:
//     type: integer
//     min: 1
//     max: 500
//     label: { fr: Nombre d’acteurs, en: Number of actors }
//     default: 20
MATCH (actor:Actor)-[link]-(other:Entity)
WHERE (other:Actor OR other:Project OR other:Territory OR other:Programme) AND link.status IS NULL
WITH actor, type(link) AS type, count(*) AS links
WITH actor, sum(links) AS connections, collect({type: type, links: links}) AS byType
RETURN actor.name AS actorName, connections, byType, actor
ORDER BY connections DESC, actor.name
LIMIT $limit
