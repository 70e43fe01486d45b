// Every région, département, EPCI and territory, for recognising place names in free text
// (communes are too many to hold; find-communes looks them up by name): id, name, aliases,
// labels, EPCI kind (CC, CA, CU, METRO…) or territory kind, and the phase of a Territoire
// d'industrie. No parameters.
MATCH (place:Entity)
WHERE place:Region OR place:Department OR place:EPCI OR place:Territory
RETURN place { .id, .name, .aliases, .kind, .phase, labels: labels(place) } AS place
