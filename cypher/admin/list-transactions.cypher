// The transactions open on the server, for the tests that kill or block a writer in the middle of
// its transaction: returns transactionId, metaData (Maillage's carry { app: 'maillage' }), status
// ('Running', 'Blocked by: …'), activeLockCount (locks held: it has written) and currentQuery.
// No parameters.
SHOW TRANSACTIONS
YIELD transactionId, metaData, status, activeLockCount, currentQuery
RETURN transactionId, metaData, status, activeLockCount, currentQuery
