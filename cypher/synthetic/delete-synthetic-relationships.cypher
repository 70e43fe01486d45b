// Deletes up to $limit relationships that carry `synthetic: true` between nodes that stay (none
// should be left once the synthetic nodes are gone: this makes sure). Returns how many went.
// $limit: relationships per transaction.
MATCH ()-[link]->()
WHERE link.synthetic = true
WITH link LIMIT $limit
DELETE link
RETURN count(*) AS deleted
