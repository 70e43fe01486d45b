// How many active administrators there are (the last one may not be demoted or deactivated).
// No parameters.
MATCH (a:Account {role: 'administrateur', active: true})
RETURN count(a) AS count
