// Brings the roles of existing links into the controlled lists. A known free-text role is replaced
// by its value in the list; a person's old wording is kept in `title`; an unknown value leaves the
// list (`role` removed) and is kept word for word in `title` (ROLE_AT) or `roleText` (other links).
// $participationRoles, $personRoles: the two lists; $mapping: [{ from, to }] for actors' roles;
// $personMapping: [{ from, to }] for people's roles. Returns how many links changed.
MATCH ()-[link]->()
WHERE link.role IS NOT NULL
  AND NOT link.role IN CASE type(link) WHEN 'ROLE_AT' THEN $personRoles ELSE $participationRoles END
WITH link, link.role AS old, type(link) = 'ROLE_AT' AS person
WITH link, old, person,
  [entry IN CASE WHEN person THEN $personMapping ELSE $mapping END WHERE entry.from = toLower(trim(old)) | entry.to][0] AS mapped
SET link.role = mapped
SET link.title = CASE WHEN person THEN coalesce(link.title, old) ELSE link.title END
SET link.roleText = CASE WHEN NOT person AND mapped IS NULL THEN old ELSE link.roleText END
RETURN count(link) AS changed
