// Places with, for each, every unit it lies in or covers, so that two places compare by the
// smallest unit they share: a commune's EPCI, territories, département and région; an EPCI's
// département, région and the territories that include it; a territory's région and the EPCI,
// communes and départements it covers; the places a territory of another kind is located in.
// Each place and unit comes with its name, each place with its centroid (lat, lon) when known.
// Unknown ids and entities that are not places are left out. $ids: list of place ids.
MATCH (place:Entity)
WHERE place.id IN $ids AND (place:Region OR place:Department OR place:EPCI OR place:Commune OR place:Territory)
RETURN place {
  .id, .name, .lat, .lon, .phase, labels: labels(place),
  units: COLLECT {
    MATCH (place)-[:IN|LOCATED_IN]->{0,3}(unit:Entity)
    WHERE unit:Region OR unit:Department OR unit:EPCI OR unit:Commune OR unit:Territory
    RETURN unit { .id, .name, labels: labels(unit) } AS unit
    UNION
    MATCH (unit:EPCI|Territory)-[:INCLUDES]->{1,2}(place)
    RETURN unit { .id, .name, labels: labels(unit) } AS unit
    UNION
    MATCH (place:Territory)-[:INCLUDES]->(unit:EPCI|Commune)
    RETURN unit { .id, .name, labels: labels(unit) } AS unit
    UNION
    MATCH (place:Territory)-[:INCLUDES]->(:EPCI|Commune)-[:IN]->(unit:Department)
    RETURN unit { .id, .name, labels: labels(unit) } AS unit
  }
} AS place
