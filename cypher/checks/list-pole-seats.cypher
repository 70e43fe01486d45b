// Each pôle de compétitivité with the place of its head office and the région that place lies in
// (itself when the pôle is located in its région), for the check against the list of pôles.
MATCH (pole:Cluster {clusterKind: 'pole-de-competitivite'})
OPTIONAL MATCH (pole)-[:LOCATED_IN]->(place)
OPTIONAL MATCH (place)-[:IN]->{0,2}(region:Region)
RETURN pole.id AS id, pole.name AS name, pole.labelStatus AS labelStatus,
       collect(DISTINCT place.id) AS places, collect(DISTINCT region.name) AS regions
ORDER BY id
