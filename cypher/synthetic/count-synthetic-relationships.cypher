// How many relationships carry `synthetic: true`. No parameters.
MATCH ()-[link]->()
WHERE link.synthetic = true
RETURN count(link) AS count
